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

import id.integritas.portal.casefile.FormLabels;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Option;
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
    public record HistoryLine(String when, String label, String destination) {
    }

    @TemplateData
    public record MessageLine(String from, String label, String when, String body, int attachments) {
    }

    @TemplateData
    public record ReportLine(String label, String value) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lookup(Page page, Texts t, FormState form, CaseView view, String code,
                String channelKey, String statusKey, List<HistoryLine> history, List<MessageLine> messages,
                List<ReportLine> report, String replyLabelKey, boolean sent, String nextDeadline, List<Option> scores,
                List<Option> satisfiedOptions, boolean rated);
    }

    /** The message box is a reply only once an officer has written; before that it is a first message. */
    static String replyLabelKey(CaseView v) {
        return v.officerHasWritten() ? "track.reply" : "track.writeToOfficer";
    }

    @Inject
    PageContext pages;

    @Inject
    id.integritas.portal.system.web.UploadScratch scratch;

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
        return html(200, show(view.get(), code, state, false));
    }

    @POST
    @Path("/balas")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response reply(MultipartFormDataInput input) {
        SubmittedForm form = SubmittedForm.from(input, config.uploads().maxFileBytes(), scratch);
        String code = form.field("trackingCode");
        if (!pages.validToken(form.token(), false)) {
            return html(400, empty(failed(List.of(new FieldError("_form", "form_expired")))));
        }
        Optional<Response> limited = overLimit();
        if (limited.isPresent()) {
            return limited.get();
        }
        List<FieldError> textErrors = form.textErrors();
        if (textErrors.stream().anyMatch(e -> !e.field().equals("message"))) {
            return html(400, empty(failed(textErrors)));
        }
        try {
            if (!textErrors.isEmpty()) {
                throw new InvalidInputException(textErrors);
            }
            if (form.fileTooLarge()) {
                throw ApiProblemException.tooLarge();
            }
            Optional<CaseView> view = tracking.reply(code, form.field("message"), form.files());
            if (view.isEmpty()) {
                return html(404, empty(failed(List.of(new FieldError("trackingCode", "tracking_not_found")))));
            }
            return html(200, show(view.get(), code, FormState.empty(), true));
        } catch (InvalidInputException | ApiProblemException e) {
            List<FieldError> errors = e instanceof InvalidInputException ii ? ii.errors()
                    : List.of(new FieldError("attachments", "file_too_large", List.of(config.uploads().maxFileBytes() / (1024 * 1024))));
            CaseView v = tracking.view(code).orElseThrow();
            Map<String, String> labels = Map.of("message", replyLabelKey(v), "attachments", "form.attachments");
            return html(400, show(v, code, FormState.failed(form.fields(), errors, pages.texts(), labels)
                    .withDroppedFiles(form.chosenFiles(), pages.texts()), false));
        }
    }

    /**
     * The reporter rates the answer to their complaint (only offered while it is {@code DITANGGAPI}); field messages
     * re-render the page, "not satisfied" returns the complaint to the handlers.
     */
    @POST
    @Path("/nilai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rate(MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst(SubmittedForm.TOKEN_FIELD), false)) {
            return html(400, empty(failed(List.of(new FieldError("_form", "form_expired")))));
        }
        Optional<Response> limited = overLimit();
        if (limited.isPresent()) {
            return limited.get();
        }
        String code = form.getFirst("trackingCode");
        String rawScore = form.getFirst("score");
        Integer score = null;
        if (rawScore != null && !rawScore.isBlank()) {
            try {
                score = Integer.valueOf(rawScore.strip());
            } catch (NumberFormatException e) {
                score = 0; // refused as out of range
            }
        }
        String rawSatisfied = form.getFirst("satisfied");
        Boolean satisfied = "true".equals(rawSatisfied) ? Boolean.TRUE : "false".equals(rawSatisfied) ? Boolean.FALSE : null;
        try {
            Optional<CaseView> view = tracking.rate(code, score, satisfied, form.getFirst("comment"));
            if (view.isEmpty()) {
                return html(404, empty(failed(List.of(new FieldError("trackingCode", "tracking_not_found")))));
            }
            return html(200, show(view.get(), code, FormState.empty(), false, true));
        } catch (InvalidInputException | ApiProblemException e) {
            List<FieldError> errors = e instanceof InvalidInputException ii ? ii.errors()
                    : List.of(new FieldError("_form", "not_ratable"));
            CaseView v = tracking.view(code).orElseThrow();
            Map<String, String> labels = Map.of("score", "track.rate.score", "satisfied", "track.rate.satisfied",
                    "comment", "track.rate.comment");
            return html(e instanceof ApiProblemException ape ? ape.status() : 400,
                    show(v, code, FormState.failed(form, errors, pages.texts(), labels), false));
        }
    }

    /** 429 with Retry-After once this client has used up its lookups (counted for all instances, TrackingRateLimiter). */
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
        return Templates.lookup(page, page.t(), form, null, null, null, null, List.of(), List.of(), List.of(), null, false,
                null, List.of(), List.of(), false);
    }

    private TemplateInstance show(CaseView v, String code, FormState form, boolean sent) {
        return show(v, code, form, sent, false);
    }

    private TemplateInstance show(CaseView v, String code, FormState form, boolean sent, boolean rated) {
        Page page = pages.publicPage("track.title");
        Texts t = page.t();
        List<HistoryLine> history = v.history().stream()
                .map(h -> new HistoryLine(when(h.at(), t), t.get("status." + h.status()), h.destination())).toList();
        List<MessageLine> messages = v.messages().stream()
                .map(m -> new MessageLine(m.from(), t.get("track.from." + m.from()), when(m.sentAt(), t), m.body(), m.attachments()))
                .toList();
        String next = v.nextDeadline() == null ? null
                : t.format("track.deadline." + v.nextDeadline().stage(), OfficeTime.date(v.nextDeadline().dueDate(), t.locale()));
        List<Option> scores = java.util.stream.IntStream.rangeClosed(1, 5)
                .mapToObj(i -> new Option(String.valueOf(i), t.get("track.rate.score." + i))).toList();
        List<Option> satisfied = List.of(new Option("true", t.get("track.rate.satisfied.true")),
                new Option("false", t.get("track.rate.satisfied.false")));
        return Templates.lookup(page, t, form, v, code, "channel." + v.channel(), "status." + v.status(), history, messages,
                report(v, t), replyLabelKey(v), sent, next, scores, satisfied, rated);
    }

    /**
     * The typed report with each field's form label, in the order the form asks for them (list rows together);
     * choices by their option label where there is one, dates as people write them.
     */
    private static List<ReportLine> report(CaseView v, Texts t) {
        Map<String, String> labels = switch (id.integritas.portal.casefile.Channel.valueOf(v.channel())) {
            case ADU -> FormLabels.COMPLAINT;
            case WBS -> FormLabels.WHISTLEBLOWING;
            case GRT -> FormLabels.GRATIFICATION;
            case BKP -> FormLabels.CONFLICT;
        };
        List<String> order = List.copyOf(labels.keySet());
        java.util.Comparator<CaseView.ReportField> inFormOrder = java.util.Comparator
                .comparingInt((CaseView.ReportField f) -> order.indexOf(listOf(f.field())) >= 0
                        ? order.indexOf(listOf(f.field())) : order.indexOf(normalised(f.field())))
                .thenComparingInt(f -> rowOf(f.field())).thenComparingInt(f -> order.indexOf(normalised(f.field())));
        List<ReportLine> lines = new java.util.ArrayList<>();
        for (CaseView.ReportField f : v.report().stream().sorted(inFormOrder).toList()) {
            String labelKey = labels.get(normalised(f.field()));
            if (labelKey == null) {
                continue;
            }
            String value = switch (f.value()) {
                case "true" -> t.get("form.yes");
                case "false" -> t.get("form.no");
                default -> t.has(labelKey + "." + f.value()) ? t.get(labelKey + "." + f.value()) : asDate(f.value(), t);
            };
            lines.add(new ReportLine(t.get(labelKey), value));
        }
        return lines;
    }

    private static String normalised(String field) {
        return field.replaceAll("\\[\\d+]", "[]");
    }

    /** {@code persons} for {@code persons[1].name}: a list row sorts where the list's own label stands. */
    private static String listOf(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }

    private static int rowOf(String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(field);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String asDate(String value, Texts t) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value;
        }
        return OfficeTime.date(java.time.LocalDate.parse(value), t.locale());
    }

    private String when(Instant at, Texts t) {
        return OfficeTime.format(at, config.office().timeZone(), t);
    }

    /** no-store: these pages show the decrypted report and messages. */
    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(page).build();
    }
}
