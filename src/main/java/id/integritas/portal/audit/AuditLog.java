package id.integritas.portal.audit;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorAccountId, String action, String targetType, Long targetId, String reason) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = clock.instant();
        e.actorAccountId = actorAccountId;
        e.action = action;
        e.targetType = targetType;
        e.targetId = targetId;
        e.reason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 500));
        persist(e);
    }
}
