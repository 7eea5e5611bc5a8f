package id.integritas.portal.privacy;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import id.integritas.portal.retention.RetentionRuleSets;
import id.integritas.portal.system.OfficeDay;
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
        static native TemplateInstance notice(Page page, Texts t, int retentionYears, String contactEmail,
                List<RetentionLine> retention);
    }

    /** One retention rule in force, in words: channel, outcome, months, what happens then. */
    public record RetentionLine(String channel, String outcome, int months, String action) {
    }

    @Inject
    RetentionRuleSets retentionRules;

    @Inject
    PageContext pages;

    @Inject
    PortalConfig config;

    @Inject
    OfficeDay officeDay;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance get() {
        Page page = pages.publicPage("privacy.title");
        Texts t = page.t();
        List<RetentionLine> retention = retentionRules.inForceOn(officeDay.today()).map(s -> s.rules.stream()
                .map(r -> new RetentionLine(t.get("channel." + r.channel.name()),
                        t.has("wf.state." + r.outcome) ? t.get("wf.state." + r.outcome) : r.outcome, r.periodMonths,
                        t.get("privacy.retentionAction." + r.action.name())))
                .toList()).orElse(List.of());
        return Templates.notice(page, t, config.privacy().retentionYears(),
                config.privacy().contactEmail().orElse(config.office().email()), retention);
    }
}
