package id.integritas.portal.retention;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /admin/retensi: read-only. The retention rule sets (the one in force marked) and the cases on legal hold, 50 at a
 * time by case id. Changes go through the admin API (a new rule set) and the case's legal-hold API.
 */
@Path("/admin/retensi")
@RolesAllowed("ADMIN")
public class AdminRetentionPage {

    static final int PAGE_SIZE = 50;

    public record RuleLine(String channel, String outcome, int months, String action) {
    }

    public record SetLine(String name, String effectiveFrom, boolean inForce, String legalNote, List<RuleLine> rules) {
    }

    public record HeldLine(long caseId, String registrationNumber, String since, String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance retention(Page page, Texts t, List<SetLine> sets, List<HeldLine> held, Long next);
    }

    @Inject
    PageContext pages;

    @Inject
    RetentionRuleSets ruleSets;

    @Inject
    OfficeDay officeDay;

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance get(@QueryParam("setelah") Long after) {
        Page page = pages.signedInPage("retention.title");
        Texts t = page.t();
        Long inForce = ruleSets.inForceOn(officeDay.today()).map(s -> s.id).orElse(null);
        List<SetLine> sets = ruleSets.all().stream().map(s -> new SetLine(s.name, s.effectiveFrom.toString(), s.id.equals(inForce),
                s.legalNote, s.rules.stream().map(r -> new RuleLine(t.get("channel." + r.channel.name()),
                        t.has("wf.state." + r.outcome) ? t.get("wf.state." + r.outcome) : r.outcome, r.periodMonths,
                        t.get("retention.action." + r.action.name()))).toList())).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.case_id, c.registration_number, r.held_at, r.hold_reason from case_retention r
                join report_case c on c.id = r.case_id
                where r.held_at is not null and r.case_id > ?1 order by r.case_id limit ?2""")
                .setParameter(1, after == null ? 0L : after).setParameter(2, PAGE_SIZE + 1).getResultList();
        String zone = config.office().timeZone();
        List<HeldLine> held = rows.stream().limit(PAGE_SIZE).map(r -> new HeldLine(((Number) r[0]).longValue(), (String) r[1],
                OfficeTime.format(instant(r[2]), zone, t), (String) r[3])).toList();
        Long next = rows.size() > PAGE_SIZE ? held.get(held.size() - 1).caseId() : null;
        return Templates.retention(page, t, sets, held, next);
    }

    private static Instant instant(Object o) {
        return o instanceof Instant i ? i
                : o instanceof java.time.OffsetDateTime d ? d.toInstant() : ((java.sql.Timestamp) o).toInstant();
    }
}
