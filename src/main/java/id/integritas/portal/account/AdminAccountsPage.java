package id.integritas.portal.account;

import java.net.URI;
import java.util.List;
import java.util.Map;

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

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.intake.CurrentEmployee;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /admin/akun: administrators list, create, re-role and disable accounts (same rules as the admin API). */
@Path("/admin/akun")
@RolesAllowed("ADMIN")
public class AdminAccountsPage {

    @CheckedTemplate(basePath = "AdminPage")
    static class Templates {
        static native TemplateInstance accounts(Page page, Texts t, List<Account> accounts, int page_no, FormState form,
                List<String> roles, List<String> channels);
    }

    @Inject
    PageContext pages;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountAdmin admin;

    @Inject
    CurrentEmployee employee;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance admin(@QueryParam("page") @DefaultValue("0") int pageNo) {
        return adminPage(Math.max(0, pageNo), FormState.empty());
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
            admin.create(new AccountAdmin.NewAccount(blankToNull(form.getFirst("username")), form.getFirst("displayName"),
                    blankToNull(form.getFirst("nip")), blankToNull(form.getFirst("workUnit")), blankToNull(form.getFirst("position")),
                    blankToNull(form.getFirst("email")), blankToNull(form.getFirst("superiorUsername")),
                    enums(form.get("roles"), Role.class), enums(form.get("channels"), Channel.class), form.getFirst("password")),
                    employee.account().id);
            return Response.seeOther(URI.create("/admin/akun")).build();
        } catch (InvalidInputException e) {
            return invalid(form, e.errors());
        }
    }

    /** Re-roles, re-assigns channels, enables or disables one account. */
    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response change(@jakarta.ws.rs.PathParam("username") String username, MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(new jakarta.ws.rs.core.MultivaluedHashMap<>(), List.of(new FieldError("_form", "form_expired")));
        }
        try {
            admin.change(username, new AccountAdmin.Change(enums(form.get("roles"), Role.class),
                    enums(form.get("channels"), Channel.class), "true".equals(form.getFirst("enabled"))), employee.account().id);
            return Response.seeOther(URI.create("/admin/akun")).build();
        } catch (InvalidInputException e) {
            return invalid(new jakarta.ws.rs.core.MultivaluedHashMap<>(), e.errors());
        }
    }

    private Response invalid(MultivaluedMap<String, String> form, List<FieldError> errors) {
        Map<String, List<String>> values = new java.util.HashMap<>(form);
        values.remove("password");
        FormState state = FormState.failed(values, errors, pages.texts());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(adminPage(0, state)).build();
    }

    private TemplateInstance adminPage(int p, FormState form) {
        Page page = pages.signedInPage("admin.title");
        return Templates.accounts(page, page.t(), accounts.page(p, 50), p, form,
                java.util.Arrays.stream(Role.values()).map(Enum::name).toList(),
                java.util.Arrays.stream(Channel.values()).map(Enum::name).toList());
    }

    private static <E extends Enum<E>> java.util.Set<E> enums(List<String> values, Class<E> type) {
        java.util.Set<E> set = java.util.EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                try {
                    set.add(Enum.valueOf(type, v));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(new FieldError("roles", "unknown_option"));
                }
            }
        }
        return set;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
