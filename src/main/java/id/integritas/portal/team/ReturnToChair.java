package id.integritas.portal.team;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.system.OfficeDay;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * When a member's SK membership ends (their own end date or the SK's), the open cases assigned to them go back to
 * the team chair's queue: the assignee is cleared, the case's history gets a {@value #ACTION} entry with the reason,
 * and the audit log a {@code CASE_RETURNED_TO_CHAIR} entry. Seeing the cases already ends on that day by
 * {@link CaseAccess#VISIBLE_SQL}; this takes the work off their list.
 * <p>
 * A case is returned when it is on the TEAM route, not in a final state, and its assignee is, today, neither a
 * member of an SK team of the case's channel in force, nor an officer of the unit a complaint is assigned to, nor
 * the superior of a conflict-of-interest declarant. Candidates are locked with {@code for update skip locked} and
 * the change itself removes them from the candidates, so several instances, the job and an SK change running at
 * once each return a case exactly once.
 */
@ApplicationScoped
public class ReturnToChair {

    public static final String ACTION = "RETURNED_TO_CHAIR";
    public static final String AUDIT_ACTION = "CASE_RETURNED_TO_CHAIR";
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ReturnToChair.class);

    static final String CANDIDATES_SQL = """
            select c.id, c.assignee_account_id, c.channel, c.status from report_case c
            where c.assignee_account_id is not null and c.route = 'TEAM'
              and (c.channel || ':' || c.status) not in (:closed)
              and not exists (select 1 from team_member m join decree d on d.id = m.decree_id
                  where m.account_id = c.assignee_account_id and d.channel = c.channel
                    and d.valid_from <= :day and d.valid_until >= :day
                    and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day))
              and not (c.channel = 'ADU' and c.assigned_unit_code is not null and exists (select 1 from account u
                  where u.id = c.assignee_account_id and u.unit_code = c.assigned_unit_code))
              and not (c.channel = 'BKP' and exists (select 1 from account f
                  where f.id = c.filed_by_account_id and f.superior_id = c.assignee_account_id))
            order by c.id
            limit :limit
            for update of c skip locked""";

    @Inject
    EntityManager em;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** One returned case: which, from whom. */
    public record Returned(long caseId, long formerAssigneeId) {
    }

    /** Returns every such case, in batches of {@value #BATCH}, each batch in its own transaction (the job). */
    public int returnAll() {
        int total = 0;
        while (true) {
            List<Returned> batch = QuarkusTransaction.requiringNew().call(() -> returnCases(null, BATCH));
            total += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("Returned %d case(s) to the chair's queue (membership ended)", total);
        }
        return total;
    }

    /**
     * Returns up to {@code limit} cases within the caller's transaction (an SK change: what is left over, the job
     * takes); {@code actorId} is whoever caused it, null for the job.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Returned> returnCases(Long actorId, int limit) {
        LocalDate day = officeDay.today();
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CANDIDATES_SQL).setParameter("closed", CLOSED)
                .setParameter("day", day).setParameter("limit", limit).getResultList();
        List<Returned> returned = new ArrayList<>();
        if (rows.isEmpty()) {
            return returned;
        }
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        em.createNativeQuery("update report_case set assignee_account_id = null, version = version + 1 where id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
        String reason = "Keanggotaan tim SK petugas yang ditugasi tidak berlaku lagi per " + day
                + "; laporan kembali ke antrean ketua tim.";
        for (Object[] r : rows) {
            long caseId = ((Number) r[0]).longValue();
            long former = ((Number) r[1]).longValue();
            Channel channel = Channel.valueOf((String) r[2]);
            String status = (String) r[3];
            em.createNativeQuery("""
                    insert into case_event (case_id, occurred_at, status, public_status, actor_account_id, reason, action)
                    values (:case, :at, :status, :public, :actor, :reason, :action)""")
                    .setParameter("case", caseId).setParameter("at", now).setParameter("status", status)
                    .setParameter("public", WorkflowStatus.of(channel, status).publicStatus().name())
                    .setParameter("actor", actorId).setParameter("reason", reason).setParameter("action", ACTION)
                    .executeUpdate();
            audit.record(actorId, AUDIT_ACTION, "CASE", caseId, "former assignee account " + former + ", day " + day);
            returned.add(new Returned(caseId, former));
        }
        return returned;
    }

    /** {@code CHANNEL:STATUS} of every closed state ({@link id.integritas.portal.casefile.WorkflowStatus#closed()}) of every channel. */
    static final List<String> CLOSED = closed();

    private static List<String> closed() {
        List<String> list = new ArrayList<>();
        for (Channel ch : Channel.values()) {
            for (WorkflowStatus s : WorkflowStatus.all(ch)) {
                if (s.closed()) {
                    list.add(ch.name() + ":" + s.name());
                }
            }
        }
        return List.copyOf(list);
    }
}
