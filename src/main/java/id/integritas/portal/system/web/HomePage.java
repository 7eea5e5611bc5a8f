package id.integritas.portal.system.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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
}
