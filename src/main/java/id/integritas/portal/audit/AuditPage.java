package id.integritas.portal.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /admin/audit: administrators check the hash chain and search the log (who, what, when, case). */
@Path("/admin/audit")
@RolesAllowed("ADMIN")
public class AuditPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Page page, Texts t, FormState form, AuditVerifier.Verification check,
                String checkMessage, List<Row> rows, String nextHref);
    }

    public record Row(long id, String seq, String when, String actor, String action, String target, String reason) {
    }

    private static final Map<String, String> LABELS = Map.of("actor", "audit.actor", "action", "audit.action",
            "from", "audit.from", "to", "audit.to", "case", "audit.case", "before", "audit.before", "limit", "audit.limit");

    @Inject
    PageContext pages;

    @Inject
    AuditSearch search;

    @Inject
    AuditVerifier verifier;

    @Inject
    OfficeDay officeDay;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response get(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("case") String caseNumber,
            @QueryParam("before") String before, @QueryParam("periksa") String check) {
        Map<String, List<String>> values = new HashMap<>();
        put(values, "actor", actor);
        put(values, "action", action);
        put(values, "from", from);
        put(values, "to", to);
        put(values, "case", caseNumber);
        Page page = pages.signedInPage("audit.title");
        AuditVerifier.Verification verification = check == null ? null : verifier.verify();
        try {
            AuditSearch.Criteria c = AdminAuditApi.criteria(actor, action, from, to, caseNumber, before, null);
            AuditSearch.Result result = search.search(c);
            String next = result.nextBefore() == null ? null : nextHref(values, result.nextBefore());
            return Response.ok(Templates.audit(page, page.t(), FormState.of(values), verification, message(page.t(), verification), rows(result.items()), next)).build();
        } catch (InvalidInputException e) {
            FormState state = FormState.failed(new HashMap<>(values), e.errors(), page.t(), LABELS);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.audit(page, page.t(), state, verification, message(page.t(), verification), List.of(), null)).build();
        }
    }

    private static String message(Texts t, AuditVerifier.Verification v) {
        if (v == null) {
            return null;
        }
        return v.intact() ? t.format("audit.intact", v.entries())
                : t.format("audit.broken", v.firstBrokenEntry() == null ? "-" : v.firstBrokenEntry()) + " "
                        + t.get("audit.problem." + v.problem());
    }

    private List<Row> rows(List<AuditSearch.Row> items) {
        ZoneId zone = officeDay.zone();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        return items.stream().map(r -> new Row(r.id(), r.seq() == null ? "" : r.seq().toString(),
                f.format(r.occurredAt().atZone(zone)), r.actor() == null ? "" : r.actor(), r.action(),
                r.targetType() == null ? "" : r.targetType() + (r.targetId() == null ? "" : " #" + r.targetId()),
                r.reason() == null ? "" : r.reason())).toList();
    }

    private static String nextHref(Map<String, List<String>> values, long before) {
        StringBuilder href = new StringBuilder("/admin/audit?before=").append(before);
        values.forEach((k, v) -> href.append('&').append(k).append('=')
                .append(java.net.URLEncoder.encode(v.get(0), java.nio.charset.StandardCharsets.UTF_8)));
        return href.toString();
    }

    private static void put(Map<String, List<String>> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, List.of(value));
        }
    }
}
