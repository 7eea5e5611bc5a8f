package id.integritas.portal.monev;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.SubmittedForm;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.web.Options;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * /petugas/monev: a team's evaluation meetings (newest first, keyset pages) and the form to record one;
 * /petugas/monev/{id}: one meeting, its recommendations and a follow-up form for each, its files for download and a
 * form to add one (as {@code POST /api/v1/monev/meetings/{id}/files} does: the attachment pipeline, audited).
 */
@Path("/petugas/monev")
@RolesAllowed({ "PETUGAS", "KETUA_TIM", "PIMPINAN" })
public class MonevPage {

    static final String PATH = "/petugas/monev";
    static final int PAGE_SIZE = 20;

    @TemplateData
    public record Row(long id, String channel, String heldOn, String kind, String title, long recommendations) {
    }

    @TemplateData
    public record RecRow(long id, String text, String owner, String dueOn, String status, String followUp, boolean overdue,
            int version) {
    }

    @TemplateData
    public record FileRow(long id, String kind, String fileName) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page page, Texts t, List<Row> rows, String next, FormState form,
                List<Option> channels, boolean canWrite);

        static native TemplateInstance meeting(Page page, Texts t, MonevApi.MeetingView m, String channelName, String kind,
                List<String> participants, List<RecRow> recommendations, List<FileRow> files, FormState form,
                List<Option> statuses, boolean canWrite, List<Option> fileKinds, long maxFileMb);
    }

    @Inject
    id.integritas.portal.system.PortalConfig config;

    @Inject
    id.integritas.portal.system.web.UploadScratch scratch;

    @Inject
    PageContext pages;

    @Inject
    MonevRecords records;

    @Inject
    MonevAccess access;

    @Inject
    MonevApi api;

    @Inject
    CurrentAccount current;

    @Inject
    id.integritas.portal.system.OfficeDay officeDay;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("setelah") String after) {
        return renderList(after, FormState.of(Map.of("heldOn", List.of(officeDay.today().toString()))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalidList(form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            Meeting m = records.create(meetingRequest(form), current.account());
            return Response.seeOther(URI.create(PATH + "/" + m.id)).build();
        } catch (InvalidInputException e) {
            return invalidList(form, e.errors());
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance meeting(@PathParam("id") long id) {
        return renderMeeting(id, FormState.empty());
    }

    @POST
    @Path("/rekomendasi/{id}/tindak-lanjut")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response followUp(@PathParam("id") long recommendationId, MultivaluedMap<String, String> form) {
        long meetingId = parseLong(form.getFirst("meeting"));
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalidMeeting(meetingId, form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            FollowUpStatus status = null;
            try {
                status = FollowUpStatus.valueOf(String.valueOf(form.getFirst("status")));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(new FieldError("status", "unknown_option"));
            }
            Recommendation r = records.followUp(recommendationId, new MonevRequests.FollowUpRequest(status,
                    form.getFirst("followUp"), (int) parseLong(form.getFirst("version")), List.of()), List.of(),
                    current.account());
            return Response.seeOther(URI.create(PATH + "/" + r.meeting.id + "#rekomendasi-" + r.id)).build();
        } catch (InvalidInputException e) {
            return invalidMeeting(meetingId, form, e.errors());
        }
    }

    /** Adds a file to the meeting (invitation, attendance list, minutes, photo) from the meeting's page. */
    @POST
    @Path("/{id}/berkas")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("id") long id,
            org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput input) {
        var form = SubmittedForm.from(input, config.uploads().maxFileBytes(), scratch);
        Map<String, List<String>> values = new HashMap<>(form.fields());
        long maxMb = config.uploads().maxFileBytes() / (1024 * 1024);
        if (form.fileTooLarge()) {
            return invalidMeeting(id, values, List.of(new FieldError("file", "file_too_large", List.of(maxMb))), 413);
        }
        if (!pages.validToken(form.token(), true)) {
            return invalidMeeting(id, values, List.of(new FieldError("_form", "form_expired")), 400);
        }
        List<FieldError> errors = new ArrayList<>();
        FileKind kind = null;
        String k = blank(form.field("kind"));
        if (k == null) {
            errors.add(new FieldError("kind", "required"));
        } else {
            try {
                kind = FileKind.valueOf(k);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "unknown_option"));
            }
        }
        if (form.files().isEmpty()) {
            errors.add(new FieldError("file", "required"));
        }
        if (!errors.isEmpty()) {
            return invalidMeeting(id, values, errors, 400);
        }
        try {
            records.attach(id, kind, form.files().get(0), current.account());
            return Response.seeOther(URI.create(PATH + "/" + id + "#berkas")).build();
        } catch (InvalidInputException e) {
            return invalidMeeting(id, values, e.errors().stream().map(err -> "attachments".equals(err.field())
                    ? new FieldError("file", err.code(), err.args()) : err).toList(), 400);
        } catch (ApiProblemException e) {
            if (e.status() == 413) {
                return invalidMeeting(id, values, List.of(new FieldError("file", "file_too_large", List.of(maxMb))), 413);
            }
            throw e;
        }
    }

    private Response invalidMeeting(long meetingId, Map<String, List<String>> form, List<FieldError> errors, int status) {
        FormState state = FormState.failed(form, errors, pages.texts());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(renderMeeting(meetingId, state)).build();
    }

    private Response invalidList(MultivaluedMap<String, String> form, List<FieldError> errors) {
        FormState state = FormState.failed(new HashMap<>(form), formFields(errors), pages.texts());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(renderList(null, state)).build();
    }

    private Response invalidMeeting(long meetingId, MultivaluedMap<String, String> form, List<FieldError> errors) {
        FormState state = FormState.failed(new HashMap<>(form), errors, pages.texts());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(renderMeeting(meetingId, state)).build();
    }

    /** Participants' errors are shown on the one participants field of the page. */
    private static List<FieldError> formFields(List<FieldError> errors) {
        return errors.stream().map(e -> e.field().startsWith("participants[") ? new FieldError("participants", e.code(), e.args())
                : e).toList();
    }

    private TemplateInstance renderList(String after, FormState form) {
        Page page = pages.signedInPage("monev.title");
        Texts t = page.t();
        Account a = current.account();
        MonevRecords.MeetingPage p = records.page(a, null, PAGE_SIZE, after);
        List<Row> rows = p.items().stream().map(m -> new Row(m.id, t.get("channel." + m.channel), m.heldOn.toString(),
                t.get(m.periodic ? "monev.periodic" : "monev.notPeriodic"), m.title,
                p.recommendationCounts().getOrDefault(m.id, 0L))).toList();
        Set<Channel> writable = access.writable(a);
        List<Option> channels = Options.of(Channel.values(), t, "channel.").stream()
                .filter(o -> writable.contains(Channel.valueOf(o.code()))).toList();
        return Templates.list(page, t, rows, p.next(), form, channels, !writable.isEmpty());
    }

    private TemplateInstance renderMeeting(long id, FormState form) {
        Page page = pages.signedInPage("monev.meetingTitle");
        Texts t = page.t();
        Account a = current.account();
        MonevApi.MeetingView m = api.get(id);
        List<String> participants = new ArrayList<>();
        m.participants().forEach(p -> participants.add(p.username() != null ? p.username()
                : p.guestName() + (p.guestRole() == null ? "" : " (" + p.guestRole() + ")")));
        List<RecRow> recs = m.recommendations().stream().map(r -> new RecRow(r.id(), r.text(), r.ownerUsername(),
                r.dueOn().toString(), t.get("monev.status." + r.status()), r.followUp() == null ? "" : r.followUp(),
                r.overdue(), r.version())).toList();
        List<FileRow> files = m.files().stream().map(f -> new FileRow(f.id(), t.get("monev.file." + f.kind()), f.fileName()))
                .toList();
        return Templates.meeting(page, t, m, t.get("channel." + m.channel()),
                t.get(m.periodic() ? "monev.periodic" : "monev.notPeriodic"), participants, recs, files, form,
                Options.of(FollowUpStatus.values(), t, "monev.status."),
                access.writable(a).contains(Channel.valueOf(m.channel())),
                Options.of(FileKind.values(), t, "monev.file.").stream()
                        .filter(o -> !o.code().equals(FileKind.BUKTI_TINDAK_LANJUT.name())).toList(),
                config.uploads().maxFileBytes() / (1024 * 1024));
    }

    /** The page's fields as the API's request: usernames separated by commas, guests one a line ("Nama; Peran"). */
    static MonevRequests.MeetingRequest meetingRequest(MultivaluedMap<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = null;
        String c = blank(form.getFirst("channel"));
        if (c != null) {
            try {
                channel = Channel.valueOf(c);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("channel", "unknown_option"));
            }
        }
        LocalDate heldOn = date(form.getFirst("heldOn"), "heldOn", errors);
        List<MonevRequests.ParticipantRequest> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String users = form.getFirst("participants");
        if (users != null) {
            for (String u : users.split("[,\\s]+")) {
                if (!u.isBlank() && seen.add(u.strip())) {
                    participants.add(new MonevRequests.ParticipantRequest(u.strip(), null, null));
                }
            }
        }
        String guests = form.getFirst("guests");
        if (guests != null) {
            for (String line : guests.split("\\R")) {
                if (!line.isBlank()) {
                    String[] parts = line.split(";", 2);
                    participants.add(new MonevRequests.ParticipantRequest(null, parts[0].strip(),
                            parts.length > 1 ? blank(parts[1]) : null));
                }
            }
        }
        List<MonevRequests.RecommendationRequest> recs = new ArrayList<>();
        String text = blank(form.getFirst("recommendations[0].text"));
        if (text != null) {
            recs.add(new MonevRequests.RecommendationRequest(text, blank(form.getFirst("recommendations[0].ownerUsername")),
                    date(form.getFirst("recommendations[0].dueOn"), "recommendations[0].dueOn", errors)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MonevRequests.MeetingRequest(channel, heldOn, form.getFirst("periodic") != null,
                blank(form.getFirst("title")), blank(form.getFirst("findings")), participants, recs);
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date_format"));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(String.valueOf(s).strip());
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }
}
