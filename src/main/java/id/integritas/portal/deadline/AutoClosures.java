package id.integritas.portal.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.CaseEvent;
import id.integritas.portal.casefile.CaseSteps;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.WorkflowStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Cases closed because the reporter's time ran out (domain.md §3–§4), by the system (no actor) with a reason, through
 * {@link ReportCase#moveTo} and {@link CaseSteps#moved} like any transition: P3 (answered complaint, no reply) →
 * {@code SELESAI}; P5 (complaint not completed) → {@code DITUTUP}; G4 (gratification not completed) →
 * {@code TIDAK_DITINDAKLANJUTI}; W2 (no answer from the tipster) → {@code DITUTUP}. Each case is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (its clock and the case row) in its own short transaction, so another instance
 * skips it and the closing transition happens once. The case row is locked {@code FOR NO KEY UPDATE}, the lock an
 * ordinary update takes: alert batches inserting {@code case_alert} rows for the same case (a foreign-key share lock)
 * never wait for it, so a closure that stops the case's other clocks can wait for such a batch without a deadlock.
 */
@ApplicationScoped
public class AutoClosures {

    private static final Logger LOG = Logger.getLogger(AutoClosures.class);

    /** A clock that, once overdue, closes the case if it is still in {@code waitingIn}. */
    public enum Closure {
        P3(Channel.ADU, "DITANGGAPI", "SELESAI", "Ditutup otomatis: pelapor tidak membalas tanggapan dalam batas waktu (P3)"),
        P5(Channel.ADU, "PERLU_DILENGKAPI", "DITUTUP", "Ditutup otomatis: laporan tidak dilengkapi dalam batas waktu (P5)"),
        G4(Channel.GRT, "PERLU_DILENGKAPI", "TIDAK_DITINDAKLANJUTI",
                "Ditutup otomatis: laporan gratifikasi tidak dilengkapi dalam batas waktu (G4)"),
        W2(Channel.WBS, "MENUNGGU_INFO_PELAPOR", "DITUTUP", "Ditutup otomatis: pelapor tidak memberi informasi dalam batas waktu (W2)");

        public final Channel channel;
        public final String waitingIn;
        public final String closesAs;
        public final String reason;

        Closure(Channel channel, String waitingIn, String closesAs, String reason) {
            this.channel = channel;
            this.waitingIn = waitingIn;
            this.closesAs = closesAs;
            this.reason = reason;
        }
    }

    /** Clocks that wait for the reporter: they close cases instead of alerting officers. */
    public static final List<String> WAITING_CLOCKS = List.of("P3", "P5", "G4", "W2");

    @Inject
    EntityManager em;

    @Inject
    CaseSteps steps;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Closes every case whose waiting clock was due before {@code today}; returns how many this call closed. */
    public int closeDue(LocalDate today) {
        int closed = 0;
        int failures = 0;
        while (failures < 3) {
            try {
                Optional<Boolean> one = QuarkusTransaction.requiringNew().call(() -> closeOne(today));
                if (one.isEmpty()) {
                    break;
                }
                if (one.get()) {
                    closed++;
                }
            } catch (RuntimeException e) {
                // e.g. an officer moved the case at the same moment (optimistic lock): the next run looks again
                failures++;
                LOG.debugf("automatic closure skipped: %s", e.getClass().getSimpleName());
            }
        }
        return closed;
    }

    /** Claims one due waiting clock; empty when none is left, true when its case was closed. */
    @SuppressWarnings("unchecked")
    Optional<Boolean> closeOne(LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.case_id, d.clock from case_deadline d join report_case c on c.id = d.case_id
                where d.clock in (:waiting) and d.stopped_on is null and d.paused_since is null and d.due_on < :today
                order by d.due_on, d.case_id
                limit 1
                for update of d skip locked for no key update of c skip locked""")
                .setParameter("waiting", WAITING_CLOCKS).setParameter("today", today).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long caseId = ((Number) rows.get(0)[0]).longValue();
        String clockId = (String) rows.get(0)[1];
        Closure closure = Closure.valueOf(clockId);
        ReportCase c = em.find(ReportCase.class, caseId);
        boolean closes = c.channel == closure.channel && c.status.equals(closure.waitingIn);
        if (closes) {
            Instant at = clock.instant();
            String previous = c.status;
            CaseEvent event = c.moveTo(WorkflowStatus.of(c.channel, closure.closesAs), null, closure.reason, at);
            steps.moved(c, event, previous);
            audit.record(null, "CASE_AUTO_CLOSED", "CASE", c.id, closure.reason);
        }
        // whatever the transition's rules did, this clock has run its course
        CaseDeadline d = em.find(CaseDeadline.class, new CaseDeadline.Key(caseId, clockId));
        if (d != null && d.stoppedOn == null) {
            d.stoppedOn = today;
            d.pausedSince = null;
            if (!closes) {
                c.nextDueOn = CaseDeadline.<CaseDeadline>list("caseId = ?1 and stoppedOn is null and pausedSince is null", caseId)
                        .stream().filter(x -> !x.clock.equals(clockId)).map(x -> x.dueOn)
                        .min(java.util.Comparator.naturalOrder()).orElse(null);
            }
        }
        return Optional.of(closes);
    }
}
