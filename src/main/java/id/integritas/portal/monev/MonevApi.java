package id.integritas.portal.monev;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.system.web.UploadScratch;

/**
 * Monitoring and evaluation (monev) records per channel: the channel's SK team in force keeps them, the head of office
 * reads all; another team's officer is refused (403).
 */
@Path("/api/v1/monev")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PEGAWAI", "PETUGAS", "KETUA_TIM", "PIMPINAN" })
@Tag(name = "Monitoring and evaluation")
public class MonevApi {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    public record ParticipantView(String username, String guestName, String guestRole) {
    }

    public record FileView(long id, FileKind kind, Long recommendationId, String fileName, String mediaType,
            long sizeBytes, Instant storedAt) {
    }

    public record RecommendationView(long id, String text, String ownerUsername, LocalDate dueOn, FollowUpStatus status,
            String followUp, Instant followedUpAt, String followedUpBy, boolean overdue, int version) {
    }

    @io.quarkus.qute.TemplateData
    public record MeetingView(long id, String channel, LocalDate heldOn, boolean periodic, String title,
            String findings, List<ParticipantView> participants, List<RecommendationView> recommendations,
            List<FileView> files, Instant updatedAt, int version) {
    }

    public record MeetingSummary(long id, String channel, LocalDate heldOn, boolean periodic, String title,
            long recommendations) {
    }

    /** {@code next}: pass as {@code after} for the following page; null on the last one. */
    public record MeetingList(List<MeetingSummary> items, String next, int limit) {
    }

    @Inject
    MonevRecords records;

    @Inject
    MonevFigures figures;

    @Inject
    MonevAccess access;

    @Inject
    CurrentAccount current;

    @Inject
    UploadScratch scratch;

    @Inject
    OfficeDay officeDay;

