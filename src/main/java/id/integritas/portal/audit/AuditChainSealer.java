package id.integritas.portal.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Seals entries written before the chain existed (seq is null, id up to the head's legacy_until) into it, oldest
 * first, at start-up; any other row without a place in the chain stays outside it for the verifier to report. Each batch
 * holds the head lock, so instances starting together seal each row once.
 */
@ApplicationScoped
public class AuditChainSealer {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AuditChainSealer.class);

    static final int BATCH = 500;

    @Inject
    AuditLog log;

    void onStart(@Observes StartupEvent start) {
        try {
            while (QuarkusTransaction.requiringNew().call(this::sealBatch) > 0) {
                // next batch
            }
        } catch (RuntimeException e) {
            // the database may be down at start-up (the portal still starts and answers 503); sealed at the next start
            LOG.warnf("audit entries from before the chain were not sealed yet: %s", e.getClass().getSimpleName());
        }
    }

    int sealBatch() {
        Number legacyUntil = (Number) log.getEntityManager()
                .createNativeQuery("select legacy_until from audit_chain_head where id = 1 for update").getSingleResult();
        List<AuditEntry> unsealed = log.find("seq is null and id <= ?1 order by id", legacyUntil.longValue()).page(0, BATCH).list();
        unsealed.forEach(log::append);
        return unsealed.size();
    }
}
