package id.integritas.portal.account.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.AccountStates;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.EncryptionLabels;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * An account's second factor: enrolment (a new secret, confirmed with a first code, which yields the recovery
 * codes once), the check at sign-in and an administrator's reset. The secret is sealed with the data keys and bound
 * to its account; an accepted code's time step is remembered, so neither that code nor an older one works again.
 */
@ApplicationScoped
public class SecondFactors {

    /** What a person needs to add the account to an authenticator app. */
    public record Enrolment(String secret, String otpauthUri) {
    }

    public enum Check {
        CODE, RECOVERY_CODE, WRONG
    }

    private final TotpCodes codes = new TotpCodes();

    @Inject
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountStates states;

    @Inject
    DataCipher cipher;

    @Inject
    RecoveryCodes recoveryCodes;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<SecondFactorWasReset> resets;

    /** Starts (or starts again) enrolment with a new secret; refused once a second factor is confirmed. */
    @Transactional
    public Enrolment start(long accountId) {
        Account account = accounts.findById(accountId);
        if (account == null) {
            throw ApiProblemException.notFound();
        }
        if (enrolled(accountId)) {
            throw new ApiProblemException(409, "second-factor-already-enrolled");
        }
        byte[] secret = TotpCodes.newSecret();
        em.createNativeQuery("""
                insert into second_factor (account_id, secret, confirmed_at, last_used_step, created_at)
                values (?1, ?2, null, null, ?3)
                on conflict (account_id) do update set secret = excluded.secret, confirmed_at = null,
                  last_used_step = null, created_at = excluded.created_at""")
                .setParameter(1, accountId).setParameter(2, seal(accountId, secret)).setParameter(3, clock.instant())
                .executeUpdate();
        em.createNativeQuery("delete from recovery_code where account_id = ?1").setParameter(1, accountId).executeUpdate();
        audit.record(accountId, "SECOND_FACTOR_ENROLMENT_STARTED", "ACCOUNT", accountId, null);
        return enrolment(account.username, secret);
    }

