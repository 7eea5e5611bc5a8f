package id.integritas.portal.casework.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.team.CaseAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /petugas/kasus/{n}/konflik-kepentingan: the decision section of a conflict-of-interest case, with a visible mark
 * while the affected decision is suspended (not yet decided). Decisions are recorded through the API.
 */
@Path("/petugas/kasus/{registrationNumber}/konflik-kepentingan")
@RolesAllowed({ "PEGAWAI", "PETUGAS", "KETUA_TIM", "PIMPINAN" })
public class ConflictSectionPage {

    @io.quarkus.qute.TemplateData
    public record Section(String registrationNumber, String status, boolean declaration, boolean suspended,
            String controlMeasure /* its label */, String analysis, String replacementOfficial) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance section(Page page, Texts t, Section s);
    }

    @Inject
    PageContext pages;

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    ConflictHandling handling;

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance get(@PathParam("registrationNumber") String number) {
        Account a = current.account();
        ReportCase c = access.visible(a, number).filter(x -> x.channel == Channel.BKP).orElseThrow(ApiProblemException::notFound);
        audit.record(a.id, "CONFLICT_DECISION_VIEWED", "CASE", c.id, null);
        ConflictDecision d = ConflictDecision.findById(c.id);
        Page page = pages.signedInPage("coi.section.title");
        return Templates.section(page, page.t(), new Section(c.registrationNumber, c.status,
                ConflictHandling.isDeclaration(c), ConflictHandling.suspended(c),
                d == null ? null : page.t().get("coi.measure." + d.controlMeasure.name()), d == null ? null : handling.decrypt(d.analysis),
                d == null ? null : handling.decrypt(d.replacementOfficial)));
    }
}
