package id.integritas.portal.account;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /admin/akun: administrators list, create, re-role, disable accounts and set one-time passwords (same rules as the API). */
@Path("/admin/akun")
@RolesAllowed("ADMIN")
public class AdminAccountsPage {

    static final int DEFAULT_PAGE_SIZE = 50;

    private static final Map<String, String> CREATE_LABELS = Map.of("username", "signIn.username", "displayName",
            "identity.name", "nip", "grt.nip", "position", "grt.position", "workUnit", "grt.workUnit", "email",
            "identity.email", "superiorUsername", "admin.superior", "roles", "admin.roles", "unitCode", "admin.unit",
            "password", "signIn.password");

    /** A checkbox with its label in the reader's language. */
    @io.quarkus.qute.TemplateData
    public record Choice(String value, String label, boolean checked) {
    }

    /** One account as the page shows it; {@code field} is the prefix of its form's field names in error messages. */
    @io.quarkus.qute.TemplateData
    public record Row(String username, String displayName, String field, List<Choice> roles, List<Choice> units,
            String unitName, String superior, String roleLabels, String channelLabels, boolean enabled,
            boolean passwordChangeRequired, int failedSignIns, String lastFailedSignIn, long pausedSources,
            boolean secondFactorEnrolled) {
    }

    @CheckedTemplate(basePath = "AdminPage")
    static class Templates {
        static native TemplateInstance accounts(Page page, Texts t, List<Row> rows, int page_no, int size, boolean hasNext,
                FormState form, List<Choice> roles, List<id.integritas.portal.system.web.Option> units, String notice);
    }

    @Inject
    PageContext pages;

    @Inject
    AccountRepository accounts;

    @Inject
    TeamDirectory teams;

    @Inject
    AccountAdmin admin;

    @Inject
    AccountPasswords passwords;

    @Inject
    id.integritas.portal.account.totp.SecondFactors secondFactors;

    @Inject
    CurrentAccount employee;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance admin(@QueryParam("page") @DefaultValue("0") int pageNo,
            @QueryParam("size") @DefaultValue("" + DEFAULT_PAGE_SIZE) int size, @QueryParam("dibuat") String created,
            @QueryParam("disimpan") String saved, @QueryParam("sandi") String reset,
            @QueryParam("verifikasi") String secondFactorReset) {
        Texts t = pages.texts();
        String notice = created != null ? t.format("admin.created", created)
                : saved != null ? t.format("admin.saved", saved)
                : reset != null ? t.format("admin.passwordReset", reset)
                : secondFactorReset != null ? t.format("admin.secondFactorResetDone", secondFactorReset) : null;
        return adminPage(Math.max(0, pageNo), size, FormState.empty(), notice);
    }

