package id.integritas.portal.account;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.system.web.LocalPaths;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;

/** Sign-in, sign-out and change-password pages for employees and officers. */
@Path("/")
public class SignInPage {

    /** The query parameter (and hidden field) carrying the local page to return to after signing in. */
    public static final String RETURN_TO = LocalPaths.RETURN_TO;

    private static final Map<String, String> PASSWORD_LABELS = Map.of("currentPassword", "password.current",
            "newPassword", "password.new", "confirmPassword", "password.confirm");

    @CheckedTemplate(basePath = "SignInPage")
    static class Templates {
        /** @param ticket set on the second step (the code), after a right password */
        static native TemplateInstance signIn(Page page, Texts t, FormState form, String returnTo, String ticket);

        static native TemplateInstance changePassword(Page page, Texts t, FormState form, boolean required, String returnTo);
    }

    @Inject
    PageContext pages;

    @Inject
    SignIn signIn;

    @Inject
    SessionTokens tokens;

    @Inject
    AccountPasswords passwords;

    @Inject
    JWTParser parser;

    @Inject
    AccountStates states;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("masuk")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam(RETURN_TO) String returnTo) {
        String target = LocalPaths.afterSignIn(returnTo);
        SecurityIdentity session = pages.sessionOrNull();
        if (session != null) {
            return Response.seeOther(URI.create(destination(session.getRoles(),
                    Boolean.TRUE.equals(session.getAttribute(SessionCheck.MUST_CHANGE_PASSWORD)),
                    Boolean.TRUE.equals(session.getAttribute(SessionCheck.SECOND_FACTOR_PENDING)), target))).build();
        }
        Page page = pages.publicPage("signIn.title");
        return Response.ok(Templates.signIn(page, page.t(), FormState.empty(), target, null))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("masuk")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> form, @Context HttpServerRequest request) {
        String username = form.getFirst("username");
        String ticket = form.getFirst("_step");
        String target = LocalPaths.afterSignIn(form.getFirst(RETURN_TO));
        FieldError error = !pages.validToken(form.getFirst("_csrf"), false) ? new FieldError("_form", "form_expired") : null;
        boolean secondStep = ticket != null && !ticket.isBlank();
        int status = 401;
        if (error == null) {
            SignIn.Outcome o = secondStep ? signIn.secondStep(ticket, form.getFirst("code"), ClientAddress.of(request))
                    : signIn.attempt(username, form.getFirst("password"), null, ClientAddress.of(request));
            if (o instanceof SignIn.Success s) {
                Set<String> roles = s.account().effectiveRoles().stream().map(Enum::name)
                        .collect(java.util.stream.Collectors.toSet());
                return Response.seeOther(URI.create(destination(roles, s.mustChangePassword(),
                        s.account().secondFactorPending(), target))).cookie(tokens.cookie(s.token())).build();
            }
            if (o instanceof SignIn.SecondFactorNeeded n) {
                ticket = n.ticket();
                secondStep = true;
                status = 200;
            } else {
                SignIn.Failure failure = ((SignIn.Failed) o).failure();
                if (failure == SignIn.Failure.SECOND_FACTOR) {
                    error = new FieldError("code", "second_factor_wrong");
                } else {
                    secondStep = false;
                    error = failure == SignIn.Failure.STEP_EXPIRED ? new FieldError("_form", "sign_in_step_expired")
                            : new FieldError("username", "sign_in_failed");
                }
            }
        }
        Page page = pages.publicPage("signIn.title");
        FormState state = error == null ? FormState.empty()
                : FormState.failed(Map.of("username", username == null || secondStep ? List.of() : List.of(username)),
                        List.of(error), page.t(), Map.of("code", "signIn.code"));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(Templates.signIn(page, page.t(), state, target, secondStep ? ticket : null)).build();
    }

    /**
     * Ends the session everywhere. Refused from another site: the form token must be the one issued to this
     * person (and {@code Sec-Fetch-Site} same-origin when the browser sends it).
     */
    @POST
    @Path("keluar")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        var cookie = headers.getCookies().get(tokens.cookieName());
        String subject = "";
        if (cookie != null) {
            try {
                subject = parser.parse(cookie.getValue()).getName();
            } catch (ParseException e) {
                subject = ""; // an invalid cookie only needs clearing
            }
        }
        if (!pages.validToken(form.getFirst("_signout"), subject == null ? "" : subject)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        if (cookie != null) {
            passwords.signOut(cookie.getValue());
        }
        return Response.seeOther(URI.create("/")).cookie(tokens.cleared()).build();
    }

    @GET
    @Path("ganti-sandi")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance changePasswordForm(@QueryParam(RETURN_TO) String returnTo) {
        return changePasswordPage(FormState.empty(), LocalPaths.afterSignIn(returnTo));
    }

    @POST
    @Path("ganti-sandi")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response changePassword(MultivaluedMap<String, String> form) {
        String target = LocalPaths.afterSignIn(form.getFirst(RETURN_TO));
        List<FieldError> errors;
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            errors = List.of(new FieldError("_form", "form_expired"));
        } else {
            try {
                String token = passwords.change(Long.parseLong(jwt.getSubject()), form.getFirst("currentPassword"),
                        form.getFirst("newPassword"), form.getFirst("confirmPassword") == null ? "" : form.getFirst("confirmPassword"));
                // Roles as they are now that the one-time password is gone (the request's identity had none).
                var state = states.get(Long.parseLong(jwt.getSubject()));
                Set<String> roles = state.map(a -> a.effectiveRoles().stream()
                        .map(Enum::name).collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
                boolean enrol = state.map(AccountStates.State::secondFactorPending).orElse(false);
                return Response.seeOther(URI.create(destination(roles, false, enrol, target)))
                        .cookie(tokens.cookie(token)).build();
            } catch (InvalidInputException e) {
                errors = e.errors();
            }
        }
        FormState state = FormState.failed(Map.of(), errors, pages.texts(), PASSWORD_LABELS);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(changePasswordPage(state, target)).build();
    }

    private TemplateInstance changePasswordPage(FormState form, String returnTo) {
        Page page = pages.signedInPage("password.title");
        boolean required = Boolean.TRUE.equals(identity.getAttribute(SessionCheck.MUST_CHANGE_PASSWORD));
        return Templates.changePassword(page, page.t(), form, required, returnTo);
    }

    /** The sign-in page that returns to {@code requested} (a GET of this site) afterwards. */
    private static String destination(Set<String> roles, boolean mustChangePassword, boolean secondFactorPending,
            String target) {
        if (mustChangePassword) {
            return RoleNavigation.CHANGE_PASSWORD + (target == null ? "" : "?" + RETURN_TO + "="
                    + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (secondFactorPending) {
            return RoleNavigation.SECOND_FACTOR;
        }
        return target != null ? target : RoleNavigation.home(roles);
    }
}
