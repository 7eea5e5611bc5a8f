package id.integritas.portal.audit;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.integritas.portal.system.StartupQueries;
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

    @Inject
    DataSource dataSource;

    void onStart(@Observes StartupEvent start) {
        try {
            if (!anyToSeal()) {
                return;
            }
            while (QuarkusTransaction.requiringNew().call(this::sealBatch) > 0) {
                // next batch
            }
        } catch (RuntimeException | SQLException e) {
            // the database may be down at start-up (the portal still starts and answers 503); sealed at the next start
            LOG.warnf("audit entries from before the chain were not sealed yet: %s", e.getClass().getSimpleName());
        }
    }

    private boolean anyToSeal() throws SQLException {
        return StartupQueries.exists(dataSource, "select 1 from audit_log where seq is null and id <= "
                + "(select legacy_until from audit_chain_head where id = 1)");
    }

    int sealBatch() {
        Number legacyUntil = (Number) log.getEntityManager()
                .createNativeQuery("select legacy_until from audit_chain_head where id = 1 for update").getSingleResult();
        // Plain SQL: the start runs no HQL (Hibernate's query grammar loads at the first request that needs it).
        @SuppressWarnings("unchecked")
        List<Number> ids = log.getEntityManager().createNativeQuery(
                "select id from audit_log where seq is null and id <= :until order by id limit " + BATCH)
                .setParameter("until", legacyUntil.longValue()).getResultList();
        List<AuditEntry> unsealed = ids.stream().map(id -> log.getEntityManager().find(AuditEntry.class, id.longValue())).toList();
        unsealed.forEach(log::append);
        return unsealed.size();
    }
}
