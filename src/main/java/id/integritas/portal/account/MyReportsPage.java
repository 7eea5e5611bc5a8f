package id.integritas.portal.account;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /laporan-saya: what the signed-in employee filed (gratification, conflict of interest) and its public status. */
@Path("/laporan-saya")
@RolesAllowed("PEGAWAI")
public class MyReportsPage {

    static final int PAGE_SIZE = 20;

    /** A filed report as its filer sees it: never the tracking code, never the content. */
    @io.quarkus.qute.TemplateData
    public record Item(String registrationNumber, String channel, String submitted, String status) {
    }

    @CheckedTemplate(basePath = "MyReportsPage")
    static class Templates {
        static native TemplateInstance list(Page page, Texts t, List<Item> items, int page_no, boolean hasNext);
    }

    @Inject
    PageContext pages;

    @Inject
    CaseRepository cases;

    @Inject
    JsonWebToken jwt;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int pageNo) {
        int p = Math.max(0, pageNo);
        long me = Long.parseLong(jwt.getSubject());
        Page page = pages.signedInPage("myReports.title");
        Texts t = page.t();
        // One page plus one row tells whether there is a next page (index report_case_filed_by_idx).
        List<ReportCase> found = QuarkusTransaction.joiningExisting().call(() -> cases
                .find("filedByAccountId", Sort.descending("submittedAt").and("id", Sort.Direction.Descending), me)
                .range(p * PAGE_SIZE, p * PAGE_SIZE + PAGE_SIZE).list());
        boolean hasNext = found.size() > PAGE_SIZE;
        List<Item> items = found.stream().limit(PAGE_SIZE).map(c -> new Item(c.registrationNumber,
                t.get("channel." + c.channel.name()), OfficeTime.date(c.submittedAt, config.office().timeZone(), t), t.get("status." + c.publicStatus().name())))
                .toList();
        return Templates.list(page, t, items, p, hasNext);
    }
}
