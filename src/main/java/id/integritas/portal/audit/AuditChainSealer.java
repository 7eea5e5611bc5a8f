package id.integritas.portal.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Seals entries written before the chain existed (seq is null) into it, oldest first, at start-up. Each batch
 * holds the head lock, so instances starting together seal each row once.
 */
@ApplicationScoped
public class AuditChainSealer {

    static final int BATCH = 500;

    @Inject
    AuditLog log;

    void onStart(@Observes StartupEvent start) {
        while (QuarkusTransaction.requiringNew().call(this::sealBatch) > 0) {
            // next batch
        }
    }

    int sealBatch() {
        log.getEntityManager().createNativeQuery("select 1 from audit_chain_head where id = 1 for update").getSingleResult();
        List<AuditEntry> unsealed = log.find("seq is null order by id").page(0, BATCH).list();
        unsealed.forEach(log::append);
        return unsealed.size();
    }
}
