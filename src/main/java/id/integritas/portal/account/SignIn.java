package id.integritas.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.PortalConfig;

/**
 * Checks a username and password. After {@code portal.session.failures-before-throttle} failures in a row the
 * account is paused for 30 s, doubling with each further failure up to 15 minutes; the pause is stored in the
 * database so that every instance applies it.
 */
@ApplicationScoped
public class SignIn {

    private static final Duration MAX_PAUSE = Duration.ofMinutes(15);

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionTokens tokens;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Transactional
    public Optional<String> attempt(String username, String password) {
        Optional<Account> found = username == null ? Optional.empty() : accounts.findByUsername(username.strip());
        if (found.isEmpty() || !found.get().enabled) {
            hasher.burn(password);
            return Optional.empty();
        }
        Account account = found.get();
        if (account.throttledUntil != null && clock.instant().isBefore(account.throttledUntil)) {
            hasher.burn(password);
            audit.record(account.id, "SIGN_IN_THROTTLED", "ACCOUNT", account.id, null);
            return Optional.empty();
        }
        if (!hasher.matches(password, account.passwordHash)) {
            account.failedLogins++;
            int over = account.failedLogins - config.session().failuresBeforeThrottle();
            if (over >= 0) {
                Duration pause = Duration.ofSeconds(30L << Math.min(over, 10));
                account.throttledUntil = clock.instant().plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
            }
            audit.record(account.id, "SIGN_IN_FAILED", "ACCOUNT", account.id, null);
            return Optional.empty();
        }
        account.failedLogins = 0;
        account.throttledUntil = null;
        audit.record(account.id, "SIGN_IN", "ACCOUNT", account.id, null);
        return Optional.of(tokens.issue(account));
    }
}
