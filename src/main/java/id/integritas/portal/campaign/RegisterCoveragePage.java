package id.integritas.portal.campaign;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /petugas/daftar-kepentingan: the register campaign's coverage per unit and who has not filed yet, for the CoI
 * team, the head of office and administrators (everyone) and for superiors (their own people).
 */
@Path("/petugas/daftar-kepentingan")
@RolesAllowed({ "PEGAWAI", "PETUGAS", "KETUA_TIM", "PIMPINAN", "ADMIN" })
public class RegisterCoveragePage {

    static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance coverage(Page page, Texts t, List<RegisterCampaign> campaigns, RegisterCampaign campaign,
                RegisterCoverage.Coverage coverage, List<RegisterCoverage.Outstanding> outstanding, String next);
    }

    @Inject
    PageContext pages;

    @Inject
    CampaignAdmin admin;

    @Inject
    RegisterCoverage coverage;

    @Inject
    CurrentAccount current;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("tahun") Integer year, @QueryParam("setelah") Long after) {
        Page page = pages.signedInPage("campaign.title");
        Account a = current.account();
        RegisterCoverage.Scope scope = coverage.scopeOf(a);
        List<RegisterCampaign> campaigns = admin.list();
        RegisterCampaign shown = campaigns.stream().filter(c -> year == null || c.year == year).findFirst().orElse(null);
        if (shown == null) {
            return Templates.coverage(page, page.t(), campaigns, null, null, List.of(), null);
        }
        List<RegisterCoverage.Outstanding> rows = coverage.outstanding(shown.year, scope, null,
                after == null ? 0 : Math.max(0, after), PAGE_SIZE);
        String next = rows.size() == PAGE_SIZE ? String.valueOf(rows.get(PAGE_SIZE - 1).accountId()) : null;
        return Templates.coverage(page, page.t(), campaigns, shown, coverage.coverage(shown.year, scope), rows, next);
    }
}
