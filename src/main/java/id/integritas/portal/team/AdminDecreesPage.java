package id.integritas.portal.team;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.web.SubmittedForm;
import id.integritas.portal.system.web.UploadScratch;

import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.web.Options;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /admin/sk: administrators register team decrees (SK) with their members and see which end soon. */
@Path("/admin/sk")
@RolesAllowed("ADMIN")
public class AdminDecreesPage {

    static final int PAGE_SIZE = 20;
    /** Member rows on the create form; more members are added through the API or by correcting the SK. */
    static final int MEMBER_ROWS = 5;

    @io.quarkus.qute.TemplateData
    public record Row(long id, String number, String kind, LocalDate date, String signatory, LocalDate validFrom,
            LocalDate validUntil, boolean inForce, boolean expiresSoon, String members, String scanSha256,
            String scanSize, String scanField) {
    }

    /** The field names of one member row of the create form. */
    @io.quarkus.qute.TemplateData
    public record MemberRow(int number, String username, String teamRole, String validFrom, String validUntil) {
        static MemberRow at(int i) {
            String p = "members[" + i + "].";
            return new MemberRow(i + 1, p + "username", p + "teamRole", p + "validFrom", p + "validUntil");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decrees(Page page, Texts t, List<Row> rows, int page_no, boolean more,
                List<Option> kinds, List<Option> roles, List<MemberRow> memberRows, FormState form, String notice,
                long maxScanMb);
    }

    @Inject
    PageContext pages;

    @Inject
    DecreeAdmin admin;

    @Inject
    JsonWebToken jwt;

    @Inject
    DecreeScans scans;

    @Inject
    UploadScratch scratch;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("page") @DefaultValue("0") int pageNo, @QueryParam("pindaian") Long scanned) {
        return render(Math.max(0, pageNo), FormState.empty(),
                scanned == null ? null : pages.texts().get("team.scanStored"));
    }

    /** Uploads the scanned decree (PDF) of one SK from its row on the page. */
    @POST
    @Path("{id}/pindaian")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response uploadScan(@PathParam("id") long id, MultipartFormDataInput input) {
        SubmittedForm form = SubmittedForm.from(input, config.uploads().maxFileBytes(), scratch);
        String field = scanField(id);
        if (form.fileTooLarge()) {
            return scanRefused(field, new FieldError(field, "scan_too_large", List.of(maxScanMb())), 413);
        }
        if (!pages.validToken(form.token(), true)) {
            return scanRefused(field, new FieldError("_form", "form_expired"), 400);
        }
        if (form.files().isEmpty()) {
            return scanRefused(field, new FieldError(field, "required"), 400);
        }
        try {
            scans.upload(id, form.files().get(0), Long.valueOf(jwt.getSubject()));
            return Response.seeOther(URI.create("/admin/sk?pindaian=" + id)).build();
        } catch (InvalidInputException e) {
            return scanRefused(field, new FieldError(field, e.errors().get(0).code(), e.errors().get(0).args()), 400);
        } catch (ApiProblemException e) {
            if (e.status() == 413) {
                return scanRefused(field, new FieldError(field, "scan_too_large", List.of(maxScanMb())), 413);
            }
            throw e;
        }
    }

    /** The scanned decree (its cleaned copy; {@code asli=1}: the sealed original), audited. */
    @GET
    @Path("{id}/pindaian")
    @Produces("application/pdf")
    public Response downloadScan(@PathParam("id") long id, @QueryParam("asli") @DefaultValue("0") int original) {
        return AdminDecreesApi.scanResponse(scans.download(id, original == 1, Long.valueOf(jwt.getSubject())));
    }

