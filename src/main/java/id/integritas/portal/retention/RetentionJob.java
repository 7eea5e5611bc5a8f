package id.integritas.portal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.jboss.logging.Logger;

import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.PortalConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Applies the retention rules in force today (office time zone, injected {@link Clock}) to closed, unheld cases whose
 * period, counted in months from their closing, has run out. One case per short transaction: it is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (its retention row and its case row, so a transition or a legal hold cannot slip
 * in between), changed, audited and committed; a case already destroyed is not picked again unless the rule now
 * says PURGE. So several instances, a run started twice, or a run beside an administrator's run handle each case
 * once, and a second run does nothing.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private static final String DUE_SQL = """
            select r.case_id, rr.action, rr.channel, rr.outcome, rr.period_months from case_retention r
            join report_case c on c.id = r.case_id
            join retention_rule rr on rr.rule_set_id = :set and rr.channel = c.channel and rr.outcome = c.status
            where r.closed_at is not null and r.held_at is null
              and r.closed_at + make_interval(months => rr.period_months) <= :now
              and (r.destroyed_at is null or rr.action = 'PURGE')
              and r.case_id not in (:skip)
              %s
            order by r.closed_at, r.case_id
            limit 1
            for update of r, c skip locked""";

    /** What one run did; {@code failed} names case ids only. */
    public record Run(LocalDate asOf, Long ruleSetId, int destroyed, int purged, List<Long> failed) {
    }

    @Inject
    EntityManager em;

    @Inject
    RetentionRuleSets ruleSets;

    @Inject
    RetentionPurger purger;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Scheduled(identity = "retention", every = "{portal.retention.run-every}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = runOnce();
        if (run.destroyed() + run.purged() + run.failed().size() > 0) {
            LOG.infof("retention run: %d destroyed, %d purged, %d failed", run.destroyed(), run.purged(), run.failed().size());
        }
    }

    public Run runOnce() {
        return run(null);
    }

    /** As {@link #runOnce()}, limited to the given cases (tests keep other tests' cases out of their runs). */
    Run run(Collection<Long> only) {
        LocalDate today = officeDay.today();
        Optional<RetentionRuleSet> set = QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(today));
        if (set.isEmpty()) {
            return new Run(today, null, 0, 0, List.of());
        }
        long setId = set.get().id;
        int destroyed = 0;
        int purged = 0;
        List<Long> failed = new ArrayList<>();
        int max = config.retention().maxPerRun();
        while (destroyed + purged < max) {
            List<Long> skip = failed.isEmpty() ? List.of(-1L) : List.copyOf(failed);
            long[] claimed = { -1 };
            Optional<RetentionAction> done;
            try {
                done = QuarkusTransaction.requiringNew().call(() -> one(setId, only, skip, claimed));
            } catch (RuntimeException e) {
                Long id = claimed[0] < 0 ? null : claimed[0];
                LOG.errorf("retention of case %s failed: %s", id, e.getClass().getSimpleName());
                if (id == null || failed.contains(id)) {
                    break;
                }
                failed.add(id);
                continue;
            }
            if (done.isEmpty()) {
                break;
            }
            if (done.get() == RetentionAction.PURGE) {
                purged++;
            } else {
                destroyed++;
            }
        }
        return new Run(today, setId, destroyed, purged, List.copyOf(failed));
    }

    private Optional<RetentionAction> one(long setId, Collection<Long> only, List<Long> skip, long[] claimed) {
        Instant now = clock.instant();
        Query q = em.createNativeQuery(DUE_SQL.formatted(only == null ? "" : "and r.case_id in (:only)"))
                .setParameter("set", setId).setParameter("now", now).setParameter("skip", skip);
        if (only != null) {
            q.setParameter("only", only.isEmpty() ? List.of(-1L) : only);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        long caseId = ((Number) row[0]).longValue();
        claimed[0] = caseId;
        RetentionAction action = RetentionAction.valueOf((String) row[1]);
        String rule = "rule set " + setId + ": " + row[2] + "/" + row[3] + " " + row[4] + " months " + action;
        if (action == RetentionAction.PURGE) {
            purger.purge(caseId, rule);
        } else {
            purger.destroy(caseId, rule, setId, now);
        }
        return Optional.of(action);
    }
}
