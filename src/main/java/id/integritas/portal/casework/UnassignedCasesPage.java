package id.integritas.portal.casework;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.team.CaseAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /admin/kasus-tanpa-tim: cases of channels with no SK team in force today (a citizen is never turned away, so they
 * wait here until the administrator appoints a team). Numbers, channel, date and state only: never content.
 */
@Path("/admin/kasus-tanpa-tim")
@RolesAllowed("ADMIN")
public class UnassignedCasesPage {

    static final int PAGE_SIZE = 20;

    @io.quarkus.qute.TemplateData
    public record Row(String registrationNumber, String channel, String submitted, String state) {
    }

    @CheckedTemplate(basePath = "UnassignedCasesPage")
    static class Templates {
        static native TemplateInstance list(Page page, Texts t, List<Row> rows, long total, int page_no, boolean hasNext);
    }

    @Inject
    PageContext pages;

    @Inject
    CaseAccess access;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int pageNo) {
        int p = Math.max(0, Math.min(pageNo, 10_000));
        Page page = pages.signedInPage("unassigned.title");
        Texts t = page.t();
        var today = access.today();
        List<Row> rows = access.unassigned(today, p, PAGE_SIZE).stream().map(c -> new Row(c.registrationNumber,
                t.get(c.channel.labelKey()), OfficeTime.date(c.submittedAt, config.office().timeZone(), t),
                InboxPage.stateLabel(c.status))).toList();
        long total = access.countUnassigned(today);
        return Templates.list(page, t, rows, total, p, (long) (p + 1) * PAGE_SIZE < total);
    }
}