    /** Creates an account from the page's form (the same rules as the admin API). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            Account a = admin.create(new AccountAdmin.NewAccount(blankToNull(form.getFirst("username")), form.getFirst("displayName"),
                    blankToNull(form.getFirst("nip")), blankToNull(form.getFirst("workUnit")), blankToNull(form.getFirst("position")),
                    blankToNull(form.getFirst("email")), blankToNull(form.getFirst("superiorUsername")),
                    blankToNull(form.getFirst("unitCode")), enums(form.get("roles"), Role.class, "roles"),
                    form.getFirst("password")), employee.account().id);
            return back("dibuat", a.username);
        } catch (InvalidInputException e) {
            return invalid(form, e.errors());
        }
    }

    /** Re-roles, enables or disables one account, sets its unit and superior (blank clears them). */
    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@PathParam("username") String username, MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(new MultivaluedHashMap<>(), List.of(new FieldError("_form", "form_expired")));
        }
        String field = rowField(username);
        try {
            Set<Role> roles = enums(form.get("roles"), Role.class, field + "roles");
            if (roles.isEmpty()) {
                // Named in the summary: several accounts' forms are on this page.
                throw new InvalidInputException(new FieldError(field + "roles", "roles_required_for", List.of(username)));
            }
            admin.change(username, new AccountAdmin.Change(roles, "true".equals(form.getFirst("enabled")),
                    // the page's form always sends both (blank clears); a post without them leaves them as they are
                    form.getFirst("unitCode"), form.getFirst("superiorUsername")), employee.account().id);
            return back("disimpan", username);
        } catch (InvalidInputException e) {
            // the service names the fields as the API does; on this page they belong to the account's own form
            return invalid(new MultivaluedHashMap<>(), e.errors().stream()
                    .map(f -> f.field().startsWith(field) ? f : new FieldError(field + f.field(), f.code(), f.args())).toList());
        }
    }

    /** Sets a one-time password; the person must choose their own at the next sign-in. */
    @POST
    @Path("{username}/sandi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response resetPassword(@PathParam("username") String username, MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(new MultivaluedHashMap<>(), List.of(new FieldError("_form", "form_expired")));
        }
        try {
            passwords.reset(username, form.getFirst("password"), employee.account().id);
            return back("sandi", username);
        } catch (InvalidInputException e) {
            String field = rowField(username);
            return invalid(new MultivaluedHashMap<>(), e.errors().stream()
                    .map(f -> new FieldError(field + f.field(), f.code(), f.args())).toList());
        }
    }

    /** Removes a person's second factor; they enrol again after their password at the next sign-in. */
    @POST
    @Path("{username}/verifikasi-dua-langkah")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response resetSecondFactor(@PathParam("username") String username, MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(new MultivaluedHashMap<>(), List.of(new FieldError("_form", "form_expired")));
        }
        secondFactors.reset(username, employee.account().id);
        return back("verifikasi", username);
    }

    private static Response back(String what, String username) {
        return Response.seeOther(URI.create("/admin/akun?" + what + "="
                + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8))).build();
    }

    private Response invalid(MultivaluedMap<String, String> form, List<FieldError> errors) {
        Map<String, List<String>> values = new HashMap<>(form);
        values.remove("password");
        Map<String, String> labels = new HashMap<>(CREATE_LABELS);
        for (FieldError e : errors) {
            if (e.field().startsWith("account.")) {
                String last = e.field().substring(e.field().lastIndexOf('.') + 1);
                labels.put(e.field(), "password".equals(last) ? "admin.oneTimePassword" : "admin." + last);
            }
        }
        FormState state = FormState.failed(values, errors, pages.texts(), labels);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(adminPage(0, DEFAULT_PAGE_SIZE, state, null)).build();
    }

    private TemplateInstance adminPage(int p, int requestedSize, FormState form, String notice) {
        int size = Math.max(1, Math.min(requestedSize, 200));
        Page page = pages.signedInPage("admin.title");
        Texts t = page.t();
        List<Account> found = accounts.page(p, size);
        boolean hasNext = (long) (p + 1) * size < accounts.count();
        Map<Long, Long> paused = accounts.pausedSources(found.stream().map(a -> a.id).toList(), clock.instant());
        Map<Long, Set<Channel>> teams = this.teams.channelsInForce(found.stream().map(a -> a.id).toList());
        Map<Long, String> superiors = accounts.usernames(found.stream().map(a -> a.superiorId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<String, String> units = accounts.activeUnits();
        Set<Long> enrolled = secondFactors.enrolled(found.stream().map(a -> a.id).toList());
        List<Row> rows = new ArrayList<>();
        for (Account a : found) {
            rows.add(new Row(a.username, a.displayName, rowField(a.username), choices(Role.values(), a.roles, t, "role."),
                    unitChoices(units, a.unitCode), a.unitCode == null ? null : units.getOrDefault(a.unitCode, a.unitCode),
                    superiors.get(a.superiorId), labels(a.roles, t, "role."),
                    labels(teams.getOrDefault(a.id, Set.of()), t, "channel."), a.enabled, a.mustChangePassword, a.failedLogins,
                    a.lastFailedLoginAt == null ? null : when(a.lastFailedLoginAt), paused.getOrDefault(a.id, 0L),
                    enrolled.contains(a.id)));
        }
        return Templates.accounts(page, t, rows, p, size, hasNext, form,
                choices(Role.values(), Set.of(), t, "role.").stream().map(c -> new Choice(c.value(), c.label(), form.checked("roles", c.value()))).toList(),
                units.entrySet().stream().map(u -> new id.integritas.portal.system.web.Option(u.getKey(), u.getValue())).toList(),
                notice);
    }

    private String when(Instant instant) {
        return id.integritas.portal.system.i18n.OfficeTime.format(instant, config.office().timeZone(), pages.texts());
    }

    static String rowField(String username) {
        return "account." + username + ".";
    }

    /** The units as options, the account's own selected; a unit no longer active still shows while it is set. */
    private static List<Choice> unitChoices(Map<String, String> units, String current) {
        List<Choice> list = new ArrayList<>();
        units.forEach((code, name) -> list.add(new Choice(code, name, code.equals(current))));
        if (current != null && !current.isBlank() && !units.containsKey(current)) {
            list.add(new Choice(current, current, true));
        }
        return list;
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] values, Set<E> chosen, Texts t, String prefix) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), t.get(prefix + v.name()), chosen.contains(v))).toList();
    }

    private static <E extends Enum<E>> String labels(Set<E> values, Texts t, String prefix) {
        return String.join(", ", values.stream().sorted().map(v -> t.get(prefix + v.name())).toList());
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type, String field) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                try {
                    set.add(Enum.valueOf(type, v));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(new FieldError(field, "unknown_option"));
                }
            }
        }
        return set;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
