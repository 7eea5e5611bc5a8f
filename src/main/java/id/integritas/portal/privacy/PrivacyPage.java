package id.integritas.portal.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /privasi: the privacy notice (UU 27/2022 PDP), linked from every form and the footer. */
@Path("/privasi")
@PermitAll
public class PrivacyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(Page page, Texts t, int retentionYears, String contactEmail);
    }

    @Inject
    PageContext pages;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        Page page = pages.publicPage("privacy.title");
        return Templates.notice(page, page.t(), config.privacy().retentionYears(),
                config.privacy().contactEmail().orElse(config.office().email()));
    }
}
