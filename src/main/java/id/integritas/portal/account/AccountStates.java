package id.integritas.portal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import id.integritas.portal.account.totp.SecondFactorPolicy;
import id.integritas.portal.system.PortalConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What a session may do is read from the account row, not from the token: roles, enabled flag, session version
 * and the one-time-password flag. Kept in memory for {@code portal.session.account-check-cache} at most (so a
 * change made on another instance applies within seconds) and dropped here as soon as a change commits.
 */
@ApplicationScoped
public class AccountStates {

    /** The parts of an account that decide what its sessions may do. */
    public record State(long id, String username, String displayName, Set<Role> roles, boolean enabled,
            int sessionVersion, boolean mustChangePassword, boolean secondFactorPending) {

        /**
         * Roles in force: none while a one-time password has not been replaced, nor while a role that requires a
         * second factor waits for its enrolment.
         */
        public Set<Role> effectiveRoles() {
            return mustChangePassword || secondFactorPending ? Set.of() : roles;
        }
    }

    private record Cached(Optional<State> state, Instant loadedAt) {
    }

    private final ConcurrentHashMap<Long, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    AccountRepository accounts;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SecondFactorPolicy secondFactor;

    @Inject
    EntityManager em;

    /** Blocking: may read the database. */
    public Optional<State> get(long id) {
        Instant now = clock.instant();
        Cached c = cache.get(id);
        if (c != null && c.loadedAt().plus(config.session().accountCheckCache()).isAfter(now)) {
            return c.state();
        }
        Optional<State> state = QuarkusTransaction.joiningExisting().call(() -> Optional.ofNullable(accounts.findById(id))
                .map(a -> new State(a.id, a.username, a.displayName,
                        a.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles), a.enabled,
                        a.sessionVersion, a.mustChangePassword,
                        secondFactor.requiredFor(a.roles) && !secondFactorConfirmed(a.id))));
        cache.put(id, new Cached(state, now));
        return state;
    }

    private boolean secondFactorConfirmed(long id) {
        return !em.createNativeQuery("select 1 from second_factor where account_id = ?1 and confirmed_at is not null")
                .setParameter(1, id).getResultList().isEmpty();
    }

    /** Forgets the account now and again when the current transaction ends (so no reader caches the old row). */
    public void invalidate(long id) {
        cache.remove(id);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    cache.remove(id);
                }
            });
        }
    }
}
