package id.integritas.portal.account;

import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.integritas.portal.system.PortalConfig;
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

    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
        var b = config.bootstrap().admin();
        if (b.username().isEmpty() || b.password().isEmpty() || anyAccount()) {
            return;
        }
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

    /** Plain SQL: the start runs no HQL (Hibernate's query grammar loads at the first request that needs it). */
    private boolean anyAccount() {
        return (Boolean) accounts.getEntityManager().createNativeQuery("select exists (select 1 from account)").getSingleResult();
    }
}
