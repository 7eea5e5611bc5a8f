package id.integritas.portal.account;

import java.net.URI;
import java.util.List;
import java.util.Map;

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

import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Sign-in and sign-out pages for employees and officers. */
@Path("/")
public class SignInPage {

    @CheckedTemplate(basePath = "SignInPage")
    static class Templates {
        static native TemplateInstance signIn(Page page, Texts t, FormState form);
    }

    @Inject
    PageContext pages;

    @Inject
    SignIn signIn;

    @Inject
    SessionTokens tokens;


    @GET
    @Path("masuk")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        Page page = pages.publicPage("signIn.title");
        return Templates.signIn(page, page.t(), FormState.empty());
    }

    @POST
    @Path("masuk")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> form) {
        String username = form.getFirst("username");
        FieldError error = !pages.validToken(form.getFirst("_csrf"), false) ? new FieldError("_form", "form_expired") : null;
        if (error == null) {
            var token = signIn.attempt(username, form.getFirst("password"));
            if (token.isPresent()) {
                return Response.seeOther(URI.create("/")).cookie(tokens.cookie(token.get())).build();
            }
            error = new FieldError("username", "sign_in_failed");
        }
        Page page = pages.publicPage("signIn.title");
        FormState state = FormState.failed(Map.of("username", username == null ? List.of() : List.of(username)),
                List.of(error), page.t());
        return Response.status(401).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.signIn(page, page.t(), state)).build();
    }

    @POST
    @Path("keluar")
    @PermitAll
    public Response signOut() {
        return Response.seeOther(URI.create("/")).cookie(tokens.cleared()).build();
    }
}
