package id.integritas.portal.casework;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.FormLabels;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.PrivacyChangeRefusedException;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.retention.HoldRules;
import id.integritas.portal.retention.LegalHolds;
import id.integritas.portal.casefile.TransitionRefusedException;
import id.integritas.portal.casefile.TransitionRequest;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.SubmittedForm;
import id.integritas.portal.system.web.UploadScratch;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /petugas/kasus/{nomor}}: one case for an officer: every field the reporter filled, attachments, the identity
 * behind a reason (only for those the rules allow), the deadlines, the timeline, internal notes, the message thread,
 * and forms for exactly the steps this officer may take now ({@link CaseWork}). Each form posts to its own address
 * and, on bad input, the page comes back with Indonesian messages at the fields. Invisible cases answer 404.
 */
@Path("/petugas/kasus/{nomor}")
@RolesAllowed({ "PETUGAS", "KETUA_TIM", "INSPEKTORAT" })
public class OfficerCasePage {

    @io.quarkus.qute.TemplateData
    public record Line(String label, String value) {
    }

    @io.quarkus.qute.TemplateData
    public record Step(String state, String label) {
    }

    @io.quarkus.qute.TemplateData
    public record DeadlineLine(String clock, String due, String left, boolean overdue, boolean paused) {
    }

    @io.quarkus.qute.TemplateData
    public record TimelineLine(String when, String state, String action, String actor, String reason, String detail) {
    }

    @io.quarkus.qute.TemplateData
    public record NoteLine(String author, String when, String body) {
    }

    @io.quarkus.qute.TemplateData
    public record MessageLine(String from, String when, String body) {
    }

    @io.quarkus.qute.TemplateData
    public record FileLine(long id, String name, String mediaType, long sizeBytes, boolean fromMessage, boolean originalKept,
            String addedBy) {
        /** The id as a form value. */
        public String key() {
            return String.valueOf(id);
        }
    }

    @io.quarkus.qute.TemplateData
    public record View(String number, String channel, String state, String publicState, String submittedAt, String route,
            boolean escalated, String team, String assignee, String identityMode, boolean lateReport, String linkedCase,
            List<Line> report, List<FileLine> files, boolean hasIdentity, boolean canSeeIdentity, List<Line> identity,
            boolean canSeeOriginals, List<DeadlineLine> deadlines, List<TimelineLine> timeline, List<NoteLine> notes,
            List<MessageLine> messages, List<Step> steps, boolean canAssign, String units, boolean canRaisePrivacy,
            boolean canWriteNotes, boolean canAddFiles, String uploadHint) {
    }

    /** The case's legal hold (retention) and whether its content was destroyed; {@code canChange}: the form is shown. */
    public record HoldView(boolean held, String reason, String since, boolean canChange, String destroyedAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kasus(Page page, Texts t, View view, FormState form, boolean saved, HoldView hold);
    }

    @Inject
    LegalHolds holds;

    @Inject
    PageContext pages;

    @Inject
    CaseWork work;

    @Inject
    CaseActors actors;

    @Inject
    CurrentAccount current;

    @Inject
    PortalConfig config;

    @Inject
    UploadScratch scratch;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response get(@PathParam("nomor") String number, @jakarta.ws.rs.QueryParam("tersimpan") String saved) {
        return html(200, render(number, FormState.empty(), null, saved != null));
    }

    @POST
    @Path("/langkah")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response step(@PathParam("nomor") String number, MultivaluedMap<String, String> form) {
        return handle(number, form, "steps", Function.identity(), () -> work.transition(current.account(), number,
                new TransitionRequest(form.getFirst("to"), form.getFirst("reason"), blank(form.getFirst("message")),
                        blank(form.getFirst("externalReference")), blank(form.getFirst("destination")),
                        attachmentIds(form.get("attachmentIds")))));
    }

    @POST
    @Path("/disposisi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response assign(@PathParam("nomor") String number, MultivaluedMap<String, String> form) {
        return handle(number, form, "assignment", f -> f.equals("reason") ? "assignReason" : f,
                () -> work.assign(current.account(), number, form.getFirst("assignee"), form.getFirst("assignReason")));
    }

