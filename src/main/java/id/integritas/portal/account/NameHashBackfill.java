package id.integritas.portal.account;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.integritas.portal.system.StartupQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * At start-up, gives the name and NIP hashes to accounts that have none yet (accounts created before recusal
 * existed, or by hand in the database). Idempotent: an account with its hashes is not touched; one whose name
 * normalises to nothing (only titles) is looked at again on the next start, which costs one indexed query.
 */
@ApplicationScoped
public class NameHashBackfill {

    private static final Logger LOG = Logger.getLogger(NameHashBackfill.class);

    @Inject
    AccountRepository accounts;

    @Inject
    PersonNames names;

    @Inject
    DataSource dataSource;

    /** A database that is down at start must not stop the portal (it answers 503 until it is back). */
    void onStart(@Observes @jakarta.annotation.Priority(20) StartupEvent event) {
        try {
            if (anyMissing()) {
                fill();
            }
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("Name/NIP hash backfill skipped (%s); it runs again at the next start", e.getClass().getSimpleName());
        }
    }

    private static final String MISSING = "select id from account where name_hash is null or (nip is not null and nip_hash is null)";

    private boolean anyMissing() throws SQLException {
        return StartupQueries.exists(dataSource, MISSING);
    }

    /** Fills the missing hashes (idempotent). */
    public void fill() {
        QuarkusTransaction.requiringNew().run(this::fillInTransaction);
    }

    private void fillInTransaction() {
        // Plain SQL: the start runs no HQL, so Hibernate's query grammar loads at the first request that needs it.
        @SuppressWarnings("unchecked")
        List<Number> ids = accounts.getEntityManager().createNativeQuery(MISSING).getResultList();
        List<Account> missing = ids.stream().map(id -> accounts.getEntityManager().find(Account.class, id.longValue())).toList();
        int filled = 0;
        for (Account a : missing) {
            names.apply(a);
            if (a.nameHash != null || a.nipHash != null) {
                filled++;
            }
        }
        if (filled > 0) {
            LOG.infof("Gave name/NIP hashes to %d account(s) for recusal", filled);
        }
    }
}
