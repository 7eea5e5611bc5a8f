package id.integritas.portal.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Passwords and sessions: an administrator's one-time password (the person must replace it at the next sign-in),
 * the person's own change, and sign-out. Each raises the account's session version, which revokes every token
 * issued before, on every instance (the version lives in the database).
 */
@ApplicationScoped
public class AccountPasswords {

    public static final int MIN_LENGTH = 12;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionTokens tokens;

    @Inject
    AccountStates states;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    JWTParser parser;

    /** An administrator sets a one-time password; the account's sessions end and no role applies until it is changed. */
    @Transactional
    public void reset(String username, String oneTimePassword, Long actorId) {
        Account a = accounts.findByUsername(username).orElseThrow(ApiProblemException::notFound);
        List<FieldError> errors = new ArrayList<>();
        checkStrength("password", oneTimePassword, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        a.passwordHash = hasher.hash(oneTimePassword);
        a.mustChangePassword = true;
        a.sessionVersion++;
        states.invalidate(a.id);
        audit.record(actorId, "PASSWORD_RESET", "ACCOUNT", a.id, null);
    }

    /**
     * The signed-in person replaces their password (after a reset, or by choice). Returns a new session token: the
     * old ones, on every device, stop working.
     */
    public String change(long accountId, String current, String next, String confirmation) {
        Account snapshot = QuarkusTransaction.requiringNew().call(() -> accounts.findById(accountId));
        if (snapshot == null || !snapshot.enabled) {
            throw new io.quarkus.security.ForbiddenException();
        }
        List<FieldError> errors = new ArrayList<>();
        // Verified first and always, so the answer's timing does not depend on the other fields.
        if (!hasher.verify(current, snapshot.passwordHash)) {
            errors.add(new FieldError("currentPassword", "password_wrong"));
        }
        checkStrength("newPassword", next, errors);
        if (errors.stream().noneMatch(e -> e.field().equals("newPassword")) && next.equals(current)) {
            errors.add(new FieldError("newPassword", "password_same"));
        }
        if (confirmation != null && !confirmation.equals(next)) {
            errors.add(new FieldError("confirmPassword", "password_mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String hash = hasher.hash(next);
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = accounts.findById(accountId);
            a.passwordHash = hash;
            a.mustChangePassword = false;
            a.sessionVersion++;
            states.invalidate(a.id);
            audit.record(a.id, "PASSWORD_CHANGED", "ACCOUNT", a.id, null);
            em.flush();
            return tokens.issue(a);
        });
    }

    /** Ends every session of the token's account. A token that is already invalid has nothing left to end. */
    public void signOut(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return;
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(rawToken);
        } catch (ParseException e) {
            return;
        }
        Long version = SessionCheck.sessionVersion(jwt);
        long id;
        try {
            id = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            return;
        }
        if (version == null) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            int changed = em.createNativeQuery(
                    "update account set session_version = session_version + 1 where id = ?1 and session_version = ?2")
                    .setParameter(1, id).setParameter(2, version.intValue()).executeUpdate();
            if (changed > 0) {
                states.invalidate(id);
                audit.record(id, "SIGN_OUT", "ACCOUNT", id, null);
            }
        });
    }

    static void checkStrength(String field, String password, List<FieldError> errors) {
        if (password == null || password.isBlank()) {
            errors.add(new FieldError(field, "required"));
        } else if (password.length() < MIN_LENGTH) {
            errors.add(new FieldError(field, "too_few_chars", List.of(MIN_LENGTH)));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_BYTES) {
            errors.add(new FieldError(field, "too_long", List.of(PasswordHasher.MAX_BYTES)));
        }
    }
}
