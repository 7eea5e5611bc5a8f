package id.integritas.portal.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import id.integritas.portal.account.Account;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.CaseRoute;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.TransitionRequest;
import id.integritas.portal.system.i18n.RequestLocale;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.team.CaseAccess;

/**
 * The officer side of a case: the inbox, reading a case with its state, allowed transitions, deadlines and
 * handlers, the workflow's steps, disposisi, privacy, notes, timeline, attachments, the identity behind it (with a
 * reason, audited) and the message box; the rules are asked of {@link CaseWork} and {@code casefile.CaseRules}. Officers see the cases of the channels of the SK teams they are members of today
 * ({@link CaseAccess}); administrators see the cases no team in force works ({@code /unassigned}).
 */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM", "INSPEKTORAT" })
@Tag(name = "Cases (officers)")
public class OfficerCasesApi {

    public record CaseSummary(String registrationNumber, String channel, String status, String publicStatus,
            String identityMode, Instant submittedAt) {
    }

    /**
     * A case as an officer sees it: the earlier fields, then the workflow state, what this viewer may do now, the
     * running clocks, who handles it and the plain columns officers filter by.
     */
    public record CaseDetail(CaseSummary summary, JsonNode content, int attachments, boolean hasIdentity, String state,
            String publicState, List<String> allowedTransitions, boolean canAssign, boolean canRaisePrivacy,
            boolean canViewIdentity, List<CaseWork.Deadline> deadlines, CaseWork.HandlingTeam handlingTeam,
            CaseWork.Assignee assignee, String route, boolean escalated, String identityMode, CaseWork.LinkedCase linkedCase,
            boolean lateReport, String classification, String serviceCode, String problemTypeCode, String categoryCode) {
    }

    /** {@code POST .../transitions}: see {@link TransitionRequest}. */
    public record TransitionBody(String to, String reason, String message, String externalReference, String destination,
            List<Long> attachmentIds) {
    }

    public record AssignmentBody(String assignee, String reason) {
    }

    public record NoteBody(String body) {
    }

    public record PrivacyBody(String identityMode, String reason) {
    }

    public record PageOf<T>(List<T> items, int page, int size, long total) {
    }

    public record MessageBody(String message) {
    }

    public record MessageOut(String from, Instant sentAt, String body) {
    }

    @Inject
    CurrentAccount current;

    @Inject
    AuditLog audit;

    @Inject
    CaseAccess access;

    @Inject
    CaseWork work;

    @Inject
    RequestLocale locale;

    @Inject
    InboxQuery inboxQuery;

    @Inject
    PortalConfig config;

