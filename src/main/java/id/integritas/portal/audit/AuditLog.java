package id.integritas.portal.audit;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

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

    public List<AuditEntry> forTarget(String targetType, Long targetId, int page, int size) {
        return find("targetType = ?1 and targetId = ?2", Sort.by("occurredAt").and("id"), targetType, targetId)
                .page(Page.of(page, size)).list();
    }
}
