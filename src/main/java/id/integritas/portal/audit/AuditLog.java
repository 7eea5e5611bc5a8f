package id.integritas.portal.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Appends to the audit log's hash chain in the caller's transaction. The chain head row is locked until that
 * transaction ends, so concurrent writers (threads or instances) append one after the other, and an entry whose
 * transaction rolls back leaves neither a row nor a gap.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorAccountId, String action, String targetType, Long targetId, String reason) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        e.actorAccountId = actorAccountId;
        e.action = action;
        e.targetType = targetType;
        e.targetId = targetId;
        e.reason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        append(e);
    }

    /** Seals {@code e} as the next link of the chain and stores it (the entry's fields must be final). */
    void append(AuditEntry e) {
        // Write the transaction's pending changes first, so its row locks are taken before the head lock: the head
        // is then the last lock a transaction waits for, which keeps appends from deadlocking with row locks.
        getEntityManager().flush();
        Object[] head = (Object[]) getEntityManager()
                .createNativeQuery("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
        e.seq = ((Number) head[0]).longValue() + 1;
        e.prevHash = (byte[]) head[1];
        e.entryHash = AuditChain.hash(e);
        if (e.id == null) {
            persist(e);
        }
        getEntityManager().createNativeQuery("update audit_chain_head set last_seq = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, e.seq).setParameter(2, e.entryHash).executeUpdate();
    }
}
