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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

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
    public record Row(String number, String kind, LocalDate date, String signatory, LocalDate validFrom,
            LocalDate validUntil, boolean inForce, boolean expiresSoon, String members) {
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
                List<String> warnings, List<Option> kinds, List<Option> roles, List<MemberRow> memberRows, FormState form);
    }

    @Inject
    PageContext pages;

    @Inject
    DecreeAdmin admin;

    @Inject
    DecreeDirectory directory;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("page") @DefaultValue("0") int pageNo) {
        return render(Math.max(0, pageNo), FormState.empty());
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
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(0, state)).build();
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

    private TemplateInstance render(int pageNo, FormState form) {
        Page page = pages.signedInPage("team.pageTitle");
        Texts t = page.t();
        LocalDate today = admin.today();
        List<Decree> found = admin.page(pageNo, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        List<Decree> shown = more ? found.subList(0, PAGE_SIZE) : found;
        Map<Long, String> names = admin.usernames(shown.stream().flatMap(d -> d.members.stream()).map(m -> m.accountId)
                .collect(Collectors.toSet()));
        List<Row> rows = shown.stream().map(d -> new Row(d.number, t.get("team.kind." + d.teamKind.name()), d.date,
                d.signatory, d.validFrom, d.validUntil, d.inForceOn(today), d.expiresWithin(today, DecreeAdmin.WARNING_DAYS),
                d.members.stream().map(m -> names.get(m.accountId) + " (" + t.get("team.role." + m.teamRole.name())
                        + (m.inForceOn(today) ? "" : ", " + t.get("team.notInForce")) + ")")
                        .collect(Collectors.joining(", ")))).toList();
        List<MemberRow> memberRows = java.util.stream.IntStream.range(0, MEMBER_ROWS).mapToObj(MemberRow::at).toList();
        return Templates.decrees(page, t, rows, pageNo, more, directory.expiryWarnings(t),
                Options.of(TeamKind.values(), t, "team.kind."), Options.of(TeamRole.values(), t, "team.role."), memberRows,
                form);
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