    @POST
    @Path("/catatan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response note(@PathParam("nomor") String number, MultivaluedMap<String, String> form) {
        return handle(number, form, "notes", f -> "note",
                () -> work.addNote(current.account(), number, form.getFirst("note")));
    }

    @POST
    @Path("/pesan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response message(@PathParam("nomor") String number, MultivaluedMap<String, String> form) {
        return handle(number, form, "messages", f -> "reply",
                () -> work.message(current.account(), number, form.getFirst("reply")));
    }

    @POST
    @Path("/privasi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response privacy(@PathParam("nomor") String number, MultivaluedMap<String, String> form) {
        return handle(number, form, "identity", f -> f.equals("reason") ? "privacyReason" : f,
                () -> work.raisePrivacy(current.account(), number, IdentityMode.RAHASIA, form.getFirst("privacyReason")));
    }

    @POST
    @Path("/penangguhan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response hold(@PathParam("nomor") String number, MultivaluedMap<String, String> form) {
        return handle(number, form, "legal-hold", f -> "holdReason", () -> {
            ReportCase c = work.visible(current.account(), number);
            return holds.place(c, actors.of(current.account(), c), false, form.getFirst("holdReason"));
        });
    }

    @POST
    @Path("/penangguhan/cabut")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response liftHold(@PathParam("nomor") String number, MultivaluedMap<String, String> form) {
        return handle(number, form, "legal-hold", f -> "holdReason", () -> {
            ReportCase c = work.visible(current.account(), number);
            return holds.lift(c, actors.of(current.account(), c), false, form.getFirst("holdReason"));
        });
    }

