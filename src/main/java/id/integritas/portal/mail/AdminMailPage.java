package id.integritas.portal.mail;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /admin/surel: administrators see outgoing mail by state, with the last error of each, and send a failed one again. */
@Path("/admin/surel")
@RolesAllowed("ADMIN")
public class AdminMailPage {

    static final String PATH = "/admin/surel";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(Page page, Texts t, FormState form, List<Row> rows, String state,
                List<StateOption> states, String nextHref);
    }

    public record StateOption(String value, String label) {
    }

    public record Row(long id, String kind, String state, String stateLabel, String caseNumber, String recipient,
            int attempts, String created, String lastAttempt, String sent, String lastError, boolean canSendAgain) {
    }

    @Inject
    PageContext pages;

    @Inject
    MailQueue queue;

    @Inject
    OfficeDay officeDay;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response get(@QueryParam("state") String state, @QueryParam("before") String before) {
        Page page = pages.signedInPage("mail.admin.title");
        Map<String, List<String>> values = new HashMap<>();
        if (state != null && !state.isBlank()) {
            values.put("state", List.of(state));
        }
        try {
            MailQueue.Page result = queue.list(state, before, null);
            String next = result.nextBefore() == null ? null
                    : PATH + "?before=" + result.nextBefore() + (values.containsKey("state") ? "&state=" + state.strip() : "");
            return Response.ok(Templates.outbox(page, page.t(), FormState.of(values), rows(page.t(), result.items()),
                    state == null ? "" : state.strip().toUpperCase(), states(page.t()), next)).build();
        } catch (InvalidInputException e) {
            FormState form = FormState.failed(new HashMap<>(values), e.errors(), page.t(), Map.of("state", "mail.admin.state"));
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.outbox(page, page.t(), form, List.of(), "", states(page.t()), null)).build();
        }
    }

    @POST
    @Path("/kirim-ulang")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response sendAgain(MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            Page page = pages.signedInPage("mail.admin.title");
            FormState state = FormState.failed(new HashMap<>(), List.of(new FieldError("_form", "form_expired")), page.t(), Map.of());
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.outbox(page, page.t(), state, List.of(), "", states(page.t()), null)).build();
        }
        long id;
        try {
            id = Long.parseLong(form.getFirst("id"));
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        queue.sendAgain(id, Long.valueOf(jwt.getSubject())); // already pending or sent: nothing to do
        return Response.seeOther(URI.create(PATH + "?state=PENDING")).build();
    }

    private static List<StateOption> states(Texts t) {
        return java.util.Arrays.stream(MailQueue.State.values())
                .map(s -> new StateOption(s.name(), t.get("mail.admin.state." + s.name()))).toList();
    }

    private List<Row> rows(Texts t, List<MailQueue.Item> items) {
        return items.stream().map(i -> new Row(i.id(), t.get("mail.admin.kind." + i.kind()), i.state(),
                t.get("mail.admin.state." + i.state()), i.caseNumber() == null ? "" : i.caseNumber(),
                "reporter".equals(i.recipient()) ? t.get("mail.admin.reporter") : i.recipient(), i.attempts(),
                time(i.createdAt()), time(i.lastAttemptAt()), time(i.sentAt()), i.lastError() == null ? "" : i.lastError(),
                "FAILED".equals(i.state()) || "CANCELLED".equals(i.state()))).toList();
    }

    private String time(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(officeDay.zone()));
    }
}