    /** The enrolment started and not yet confirmed, if any (the page shows it again instead of starting anew). */
    @Transactional
    public Optional<Enrolment> pending(long accountId) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery(
                "select secret from second_factor where account_id = ?1 and confirmed_at is null")
                .setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Account account = accounts.findById(accountId);
        return Optional.of(enrolment(account.username, open(accountId, rows.get(0))));
    }

    /**
     * Finishes enrolment with a code from the app. Returns the recovery codes: the only time they exist in clear.
     * The person's sessions keep working and gain their roles (the second factor was just proven).
     */
    @Transactional
    public List<String> confirm(long accountId, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select secret, confirmed_at from second_factor where account_id = ?1 for update")
                .setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            throw new ApiProblemException(409, "second-factor-not-started");
        }
        if (rows.get(0)[1] != null) {
            throw new ApiProblemException(409, "second-factor-already-enrolled");
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("code", "required")));
        }
        OptionalLong step = codes.matchingStep(open(accountId, (byte[]) rows.get(0)[0]), code, clock.instant());
        if (step.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("code", "second_factor_wrong")));
        }
        em.createNativeQuery("update second_factor set confirmed_at = ?2, last_used_step = ?3 where account_id = ?1")
                .setParameter(1, accountId).setParameter(2, clock.instant()).setParameter(3, step.getAsLong())
                .executeUpdate();
        List<String> recovery = recoveryCodes.generate();
        for (String r : recovery) {
            em.createNativeQuery("insert into recovery_code (account_id, code_hash) values (?1, ?2)")
                    .setParameter(1, accountId).setParameter(2, recoveryCodes.hash(r)).executeUpdate();
        }
        states.invalidate(accountId);
        audit.record(accountId, "SECOND_FACTOR_ENROLLED", "ACCOUNT", accountId, null);
        return recovery;
    }

    public boolean enrolled(long accountId) {
        return !enrolled(List.of(accountId)).isEmpty();
    }

    /** Which of the accounts have a confirmed second factor (one query for a page of accounts). */
    @Transactional
    public Set<Long> enrolled(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(
                "select account_id from second_factor where account_id in (?1) and confirmed_at is not null")
                .setParameter(1, accountIds).getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.longValue()));
        return ids;
    }

    /**
     * Checks a code at sign-in, in the caller's transaction: a TOTP code of a step after the last one used, or an
     * unused recovery code. An accepted one is spent at once (a single conditional update, so two parallel
     * sign-ins with the same code cannot both pass).
     */
    public Check verify(long accountId, String given, Instant now) {
        if (given == null || given.isBlank() || given.length() > 40) {
            return Check.WRONG;
        }
        if (TotpCodes.looksLikeCode(given)) {
            @SuppressWarnings("unchecked")
            List<byte[]> rows = em.createNativeQuery(
                    "select secret from second_factor where account_id = ?1 and confirmed_at is not null")
                    .setParameter(1, accountId).getResultList();
            if (rows.isEmpty()) {
                return Check.WRONG;
            }
            OptionalLong step = codes.matchingStep(open(accountId, rows.get(0)), given, now);
            if (step.isEmpty()) {
                return Check.WRONG;
            }
            int spent = em.createNativeQuery("""
                    update second_factor set last_used_step = ?2
                    where account_id = ?1 and (last_used_step is null or last_used_step < ?2)""")
                    .setParameter(1, accountId).setParameter(2, step.getAsLong()).executeUpdate();
            return spent == 1 ? Check.CODE : Check.WRONG;
        }
        int spent = em.createNativeQuery("""
                update recovery_code set used_at = ?3
                where account_id = ?1 and code_hash = ?2 and used_at is null""")
                .setParameter(1, accountId).setParameter(2, recoveryCodes.hash(given)).setParameter(3, now)
                .executeUpdate();
        if (spent == 1) {
            audit.record(accountId, "RECOVERY_CODE_USED", "ACCOUNT", accountId, "left=" + recoveryCodesLeft(accountId));
            return Check.RECOVERY_CODE;
        }
        return Check.WRONG;
    }

    public long recoveryCodesLeft(long accountId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from recovery_code where account_id = ?1 and used_at is null")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    /**
     * An administrator removes a person's second factor (lost phone and codes): the person's sessions end, and at the
     * next sign-in after the password they enrol again. Audited; {@link SecondFactorWasReset} tells the person.
     */
    @Transactional
    public void reset(String username, Long actorId) {
        Account a = accounts.findByUsername(username).orElseThrow(ApiProblemException::notFound);
        int removed = em.createNativeQuery("delete from second_factor where account_id = ?1").setParameter(1, a.id)
                .executeUpdate();
        em.createNativeQuery("delete from recovery_code where account_id = ?1").setParameter(1, a.id).executeUpdate();
        em.createNativeQuery("update account set session_version = session_version + 1 where id = ?1")
                .setParameter(1, a.id).executeUpdate();
        states.invalidate(a.id);
        Instant now = clock.instant();
        audit.record(actorId, "SECOND_FACTOR_RESET", "ACCOUNT", a.id, removed == 0 ? "none-enrolled" : null);
        resets.fire(new SecondFactorWasReset(a.id, actorId, now));
    }

    private Enrolment enrolment(String username, byte[] secret) {
        String base32 = TotpCodes.base32(secret);
        String issuer = config.secondFactor().issuer();
        String uri = "otpauth://totp/" + encode(issuer) + ":" + encode(username) + "?secret=" + base32 + "&issuer="
                + encode(issuer) + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period=" + TotpCodes.STEP.getSeconds();
        return new Enrolment(base32, uri);
    }

    private byte[] seal(long accountId, byte[] secret) {
        return cipher.encrypt(secret, EncryptionLabels.SECOND_FACTOR_SECRET + ":" + accountId);
    }

    private byte[] open(long accountId, byte[] sealed) {
        return cipher.decrypt(sealed, EncryptionLabels.SECOND_FACTOR_SECRET + ":" + accountId);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
