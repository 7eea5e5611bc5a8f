package id.integritas.portal.system.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.system.i18n.RequestLocale;
import id.integritas.portal.system.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@Path("/")
@PermitAll
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, Texts t);
    }

    @Inject
    PageContext pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        Page page = pages.publicPage("home.title");
        return Templates.home(page, page.t());
    }

    /** Remembers the language choice in a cookie that holds only "id" or "en". */
    @GET
    @Path("bahasa")
    public Response language(@QueryParam("lang") String lang) {
        String value = "en".equals(lang) ? "en" : "id";
        return Response.seeOther(URI.create("/")).cookie(new NewCookie.Builder(RequestLocale.COOKIE).value(value)
                .path("/").maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build()).build();
    }
}
