package id.integritas.portal.account;

import java.sql.SQLException;
import java.util.EnumSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.StartupQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/** Creates the first administrator from {@code portal.bootstrap.admin.*} when there are no accounts at all. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PortalConfig config;

    @Inject
    PersonNames names;

    @Inject
    DataSource dataSource;

    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
        var b = config.bootstrap().admin();
        if (b.username().isEmpty() || b.password().isEmpty() || anyAccount()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::createFirstAdministrator);
    }

    void createFirstAdministrator() {
        var b = config.bootstrap().admin();
        Account a = new Account();
        a.username = b.username().get();
        a.displayName = b.displayName();
        a.roles = EnumSet.of(Role.ADMIN);
        a.passwordHash = hasher.hash(b.password().get());
        a.createdAt = java.time.Instant.now();
        names.apply(a);
        accounts.persist(a);
        LOG.infof("Created the first administrator account '%s' from portal.bootstrap.admin", a.username);
    }

    private boolean anyAccount() {
        try {
            return StartupQueries.exists(dataSource, "select 1 from account");
        } catch (SQLException e) {
            throw new IllegalStateException("could not check for accounts: " + e.getMessage(), e);
        }
    }
}
