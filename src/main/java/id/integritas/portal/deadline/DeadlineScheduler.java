package id.integritas.portal.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.integritas.portal.calendar.WorkingDays;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.casefile.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The deadline check, run by every portal instance ({@code portal.deadlines.check-every}): cases whose waiting clock
 * ran out are closed ({@link AutoClosures}), and for every running clock that is due within one working day a
 * {@code DUE_SOON} alert is raised, for every overdue one an {@code OVERDUE} alert and an {@code ESCALATED_TO_CHAIR}
 * alert to the chair of the handling team, each exactly once. Work is claimed with {@code SELECT … FOR UPDATE SKIP
 * LOCKED} in short transactions and marked done in the same transaction ({@code due_soon_at}, {@code overdue_at}), so
 * several instances share it without ever raising an event twice; {@code case_alert}'s unique key is the backstop.
 */
@ApplicationScoped
public class DeadlineScheduler {

    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class);

    /** What one run did. {@code conflicts} counts raise attempts the unique key refused: duplicates, never expected. */
    public record Run(int closed, int raised, int attempts, int conflicts) {
    }

    @Inject
    EntityManager em;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Inject
    ClockCalendar calendar;

    @Inject
    AutoClosures closures;

    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();

    // First run 20 s after start, like the other jobs: at once it competed with the start itself for the CPU (HQL
    // parsing, transactions) and delayed the first response (issue 10 §5).
    @Scheduled(identity = "deadline-check", every = "${portal.deadlines.check-every:15m}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Run r = runOnce();
            if (r.closed() + r.raised() > 0) {
                LOG.infof("deadline check: %d closed, %d alerts raised", r.closed(), r.raised());
            }
        } catch (RuntimeException e) {
            LOG.warnf("deadline check failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Raise attempts and refused duplicates since start (all runs on this instance). */
    public long attempts() {
        return attempts.get();
    }

    public long conflicts() {
        return conflicts.get();
    }

    /** One full check on the office's today; safe to run on several instances (or threads) at once. */
    public Run runOnce() {
        LocalDate today = officeDay.today();
        int closed = closures.closeDue(today);
        WorkingDays days = QuarkusTransaction.requiringNew().call(() -> calendar.around(today, today));
        LocalDate soonOff = ClockCalendar.secondWorkingDayAfter(days, today, true);
        LocalDate soonWorked = ClockCalendar.secondWorkingDayAfter(days, today, false);
        Map<Channel, Long> chairs = new HashMap<>();
        int raised = 0;
        int tried = 0;
        int refused = 0;
        while (true) {
            int[] batch;
            try {
                batch = QuarkusTransaction.requiringNew().call(() -> raiseBatch(today, soonOff, soonWorked, chairs));
            } catch (RuntimeException e) {
                // rolled back (e.g. a lock conflict with a transition): nothing of this batch was raised; next run
                LOG.warnf("deadline alerts interrupted: %s", e.getClass().getSimpleName());
                break;
            }
            raised += batch[1];
            tried += batch[2];
            refused += batch[3];
            if (batch[0] == 0) {
                break;
            }
        }
        return new Run(closed, raised, tried, refused);
    }

    /** Claims a batch of clocks and raises their alerts; {claimed, raised, attempts, conflicts}. */
    @SuppressWarnings("unchecked")
    int[] raiseBatch(LocalDate today, LocalDate soonOff, LocalDate soonWorked, Map<Channel, Long> chairs) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.case_id, d.clock, d.due_on, c.channel, c.route, c.assignee_account_id, er.role
                from case_deadline d
                join report_case c on c.id = d.case_id
                join deadline_rule r on r.rule_set_id = c.rule_set_id and r.clock = d.clock
                left join escalation_route er on er.id = c.escalation_route_id
                where d.stopped_on is null and d.paused_since is null and d.clock not in (:waiting)
                  and ((d.overdue_at is null and d.due_on < cast(:today as date))
                    or (d.due_soon_at is null and d.due_on >= cast(:today as date)
                        and d.due_on < case when r.cuti_bersama_off then cast(:soonOff as date) else cast(:soonWorked as date) end))
                order by d.due_on, d.case_id, d.clock
                limit :batch
                for update of d skip locked""")
                .setParameter("waiting", AutoClosures.WAITING_CLOCKS).setParameter("today", today)
                .setParameter("soonOff", soonOff).setParameter("soonWorked", soonWorked)
                .setParameter("batch", config.deadlines().batchSize()).getResultList();
        Instant now = clock.instant();
        int raised = 0;
        int tried = 0;
        int refused = 0;
        for (Object[] row : rows) {
            long caseId = ((Number) row[0]).longValue();
            String clockId = (String) row[1];
            LocalDate due = row[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[2];
            Channel channel = Channel.valueOf((String) row[3]);
            boolean escalated = "ESCALATION".equals(row[4]);
            Long assignee = row[5] == null ? null : ((Number) row[5]).longValue();
            String team = escalated && row[6] != null ? (String) row[6] : TeamKind.of(channel).name();
            if (due.isBefore(today)) {
                int[] r1 = raise(caseId, clockId, "OVERDUE", due, now, assignee, assignee == null ? team : null);
                Long chair = escalated ? null : chairs.computeIfAbsent(channel, ch -> chairOf(ch, today));
                int[] r2 = raise(caseId, clockId, "ESCALATED_TO_CHAIR", due, now, chair, chair == null ? team : null);
                raised += r1[0] + r2[0];
                tried += 2;
                refused += r1[1] + r2[1];
                em.createNativeQuery("update case_deadline set overdue_at = :now where case_id = :c and clock = :k")
                        .setParameter("now", now).setParameter("c", caseId).setParameter("k", clockId).executeUpdate();
            } else {
                int[] r = raise(caseId, clockId, "DUE_SOON", due, now, assignee, assignee == null ? team : null);
                raised += r[0];
                tried++;
                refused += r[1];
                em.createNativeQuery("update case_deadline set due_soon_at = :now where case_id = :c and clock = :k")
                        .setParameter("now", now).setParameter("c", caseId).setParameter("k", clockId).executeUpdate();
            }
        }
        return new int[] { rows.size(), raised, tried, refused };
    }

    /** {inserted, refused}. */
    private int[] raise(long caseId, String clockId, String kind, LocalDate due, Instant now, Long account, String team) {
        attempts.incrementAndGet();
        // a person or a team, never both (no null parameters: their SQL type would be guessed)
        String recipient = account != null ? ":account, null" : "null, :team";
        var insert = em.createNativeQuery("insert into case_alert (case_id, clock, kind, due_on, raised_at, "
                + "recipient_account_id, recipient_team) values (:c, :k, :kind, :due, :now, " + recipient + ") "
                + "on conflict (case_id, clock, kind) do nothing")
                .setParameter("c", caseId).setParameter("k", clockId).setParameter("kind", kind).setParameter("due", due)
                .setParameter("now", now);
        if (account != null) {
            insert.setParameter("account", account);
        } else {
            insert.setParameter("team", team);
        }
        int n = insert.executeUpdate();
        if (n == 0) {
            conflicts.incrementAndGet();
        }
        return new int[] { n, n == 0 ? 1 : 0 };
    }

    /** The chair of the channel's team in force on {@code day} (the newest SK, first appointed); null when none. */
    @SuppressWarnings("unchecked")
    Long chairOf(Channel channel, LocalDate day) {
        List<Number> ids = em.createNativeQuery("""
                select m.account_id from team_member m join decree d on d.id = m.decree_id
                where d.channel = :channel and m.team_role = 'CHAIR'
                  and d.valid_from <= :day and d.valid_until >= :day
                  and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day)
                order by d.valid_from desc, d.id desc, m.id
                limit 1""").setParameter("channel", channel.name()).setParameter("day", day).getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }
}
