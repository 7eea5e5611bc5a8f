package id.integritas.portal.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.validation.RequestValidator;

/** Creating, disabling and re-roling accounts; every change is audited and applies from the next request. */
@ApplicationScoped
public class AccountAdmin {

    public record NewAccount(
            @NotBlank @Pattern(regexp = "^[a-z0-9._-]{3,64}$", message = "username") String username,
            @NotBlank @Size(max = 200) String displayName,
            @Pattern(regexp = "^[0-9]{18}$", message = "nip") String nip,
            @Size(max = 200) String workUnit,
            @Size(max = 200) String position,
            @Email @Size(max = 254) String email,
            String superiorUsername,
            @Size(max = 30) String unitCode,
            @NotEmpty Set<Role> roles,
            @NotBlank @Size(min = 12, max = 72) String password) {
    }

    /**
     * What an administrator changes on an account; a null field stays as it is. {@code unitCode} and
     * {@code superiorUsername} given blank clear the unit or the superior.
     */
    public record Change(Set<Role> roles, Boolean enabled, String unitCode, String superiorUsername) {

        public Change(Set<Role> roles, Boolean enabled) {
            this(roles, enabled, null, null);
        }
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    RequestValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    AccountStates states;

    @Inject
    PersonNames names;

    @Transactional
    public Account create(NewAccount n, Long actorId) {
        validator.check(n, List.of());
        if (accounts.findByUsername(n.username()).isPresent()) {
            throw new InvalidInputException(new FieldError("username", "taken"));
        }
        if (n.nip() != null && accounts.count("nip", n.nip()) > 0) {
            throw new InvalidInputException(new FieldError("nip", "taken"));
        }
        Account a = new Account();
        a.username = n.username();
        a.displayName = n.displayName();
        a.nip = n.nip();
        a.workUnit = n.workUnit();
        a.position = n.position();
        a.email = n.email();
        a.superiorId = superior(n.superiorUsername(), "superiorUsername", null);
        a.unitCode = unit(n.unitCode(), "unitCode");
        a.roles = EnumSet.copyOf(n.roles());
        a.passwordHash = hasher.hash(n.password());
        a.createdAt = clock.instant();
        names.apply(a); // recusal compares these hashes with the people reports name
        accounts.persist(a);
        audit.record(actorId, "ACCOUNT_CREATED", "ACCOUNT", a.id, "roles=" + a.roles + " unit=" + a.unitCode
                + " superior=" + a.superiorId);
        return a;
    }

    @Transactional
    public Account change(String username, Change c, Long actorId) {
        Account a = accounts.findByUsername(username).orElseThrow(id.integritas.portal.system.api.ApiProblemException::notFound);
        if (c.roles() != null) {
            if (c.roles().isEmpty()) {
                throw new InvalidInputException(new FieldError("roles", "required"));
            }
            a.roles = EnumSet.copyOf(c.roles());
        }
        if (c.unitCode() != null) {
            a.unitCode = unit(c.unitCode(), "unitCode");
        }
        if (c.superiorUsername() != null) {
            a.superiorId = superior(c.superiorUsername(), "superiorUsername", a.id);
        }
        if (c.enabled() != null) {
            a.enabled = c.enabled();
        }
        states.invalidate(a.id);
        audit.record(actorId, "ACCOUNT_CHANGED", "ACCOUNT", a.id,
                "roles=" + a.roles + " enabled=" + a.enabled + " unit=" + a.unitCode + " superior=" + a.superiorId);
        return a;
    }

    /** The superior's account id by username (blank: none); never the account itself. */
    private Long superior(String username, String field, Long self) {
        if (username == null || username.isBlank()) {
            return null;
        }
        Account s = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new InvalidInputException(new FieldError(field, "unknown_account")));
        if (s.id.equals(self)) {
            throw new InvalidInputException(new FieldError(field, "superior_self"));
        }
        return s.id;
    }

    /** An active unit of org_unit (blank: none). */
    private String unit(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        if (!accounts.activeUnits().containsKey(c)) {
            throw new InvalidInputException(new FieldError(field, "unknown_option"));
        }
        return c;
    }
}
