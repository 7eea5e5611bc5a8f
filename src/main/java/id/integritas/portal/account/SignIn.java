package id.integritas.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.account.totp.SecondFactors;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.PortalConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Checks a username and password. Every path costs exactly one bcrypt verification (unknown, disabled and paused
 * accounts are checked against a dummy hash), outside any transaction. Failures are counted with single SQL
 * statements (no read-modify-write of the account row, so parallel attempts cannot collide) and every one is
 * audited. After {@code portal.session.failures-before-throttle} failures from one source that source is paused
 * for the account for 30 s, doubling up to 15 minutes; other sources (the owner at their desk) are not.
 * An account with a second factor also needs a TOTP or recovery code after the right password; a wrong one is a
 * failure like a wrong password (counted, audited, throttled), a missing one only asks for it.
 */
@ApplicationScoped
public class SignIn {

    private static final Duration MAX_PAUSE = Duration.ofMinutes(15);

    /** What a sign-in attempt came to. */
    public sealed interface Outcome permits Success, SecondFactorNeeded, Failed {
    }

    public record Success(String token, boolean mustChangePassword, AccountStates.State account) implements Outcome {
    }

    /** The password was right and the account has a second factor: ask for a code ({@code ticket} for the page). */
    public record SecondFactorNeeded(String ticket) implements Outcome {
    }

    public record Failed(Failure failure) implements Outcome {
    }

    public enum Failure {
        /** Unknown account, wrong password, disabled or paused: one answer for all. */
        CREDENTIALS,
        /** A wrong, reused or spent code (counted like a wrong password). */
        SECOND_FACTOR,
        /** The page's second-step ticket is invalid or older than five minutes: start again. */
        STEP_EXPIRED
    }

    private record Snapshot(long id, String passwordHash, boolean enabled, Instant pausedUntil, int sessionVersion,
            boolean secondFactor) {
    }

    @Inject
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionTokens tokens;

    @Inject
    SignInSources sources;

    @Inject
    AccountStates states;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    SecondFactors secondFactors;

    @Inject
    SignInSteps steps;

    /**
     * @param code a TOTP code or a recovery code; needed when the account has a second factor (without it the
     *        answer is {@link SecondFactorNeeded}, with a wrong one a failure counted like a wrong password)
     * @param clientAddress the client address as seen through the proxy headers; only its keyed hash is kept
     */
    public Outcome attempt(String username, String password, String code, String clientAddress) {
        String source = sources.hash(clientAddress);
        String name = username == null ? "" : username.strip();
        Snapshot s = name.isEmpty() || name.length() > 64 ? null
                : QuarkusTransaction.requiringNew().call(() -> snapshot("lower(a.username) = lower(?1)", name, source));
        Instant now = clock.instant();
        boolean paused = s != null && s.pausedUntil() != null && now.isBefore(s.pausedUntil());
        boolean usable = s != null && s.enabled() && !paused;
        boolean ok = hasher.verify(password, usable ? s.passwordHash() : null);
        if (ok) {
            if (!s.secondFactor()) {
                return QuarkusTransaction.requiringNew().call(() -> succeed(s.id(), source, now));
            }
            if (code == null || code.isBlank()) {
                return new SecondFactorNeeded(steps.issue(s.id(), s.sessionVersion(), source, now));
            }
            return withCode(s, code, source, now);
        }
        String outcome = s == null ? "unknown-account" : !s.enabled() ? "disabled" : paused ? "paused" : "wrong-password";
        QuarkusTransaction.requiringNew().run(() -> fail(s, source, outcome, now));
        return new Failed(Failure.CREDENTIALS);
    }

