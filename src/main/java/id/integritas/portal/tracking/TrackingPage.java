package id.integritas.portal.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.system.web.SubmittedForm;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * /lacak: the code is posted, never put in a URL; the answer page carries it on in a hidden field for replies.
 * Every wrong code gets the same answer; lookups are rate-limited per client in memory.
 */
@Path("/lacak")
@PermitAll
public class TrackingPage {

    @TemplateData
    public record HistoryLine(String when, String label) {
    }

    @TemplateData
    public record MessageLine(String from, String label, String when, String body, int attachments) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lookup(Page page, Texts t, FormState form, CaseView view, String code,
                String channelKey, String statusKey, List<HistoryLine> history, List<MessageLine> messages);
    }

    @Inject
    PageContext pages;

    @Inject
    TrackingService tracking;

    @Inject
    TrackingRateLimiter limiter;

    @Inject
    HttpServerRequest http;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return empty(FormState.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response lookup(MultivaluedMap<String, String> form) {
        FormState state = FormState.of(Map.of());
        if (!pages.validToken(form.getFirst(SubmittedForm.TOKEN_FIELD), false)) {
            return html(400, empty(failed(List.of(new FieldError("_form", "form_expired")))));
        }
        Optional<Response> limited = overLimit();
        if (limited.isPresent()) {
            return limited.get();
        }
        String code = form.getFirst("trackingCode");
        Optional<CaseView> view = tracking.view(code);
        if (view.isEmpty()) {
            return html(404, empty(failed(List.of(new FieldError("trackingCode", "tracking_not_found")))));
        }
        return html(200, show(view.get(), code, state));
    }

    @POST
    @Path("/balas")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response reply(MultipartFormDataInput input) {
        SubmittedForm form = SubmittedForm.from(input, config.uploads().maxFileBytes());
        String code = form.field("trackingCode");
        if (!pages.validToken(form.token(), false)) {
            return html(400, empty(failed(List.of(new FieldError("_form", "form_expired")))));
        }
        Optional<Response> limited = overLimit();
        if (limited.isPresent()) {
            return limited.get();
        }
        try {
            if (form.fileTooLarge()) {
                throw ApiProblemException.tooLarge();
            }
            Optional<CaseView> view = tracking.reply(code, form.field("message"), form.files());
            if (view.isEmpty()) {
                return html(404, empty(failed(List.of(new FieldError("trackingCode", "tracking_not_found")))));
            }
            return html(200, show(view.get(), code, FormState.empty()));
        } catch (InvalidInputException | ApiProblemException e) {
            List<FieldError> errors = e instanceof InvalidInputException ii ? ii.errors()
                    : List.of(new FieldError("attachments", "file_too_large", List.of(config.uploads().maxFileBytes() / (1024 * 1024))));
            return html(400, show(tracking.view(code).orElseThrow(), code,
                    FormState.failed(form.fields(), errors, pages.texts())));
        }
    }

    /** 429 with Retry-After once this client has used up its lookups (counted in memory only). */
    private Optional<Response> overLimit() {
        try {
            limiter.acquire(clientAddress());
            return Optional.empty();
        } catch (ApiProblemException e) {
            Response.ResponseBuilder b = Response.status(429).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(empty(failed(List.of(new FieldError("trackingCode", "rate_limited")))));
            e.headers().forEach(b::header);
            return Optional.of(b.build());
        }
    }

    private String clientAddress() {
        return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }

    private FormState failed(List<FieldError> errors) {
        return FormState.failed(Map.of(), errors, pages.texts());
    }

    private TemplateInstance empty(FormState form) {
        Page page = pages.publicPage("track.title");
        return Templates.lookup(page, page.t(), form, null, null, null, null, List.of(), List.of());
    }

    private TemplateInstance show(CaseView v, String code, FormState form) {
        Page page = pages.publicPage("track.title");
        Texts t = page.t();
        List<HistoryLine> history = v.history().stream()
                .map(h -> new HistoryLine(when(h.at(), t), t.get("status." + h.status()))).toList();
        List<MessageLine> messages = v.messages().stream()
                .map(m -> new MessageLine(m.from(), t.get("track.from." + m.from()), when(m.sentAt(), t), m.body(), m.attachments()))
                .toList();
        return Templates.lookup(page, t, form, v, code, "channel." + v.channel(), "status." + v.status(), history, messages);
    }

    private String when(Instant at, Texts t) {
        return OfficeTime.format(at, config.office().timeZone(), t);
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