    private Response scanRefused(String field, FieldError error, int status) {
        Map<String, String> labels = new LinkedHashMap<>(labels());
        labels.put(field, "team.scan");
        FormState state = FormState.failed(new HashMap<>(), List.of(error), pages.texts(), labels);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(0, state, null))
                .build();
    }

    private long maxScanMb() {
        return config.uploads().maxFileBytes() / (1024 * 1024);
    }

    static String scanField(long id) {
        return "decrees[" + id + "].scan";
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(form, List.of(new FieldError("_form", "form_expired")));
        }
        List<Integer> formRows = new ArrayList<>();
        List<DecreeAdmin.MemberRequest> members = new ArrayList<>();
        try {
            for (int i = 0; i < MEMBER_ROWS; i++) {
                String username = blankToNull(form.getFirst("members[" + i + "].username"));
                if (username != null) {
                    formRows.add(i);
                    members.add(new DecreeAdmin.MemberRequest(username,
                            enumOf(TeamRole.class, form.getFirst("members[" + i + "].teamRole"), "members[" + i + "].teamRole"),
                            date(form.getFirst("members[" + i + "].validFrom"), "members[" + i + "].validFrom"),
                            date(form.getFirst("members[" + i + "].validUntil"), "members[" + i + "].validUntil")));
                }
            }
            admin.create(new DecreeAdmin.DecreeRequest(enumOf(TeamKind.class, form.getFirst("teamKind"), "teamKind"),
                    blankToNull(form.getFirst("number")), date(form.getFirst("date"), "date"),
                    blankToNull(form.getFirst("signatory")), date(form.getFirst("validFrom"), "validFrom"),
                    date(form.getFirst("validUntil"), "validUntil"), members), Long.valueOf(jwt.getSubject()));
            return Response.seeOther(URI.create("/admin/sk")).build();
        } catch (InvalidInputException e) {
            // the service numbers members among the filled rows; the form names them by their row
            List<FieldError> errors = e.errors().stream().map(err -> toFormRow(err, formRows)).toList();
            return invalid(form, errors);
        }
    }

    private static FieldError toFormRow(FieldError e, List<Integer> formRows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^members\\[(\\d+)](.*)$").matcher(e.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < formRows.size()) {
            return new FieldError("members[" + formRows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2), e.code(), e.args());
        }
        return e.field().equals("members") ? new FieldError("members[0].username", e.code(), e.args()) : e;
    }

    private Response invalid(MultivaluedMap<String, String> form, List<FieldError> errors) {
        FormState state = FormState.failed(new HashMap<>(form), errors, pages.texts(), labels());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(0, state, null)).build();
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("teamKind", "team.kind");
        m.put("number", "team.number");
        m.put("date", "team.date");
        m.put("signatory", "team.signatory");
        m.put("validFrom", "team.validFrom");
        m.put("validUntil", "team.validUntil");
        for (int i = 0; i < MEMBER_ROWS; i++) {
            m.put("members[" + i + "].username", "signIn.username");
            m.put("members[" + i + "].teamRole", "team.role");
            m.put("members[" + i + "].validFrom", "team.validFrom");
            m.put("members[" + i + "].validUntil", "team.validUntil");
        }
        return m;
    }

    private TemplateInstance render(int pageNo, FormState form, String notice) {
        Page page = pages.signedInPage("team.pageTitle");
        Texts t = page.t();
        LocalDate today = admin.today();
        List<Decree> found = admin.page(pageNo, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<Decree> shown = more ? found.subList(0, PAGE_SIZE) : found;
        Map<Long, String> names = admin.usernames(shown.stream().flatMap(d -> d.members.stream()).map(m -> m.accountId)
                .collect(Collectors.toSet()));
        Map<Long, DecreeScans.ScanInfo> scanInfos = scans.infos(shown);
        List<Row> rows = shown.stream().map(d -> new Row(d.id, d.number, t.get("team.kind." + d.teamKind.name()), d.date,
                d.signatory, d.validFrom, d.validUntil, d.inForceOn(today), d.expiresWithin(today, DecreeAdmin.WARNING_DAYS),
                d.members.stream().map(m -> names.get(m.accountId) + " (" + t.get("team.role." + m.teamRole.name())
                        + (m.inForceOn(today) ? "" : ", " + t.get("team.notInForce")) + ")")
                        .collect(Collectors.joining(", ")),
                scanInfos.containsKey(d.id) ? scanInfos.get(d.id).sha256() : null,
                scanInfos.containsKey(d.id) ? kilobytes(scanInfos.get(d.id).sizeBytes()) : null, scanField(d.id))).toList();
        List<MemberRow> memberRows = java.util.stream.IntStream.range(0, MEMBER_ROWS).mapToObj(MemberRow::at).toList();
        return Templates.decrees(page, t, rows, pageNo, more,
                Options.of(TeamKind.values(), t, "team.kind."), Options.of(TeamRole.values(), t, "team.role."), memberRows,
                form, notice, maxScanMb());
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new FieldError(field, "unknown_option"));
        }
    }

    private static LocalDate date(String s, String field) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(new FieldError(field, "date_format"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