    @GET
    @Path("/meetings")
    @Operation(summary = "Evaluation meetings of the channels the caller may read (or ?channel=), newest first, keyset-paged")
    @APIResponse(responseCode = "200", description = "A page of meetings")
    public MeetingList list(@QueryParam("channel") String channel, @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        Channel c = channel(channel, errors);
        int n = limit(limit, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MonevRecords.MeetingPage page = records.page(current.account(), c, n, after);
        return new MeetingList(page.items().stream().map(m -> new MeetingSummary(m.id, m.channel.name(), m.heldOn,
                m.periodic, m.title, page.recommendationCounts().getOrDefault(m.id, 0L))).toList(), page.next(), n);
    }

    @POST
    @Path("/meetings")
    @Operation(summary = "Record an evaluation meeting of a channel, with participants and recommendations (team in force)")
    @APIResponse(responseCode = "201", description = "Meeting recorded")
    public Response create(MonevRequests.MeetingRequest body) {
        Account a = current.account();
        Meeting m = records.create(body, a);
        return Response.status(201).entity(view(m.id, a)).build();
    }

    @GET
    @Path("/meetings/{id}")
    @Operation(summary = "One meeting with its participants, recommendations and files")
    @APIResponse(responseCode = "200", description = "The meeting")
    public MeetingView get(@PathParam("id") long id) {
        return view(id, current.account());
    }

    @PUT
    @Path("/meetings/{id}")
    @Operation(summary = "Correct a meeting's record (date, kind, title, findings, participants); version must match")
    @APIResponse(responseCode = "200", description = "Corrected; the meeting")
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile")
    public MeetingView put(@PathParam("id") long id, MonevRequests.MeetingUpdate body) {
        Account a = current.account();
        records.update(id, body, a);
        return view(id, a);
    }

    @POST
    @Path("/meetings/{id}/recommendations")
    @Operation(summary = "Add a recommendation (owner, due date) to a meeting")
    @APIResponse(responseCode = "201", description = "Recommendation added; the meeting")
    public Response addRecommendation(@PathParam("id") long id, MonevRequests.RecommendationRequest body) {
        Account a = current.account();
        records.addRecommendation(id, body, a);
        return Response.status(201).entity(view(id, a)).build();
    }

    @POST
    @Path("/meetings/{id}/files")
    @Operation(summary = "Add a file to a meeting: invitation, attendance list, minutes or photo (JPEG, PNG, PDF; stripped, encrypted)")
    @APIResponse(responseCode = "201", description = "File stored; the meeting")
    @APIResponse(responseCode = "413", description = "Over the upload limit")
    public Response addFile(@PathParam("id") long id, MonevRequests.FileRequest body) {
        if (body == null || body.file() == null) {
            throw new InvalidInputException(new FieldError("file", "required"));
        }
        Account a = current.account();
        List<IncomingFile> files = AttachmentUpload.decode(List.of(body.file()), scratch);
        records.attach(id, body.kind(), files.get(0), a);
        return Response.status(201).entity(view(id, a)).build();
    }

    @POST
    @Path("/recommendations/{id}/follow-up")
    @Operation(summary = "Record a recommendation's follow-up: status BELUM / SEBAGIAN / SELESAI, what was done, evidence files (team or owner)")
    @APIResponse(responseCode = "200", description = "Follow-up recorded; the meeting")
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile")
    public MeetingView followUp(@PathParam("id") long id, MonevRequests.FollowUpRequest body) {
        Account a = current.account();
        List<IncomingFile> files = body == null ? List.of() : AttachmentUpload.decode(body.attachments(), scratch);
        Recommendation r = records.followUp(id, body, files, a);
        long meetingId = r.meeting.id;
        return access.readable(a).contains(r.meeting.channel) ? view(meetingId, a) : ownerView(r, a);
    }

    @GET
    @Path("/files/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a monev file (its cleaned copy); audited")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream"))
    public Response file(@PathParam("id") long id) {
        MonevRecords.Download d = records.download(id, current.account());
        StreamingOutput body = out -> d.writer().write(out);
        return Response.ok(body, d.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/figures")
    @Operation(summary = "Evaluations held in a period (periodic or not) and the share of their recommendations followed up (all / some / none)")
    @APIResponse(responseCode = "200", description = "Figures per channel the caller may read, and their total")
    public MonevFigures.Figures figures(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("channel") String channel) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = date(from, "from", errors);
        LocalDate t = date(to, "to", errors);
        Channel c = channel(channel, errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("to", "before_start"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account a = current.account();
        Set<Channel> readable = access.readable(a);
        if (c != null && !readable.contains(c)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return figures.compute(f, t, c == null ? readable : EnumSet.of(c));
    }

    private MeetingView view(long id, Account a) {
        Meeting m = records.read(id, a);
        List<MeetingFile> files = records.files(id);
        Map<Long, Attachment> stored = records.attachmentsOf(files);
        Set<Long> ids = new HashSet<>();
        m.participants.stream().filter(p -> p.accountId != null).forEach(p -> ids.add(p.accountId));
        m.recommendations.forEach(r -> {
            ids.add(r.ownerAccountId);
            if (r.followedUpBy != null) {
                ids.add(r.followedUpBy);
            }
        });
        Map<Long, String> names = records.usernames(ids);
        LocalDate today = officeDay.today();
        return new MeetingView(m.id, m.channel.name(), m.heldOn, m.periodic, m.title, m.findings,
                m.participants.stream().map(p -> new ParticipantView(p.accountId == null ? null : names.get(p.accountId),
                        p.guestName, p.guestRole)).toList(),
                m.recommendations.stream().map(r -> recommendationView(r, names, today)).toList(),
                files.stream().map(f -> {
                    Attachment s = stored.get(f.attachmentId);
                    return new FileView(f.id, f.kind, f.recommendationId, records.fileName(s), s.mediaType, s.sizeBytes,
                            f.createdAt);
                }).toList(), m.updatedAt, m.version);
    }

    /** What an owner from outside the team sees after recording a follow-up: their recommendation only. */
    private MeetingView ownerView(Recommendation r, Account a) {
        Map<Long, String> names = records.usernames(Set.of(r.ownerAccountId));
        return new MeetingView(r.meeting.id, r.meeting.channel.name(), null, false, null, null, List.of(),
                List.of(recommendationView(r, names, officeDay.today())), List.of(), null, 0);
    }

    private static RecommendationView recommendationView(Recommendation r, Map<Long, String> names, LocalDate today) {
        return new RecommendationView(r.id, r.text, names.get(r.ownerAccountId), r.dueOn, r.status, r.followUp,
                r.followedUpAt, r.followedUpBy == null ? null : names.get(r.followedUpBy),
                r.status != FollowUpStatus.SELESAI && r.dueOn.isBefore(today), r.version);
    }

    static Channel channel(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("channel", "unknown_option"));
            return null;
        }
    }

    static int limit(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "out_of_range"));
        return DEFAULT_LIMIT;
    }

    static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date_format"));
            return null;
        }
    }

}
