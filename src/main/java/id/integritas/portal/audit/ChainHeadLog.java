package id.integritas.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Once a day the chain head (seq and hash) goes to the application log, so an operator's log store keeps a copy
 * outside the database: a chain rewritten from some point on no longer contains a head logged after that point.
 */
@ApplicationScoped
public class ChainHeadLog {

    private static final Logger LOG = Logger.getLogger(ChainHeadLog.class);

    @Inject
    AuditLog log;

    @Scheduled(cron = "{portal.audit.head-log-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void logHead() {
        LOG.info(head());
    }

    String head() {
        Object[] head = QuarkusTransaction.requiringNew().call(() -> (Object[]) log.getEntityManager()
                .createNativeQuery("select last_seq, last_hash from audit_chain_head where id = 1").getSingleResult());
        return "audit chain head " + head[0] + ":" + AuditChain.hex((byte[]) head[1]);
    }
}