    @GET
    @RolesAllowed({ "PETUGAS", "KETUA_TIM", "INSPEKTORAT" })
    @Transactional
    @Operation(summary = "Inbox: the cases the caller may see today (team.CaseAccess), filtered, sorted, keyset-paginated",
            description = "Filters combine (AND). Pages continue with `after` = the previous page's `next` and the same "
                    + "filters; counts of the open cases come with `counts=true`. Bad values answer 400 problem+json "
                    + "naming the field; a cursor not issued by this portal (or for another sort) is a bad `after`.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = InboxView.Page.class)))
    @APIResponse(responseCode = "400", description = "A filter value is not valid (problem+json with `errors[].field`)")
    public InboxView.Page inbox(
            @Parameter(description = "ADU, GRT, WBS or BKP") @QueryParam("channel") String channel,
            @Parameter(description = "Internal state; repeat for several") @QueryParam("state") List<String> state,
            @Parameter(description = "Service code (complaints)") @QueryParam("service") String service,
            @Parameter(description = "Category code (WBS)") @QueryParam("category") String category,
            @Parameter(description = "true: only cases assigned to the caller") @QueryParam("assignedToMe") String assignedToMe,
            @Parameter(description = "true: a running clock is past due (next due date before today)") @QueryParam("overdue") String overdue,
            @Parameter(description = "0-60: next due date within this many working days (holiday calendar)") @QueryParam("dueWithin") String dueWithin,
            @Parameter(description = "Team kind: COMPLAINTS, UPG, WBS, CONFLICT_OF_INTEREST (its channel, team route)") @QueryParam("team") String team,
            @Parameter(description = "age (default, newest first) or deadline (earliest first)") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("direction") String direction,
            @Parameter(description = "1-100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = "The previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "true: include counts of the open cases (costs time proportional to them; ask once, not per page)") @QueryParam("counts") String counts) {
        InboxQuery.Filter filter = inboxQuery.parse(new InboxQuery.Request(channel, state, service, category, assignedToMe,
                overdue, dueWithin, team, sort, direction, limit, after, counts));
        return InboxView.of(inboxQuery.run(current.account(), filter));
    }

    @GET
    @Path("/unassigned")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Cases of channels with no SK team in force today, newest first (administrators)")
    public PageOf<CaseSummary> unassigned(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int s = Math.max(1, Math.min(size, 100));
        int p = Math.max(0, page);
        var today = access.today();
        List<CaseSummary> items = access.unassigned(today, p, s).stream().map(OfficerCasesApi::summary).toList();
        return new PageOf<>(items, p, s, access.countUnassigned(today));
    }

    @GET
    @Path("/{registrationNumber}")
    @Operation(summary = "A case with its decrypted content, state, allowed transitions for this viewer, deadlines and "
            + "handlers (the view is audited)")
    public CaseDetail read(@PathParam("registrationNumber") String number) {
        CaseWork.Opened o = work.open(current.account(), number);
        ReportCase c = o.reportCase();
        return new CaseDetail(summary(c), o.content(), o.files().size(), o.hasIdentity(), c.status, c.publicStatus().name(),
                o.allowedTransitions(), o.canAssign(), o.canRaisePrivacy(), o.canSeeIdentity(), o.deadlines(),
                o.handlingTeam(), o.assignee(), c.route.name(), c.route == CaseRoute.ESCALATION, c.identityMode.name(),
                o.linkedCase(), c.lateReport, c.classification, c.serviceCode, c.problemTypeCode, c.categoryCode);
    }

    @GET
    @Path("/{registrationNumber}/identity")
    @Operation(summary = "The reporter's identity, for the roles that may see it under the case's identity mode; a "
            + "reason is required and the view is audited")
    public JsonNode identity(@PathParam("registrationNumber") String number, @QueryParam("reason") String reason) {
        return work.identity(current.account(), number, reason);
    }

    @POST
    @Path("/{registrationNumber}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the case through its workflow; 409 names the current state and the allowed transitions")
    @APIResponse(responseCode = "200", description = "The new state and what this officer may do next")
    public CaseWork.Outcome transition(@PathParam("registrationNumber") String number, TransitionBody body) {
        TransitionBody b = body == null ? new TransitionBody(null, null, null, null, null, null) : body;
        return work.transition(current.account(), number,
                new TransitionRequest(b.to(), b.reason(), b.message(), b.externalReference(), b.destination(), b.attachmentIds()));
    }

    @POST
    @Path("/{registrationNumber}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disposisi to an officer (username) or a unit (unit code, complaints only)")
    @APIResponse(responseCode = "200", description = "The case's state after the assignment")
    public CaseWork.Outcome assign(@PathParam("registrationNumber") String number, AssignmentBody body) {
        AssignmentBody b = body == null ? new AssignmentBody(null, null) : body;
        return work.assign(current.account(), number, b.assignee(), b.reason());
    }

    @POST
    @Path("/{registrationNumber}/privacy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise the case's identity mode (TERBUKA to RAHASIA); lowering it is refused with 409")
    @APIResponse(responseCode = "200", description = "The case's identity mode now")
    public Map<String, String> privacy(@PathParam("registrationNumber") String number, PrivacyBody body) {
        PrivacyBody b = body == null ? new PrivacyBody(null, null) : body;
        IdentityMode to = null;
        if (b.identityMode() != null && !b.identityMode().isBlank()) {
            try {
                to = IdentityMode.valueOf(b.identityMode().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(new FieldError("identityMode", "unknown_option"));
            }
        }
        return Map.of("identityMode", work.raisePrivacy(current.account(), number, to, b.reason()));
    }

    @GET
    @Path("/{registrationNumber}/notes")
    @Operation(summary = "Internal notes of the officers, oldest first (never shown to the reporter)")
    public List<CaseWork.Note> notes(@PathParam("registrationNumber") String number,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return work.notes(current.account(), number, Math.max(0, page), Math.max(1, Math.min(size, 100)));
    }

    @POST
    @Path("/{registrationNumber}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an internal note (encrypted; never shown to the reporter)")
    @APIResponse(responseCode = "201", description = "Note stored")
    public Response addNote(@PathParam("registrationNumber") String number, NoteBody body) {
        CaseWork.Note n = work.addNote(current.account(), number, body == null ? null : body.body());
        return Response.status(201).entity(n).build();
    }

    @GET
    @Path("/{registrationNumber}/timeline")
    @Operation(summary = "Every step of the case with actor, reason and references")
    public List<CaseWork.TimelineEntry> timeline(@PathParam("registrationNumber") String number) {
        return work.timeline(current.account(), number);
    }

    @GET
    @Path("/{registrationNumber}/attachments")
    @Operation(summary = "The case's attachments (names, types, sizes)")
    public List<CaseWork.FileInfo> attachments(@PathParam("registrationNumber") String number) {
        return work.files(current.account(), number);
    }

    /** The multipart body of {@code POST .../attachments}, for the API document. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OfficerFilesUpload")
    public static class FilesUpload {
        @org.eclipse.microprofile.openapi.annotations.media.Schema(
                description = "One part per file (repeat the part name); JPEG, PNG or PDF by content, each within the per-file limit")
        public List<BinaryFile> attachments;
    }

    /** One file part's content. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BinaryFile",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")
    public static class BinaryFile {
    }

    @POST
    @Path("/{registrationNumber}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload the office's own files for the case (answer letter, KPK decision scan, minutes)",
            description = "Multipart, one `attachments` part per file. Checked, stripped of metadata and sealed like the "
                    + "reporter's files, originals kept; the upload is audited. Officers' files are internal: the reporter's "
                    + "tracking view never lists them. Refer to the returned ids in `attachmentIds` of a transition. A file "
                    + "of the wrong type, over the size limit or unreadable answers 400 problem+json naming `attachments`; "
                    + "officers who see the case but do not work it get 403.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = FilesUpload.class)))
    @APIResponse(responseCode = "201", description = "The stored files",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = CaseWork.FileInfo.class)))
    @APIResponse(responseCode = "400", description = "A file is refused (problem+json with `errors[].field` = `attachments`)")
    public Response upload(@PathParam("registrationNumber") String number,
            @RestForm("attachments") List<FileUpload> attachments) {
        long max = config.uploads().maxFileBytes();
        List<IncomingFile> files = new ArrayList<>();
        for (FileUpload f : attachments == null ? List.<FileUpload>of() : attachments) {
            if (f.size() == 0 && (f.fileName() == null || f.fileName().isEmpty())) {
                continue; // an empty file input
            }
            if (f.size() > max) {
                throw new InvalidInputException(new FieldError(AttachmentStore.FIELD, "file_too_large",
                        List.of(max / (1024 * 1024))));
            }
            files.add(new IncomingFile(f.fileName(), f.uploadedFile(), f.size()));
        }
        return Response.status(201).entity(work.addFiles(current.account(), number, files)).build();
    }

    @GET
    @Path("/{registrationNumber}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The metadata-free copy of an attachment (the view is audited)")
    @APIResponse(responseCode = "200", description = "The file")
    public Response attachment(@PathParam("registrationNumber") String number, @PathParam("id") long id) {
        return file(work.handlerCopy(current.account(), number, id), true);
    }

    @GET
    @Path("/{registrationNumber}/attachments/{id}/original")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The sealed original of an attachment, metadata intact: the team's chair only, with a reason (audited)")
    @APIResponse(responseCode = "200", description = "The file")
    public Response original(@PathParam("registrationNumber") String number, @PathParam("id") long id,
            @QueryParam("reason") String reason) {
        return file(work.original(current.account(), number, id, reason), false);
    }

    /** Sends a stored file: never sniffed, never run as a page (sandboxed), named safely. */
    static Response file(CaseWork.Download d, boolean inline) {
        String safe = d.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = java.net.URLEncoder.encode(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.content()).type(d.mediaType())
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + safe
                        + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{registrationNumber}/messages")
    @Transactional
    public List<MessageOut> messages(@PathParam("registrationNumber") String number) {
        Account officer = current.account();
        ReportCase c = visible(officer, number);
        audit.record(officer.id, "MESSAGES_VIEWED", "CASE", c.id, null);
        return work.messagesOf(c).stream().map(m -> new MessageOut(m.from(), m.sentAt(), m.body())).toList();
    }

    @POST
    @Path("/{registrationNumber}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to the reporter; they read it through their tracking code")
    @APIResponse(responseCode = "201", description = "Message stored")
    public Response post(@PathParam("registrationNumber") String number, MessageBody body) {
        Instant at = work.message(current.account(), number, body == null ? null : body.message());
        return Response.status(201).entity(Map.of("sentAt", at.toString())).build();
    }

    private ReportCase visible(Account officer, String number) {
        return access.visible(officer, number).orElseThrow(ApiProblemException::notFound);
    }

    static CaseSummary summary(ReportCase c) {
        return new CaseSummary(c.registrationNumber, c.channel.name(), c.status, c.publicStatus().name(),
                c.identityMode.name(), c.submittedAt);
    }
}