    /** Shows the identity on the page (not stored anywhere else), after the reason is recorded. */
    @POST
    @Path("/identitas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response identity(@PathParam("nomor") String number, MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return failed(number, form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            JsonNode identity = work.identity(current.account(), number, form.getFirst("identityReason"));
            List<Line> lines = new ArrayList<>();
            flatten("", identity, lines);
            return html(200, render(number, FormState.empty(), lines, false));
        } catch (InvalidInputException e) {
            return failed(number, form, rename(e.errors(), f -> "identityReason"));
        }
    }

    /**
     * The officer's own files for the case (works without JavaScript): on a refused file the page comes back with the
     * message at the file field and the names of the files to choose again.
     */
    @POST
    @Path("/lampiran")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("nomor") String number, MultipartFormDataInput input) {
        SubmittedForm form = SubmittedForm.from(input, config.uploads().maxFileBytes(), scratch);
        if (!pages.validToken(form.token(), true)) {
            return failedUpload(number, form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            if (form.fileTooLarge()) {
                throw new InvalidInputException(new FieldError(AttachmentStore.FIELD, "file_too_large",
                        List.of(config.uploads().maxFileBytes() / (1024 * 1024))));
            }
            work.addFiles(current.account(), number, form.files());
            return Response.seeOther(URI.create("/petugas/kasus/" + encode(number) + "?tersimpan=1#files")).build();
        } catch (InvalidInputException e) {
            return failedUpload(number, form, e.errors());
        }
    }

    private Response failedUpload(String number, SubmittedForm form, List<FieldError> errors) {
        Map<String, List<String>> values = new HashMap<>(form.fields());
        values.remove(SubmittedForm.TOKEN_FIELD);
        FormState state = FormState.failed(values, errors, pages.texts(), LABELS).withDroppedFiles(form.chosenFiles(), pages.texts());
        return html(400, render(number, state, null, false));
    }

    @GET
    @Path("/lampiran/{id}")
    public Response attachment(@PathParam("nomor") String number, @PathParam("id") long id) {
        return OfficerCasesApi.file(work.handlerCopy(current.account(), number, id), true);
    }

    @POST
    @Path("/lampiran/{id}/asli")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response original(@PathParam("nomor") String number, @PathParam("id") long id, MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return failed(number, form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            return OfficerCasesApi.file(work.original(current.account(), number, id, form.getFirst("originalReason")), false);
        } catch (InvalidInputException e) {
            return failed(number, form, rename(e.errors(), f -> "originalReason"));
        }
    }

    private Response handle(String number, MultivaluedMap<String, String> form, String anchor, Function<String, String> field,
            Runnable action) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return failed(number, form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            action.run();
            return Response.seeOther(URI.create("/petugas/kasus/" + encode(number) + "?tersimpan=1#" + anchor)).build();
        } catch (InvalidInputException e) {
            return failed(number, form, rename(e.errors(), field));
        } catch (TransitionRefusedException | PrivacyChangeRefusedException e) {
            return failed(number, form, List.of(new FieldError("_form", "step_refused")));
        }
    }

    private Response handle(String number, MultivaluedMap<String, String> form, String anchor, Function<String, String> field,
            java.util.function.Supplier<?> action) {
        return handle(number, form, anchor, field, (Runnable) action::get);
    }

    private static List<FieldError> rename(List<FieldError> errors, Function<String, String> field) {
        return errors.stream().map(e -> new FieldError(field.apply(e.field()), e.code(), e.args())).toList();
    }

    private Response failed(String number, MultivaluedMap<String, String> form, List<FieldError> errors) {
        Map<String, List<String>> values = new HashMap<>(form);
        values.remove("_csrf");
        FormState state = FormState.failed(values, errors, pages.texts(), LABELS);
        return html(400, render(number, state, null, false));
    }

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    static {
        LABELS.put("identityReason", "wf.reason");
        LABELS.put("privacyReason", "wf.reason");
        LABELS.put("originalReason", "wf.reason");
        LABELS.put("to", "wf.field.to");
        LABELS.put("reason", "wf.reason");
        LABELS.put("message", "wf.step.message");
        LABELS.put("destination", "wf.step.destination");
        LABELS.put("externalReference", "wf.step.externalReference");
        LABELS.put("assignee", "wf.assignment.assignee");
        LABELS.put("assignReason", "wf.reason");
        LABELS.put("note", "wf.note.body");
        LABELS.put("reply", "wf.message.body");
        LABELS.put("holdReason", "wf.reason");
        LABELS.put("attachments", "wf.attachments.add");
        LABELS.put("attachmentIds", "wf.step.attachments");
    }

    private TemplateInstance render(String number, FormState form, List<Line> identity, boolean saved) {
        Account officer = current.account();
        CaseWork.Opened o = work.open(officer, number);
        Page page = pages.signedInPage("wf.pageTitle");
        Texts t = page.t();
        ReportCase c = o.reportCase();
        String zone = config.office().timeZone();
        List<Line> report = new ArrayList<>();
        flatten("", o.content(), report);
        List<DeadlineLine> deadlines = o.deadlines().stream().map(d -> new DeadlineLine(d.clock(),
                t.format("wf.deadline.due", OfficeTime.date(d.dueDate(), t.locale())),
                d.workingDaysLeft() < 0 ? t.format("wf.deadline.overdue", -d.workingDaysLeft())
                        : t.format("wf.deadline.left", d.workingDaysLeft()),
                d.workingDaysLeft() < 0, d.paused())).toList();
        var details = work.details(c);
        List<TimelineLine> timeline = details.timeline().stream().map(e -> new TimelineLine(when(e.at(), zone, t),
                label(t, "wf.state.", e.state()), e.action() == null ? "" : label(t, "wf.action.", e.action()),
                e.actor() == null ? "" : e.actor(), e.reason() == null ? "" : e.reason(),
                String.join(" · ", java.util.stream.Stream.of(e.destination(), e.externalReference(), e.assignee())
                        .filter(s -> s != null && !s.isBlank()).toList()))).toList();
        List<NoteLine> notes = details.notes().stream().map(n -> new NoteLine(n.author(), when(n.createdAt(), zone, t), n.body()))
                .toList();
        List<MessageLine> messages = details.messages().stream()
                .map(m -> new MessageLine(t.get("wf.from." + m.from()), when(m.sentAt(), zone, t), m.body())).toList();
        List<FileLine> files = o.files().stream().map(f -> new FileLine(f.id(), f.fileName(), f.mediaType(), f.sizeBytes(),
                f.fromMessage(), f.originalKept(), f.addedBy())).toList();
        List<Step> steps = o.allowedTransitions().stream().map(s -> new Step(s, label(t, "wf.state.", s))).toList();
        String team = o.handlingTeam() == null ? t.get("wf.team.none")
                : (o.handlingTeam().name() != null ? o.handlingTeam().name()
                        : t.get("team.kind." + o.handlingTeam().teamKind())
                                + (o.handlingTeam().decreeNumber() == null ? "" : " (SK " + o.handlingTeam().decreeNumber() + ")"));
        String assignee = o.assignee() == null ? t.get("wf.assignee.none")
                : o.assignee().displayName() != null
                        ? o.assignee().displayName() + (o.assignee().unitName() == null ? "" : " (" + o.assignee().unitName() + ")")
                        : o.assignee().unitName();
        String units = o.canAssign() ? String.join(", ", work.units().stream().map(u -> u[0] + " = " + u[1]).toList()) : "";
        View view = new View(c.registrationNumber, t.get("channel." + c.channel.name()), label(t, "wf.state.", c.status),
                t.get("status." + c.publicStatus().name()), when(c.submittedAt, zone, t), t.get("wf.route." + c.route.name()),
                o.handlingTeam() != null && "ESCALATION".equals(o.handlingTeam().teamKind()), team, assignee,
                t.get("identity.mode." + c.identityMode.name()), c.lateReport,
                o.linkedCase() == null ? null : o.linkedCase().registrationNumber() + " (" + o.linkedCase().kind() + ")",
                labelled(report, labelsOf(c.channel)).stream().map(l -> new Line(t.has(l.label()) ? t.get(l.label()) : l.label(),
                        display(t, l))).toList(),
                files, o.hasIdentity(), o.canSeeIdentity(), identity == null ? null
                        : labelled(identity.stream().map(l -> new Line("reporter." + l.label(), l.value())).toList(),
                                labelsOf(c.channel)).stream().map(l -> new Line(t.has(l.label()) ? t.get(l.label()) : l.label(), l.value())).toList(),
                o.canSeeOriginals(), deadlines, timeline, notes, messages, steps, o.canAssign(), units, o.canRaisePrivacy(),
                id.integritas.portal.casefile.CaseRules.mayWriteNotes(o.actor()),
                id.integritas.portal.casefile.CaseRules.mayAddFiles(o.actor()),
                t.format("wf.attachments.addHint", config.uploads().maxFiles(), config.uploads().maxFileBytes() / (1024 * 1024)));
        LegalHolds.Standing standing = holds.of(c);
        HoldView hold = new HoldView(standing.held(), standing.reason(),
                standing.heldAt() == null ? null : when(standing.heldAt(), zone, t), HoldRules.mayHold(o.actor(), false),
                standing.destroyedAt() == null ? null : when(standing.destroyedAt(), zone, t));
        return Templates.kasus(page, t, view, form, saved, hold);
    }

    private static String display(Texts t, Line l) {
        return switch (l.value()) {
            case "true" -> t.get("form.yes");
            case "false" -> t.get("form.no");
            default -> t.has(l.label() + "." + l.value()) ? t.get(l.label() + "." + l.value()) : l.value();
        };
    }

    private static Map<String, String> labelsOf(Channel channel) {
        return switch (channel) {
            case ADU -> FormLabels.COMPLAINT;
            case WBS -> FormLabels.WHISTLEBLOWING;
            case GRT -> FormLabels.GRATIFICATION;
            case BKP -> FormLabels.CONFLICT;
        };
    }

    /** Field paths replaced by their label keys where the form has one (unknown fields keep their path). */
    private static List<Line> labelled(List<Line> lines, Map<String, String> labels) {
        return lines.stream().map(l -> {
            String key = labels.get(l.label().replaceAll("\\[\\d+]", "[]"));
            return new Line(key == null ? l.label() : key, l.value());
        }).toList();
    }

    private static String label(Texts t, String prefix, String code) {
        return t.has(prefix + code) ? t.get(prefix + code) : code;
    }

    private static String when(Instant at, String zone, Texts t) {
        return OfficeTime.format(at, zone, t);
    }

    static void flatten(String path, JsonNode node, List<Line> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.asText().isBlank()) {
            out.add(new Line(path, node.asText()));
        }
    }

    /** The files ticked on the step form; a value that is not an id is refused at the field. */
    private static List<Long> attachmentIds(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String v : values) {
            try {
                ids.add(Long.valueOf(v.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(new FieldError("attachmentIds", "unknown_option"));
            }
        }
        return ids;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String encode(String number) {
        return java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** no-store: the page shows decrypted content and possibly an identity. */
    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                .entity(page).build();
    }
}