    /** The sign-in page's second step: the code, with the ticket its first step gave for the right password. */
    public Outcome secondStep(String ticket, String code, String clientAddress) {
        String source = sources.hash(clientAddress);
        Instant now = clock.instant();
        var t = steps.read(ticket, source, now);
        if (t.isEmpty()) {
            return new Failed(Failure.STEP_EXPIRED);
        }
        Snapshot s = QuarkusTransaction.requiringNew().call(() -> snapshot("a.id = ?1", t.get().accountId(), source));
        if (s == null || s.sessionVersion() != t.get().sessionVersion() || !s.secondFactor()) {
            return new Failed(Failure.STEP_EXPIRED);
        }
        boolean paused = s.pausedUntil() != null && now.isBefore(s.pausedUntil());
        if (!s.enabled() || paused) {
            QuarkusTransaction.requiringNew().run(() -> fail(s, source, paused ? "paused" : "disabled", now));
            return new Failed(Failure.CREDENTIALS);
        }
        return withCode(s, code, source, now);
    }

    private Outcome withCode(Snapshot s, String code, String source, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (secondFactors.verify(s.id(), code, now) == SecondFactors.Check.WRONG) {
                fail(s, source, "wrong-second-factor", now);
                return new Failed(Failure.SECOND_FACTOR);
            }
            return succeed(s.id(), source, now);
        });
    }

    private Snapshot snapshot(String condition, Object key, String source) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.password_hash, a.enabled, t.paused_until, a.session_version,
                  f.confirmed_at is not null from account a
                left join sign_in_throttle t on t.account_id = a.id and t.source_hash = ?2
                left join second_factor f on f.account_id = a.id
                where """ + " " + condition).setParameter(1, key).setParameter(2, source).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Snapshot(((Number) r[0]).longValue(), (String) r[1], (Boolean) r[2], instant(r[3]),
                ((Number) r[4]).intValue(), (Boolean) r[5]);
    }

    private Success succeed(long id, String source, Instant now) {
        em.createNativeQuery("delete from sign_in_throttle where account_id = ?1 and (source_hash = ?2 or last_failure_at < ?3)")
                .setParameter(1, id).setParameter(2, source).setParameter(3, now.minus(Duration.ofDays(1))).executeUpdate();
        em.createNativeQuery("update account set failed_logins = 0 where id = ?1 and failed_logins <> 0")
                .setParameter(1, id).executeUpdate();
        audit.record(id, "SIGN_IN", "ACCOUNT", id, "source=" + SignInSources.shortForm(source));
        Account account = accounts.findById(id);
        AccountStates.State state = states.get(id).orElseThrow();
        return new Success(tokens.issue(account), account.mustChangePassword, state);
    }

    private void fail(Snapshot s, String source, String outcome, Instant now) {
        String reason = outcome + " source=" + SignInSources.shortForm(source);
        if (s == null) {
            // No username in the log: people type their password into the wrong field.
            audit.record(null, "SIGN_IN_FAILED", "ACCOUNT", null, reason);
            return;
        }
        int failures = ((Number) em.createNativeQuery("""
                insert into sign_in_throttle (account_id, source_hash, failures, last_failure_at) values (?1, ?2, 1, ?3)
                on conflict (account_id, source_hash) do update
                  set failures = sign_in_throttle.failures + 1, last_failure_at = excluded.last_failure_at
                returning failures""").setParameter(1, s.id()).setParameter(2, source).setParameter(3, now)
                .getSingleResult()).intValue();
        int over = failures - config.session().failuresBeforeThrottle();
        if (over >= 0) {
            Duration pause = Duration.ofSeconds(30L << Math.min(over, 10));
            em.createNativeQuery("update sign_in_throttle set paused_until = ?3 where account_id = ?1 and source_hash = ?2")
                    .setParameter(1, s.id()).setParameter(2, source)
                    .setParameter(3, now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause)).executeUpdate();
        }
        em.createNativeQuery("update account set failed_logins = failed_logins + 1, last_failed_login_at = ?2 where id = ?1")
                .setParameter(1, s.id()).setParameter(2, now).executeUpdate();
        audit.record(null, "paused".equals(outcome) ? "SIGN_IN_THROTTLED" : "SIGN_IN_FAILED", "ACCOUNT", s.id(), reason);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
