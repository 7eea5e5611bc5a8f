package id.integritas.portal.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.integritas.portal.casefile.EnumSetConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An employee or officer account. Citizens and whistleblowers never have one. (Entities extend
 * PanacheEntityBase only so that Quarkus rewrites public-field access; queries live in repositories.)
 */
@Entity
@Table(name = "account")
@io.quarkus.qute.TemplateData
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(length = 18)
    public String nip;

    @Column(name = "work_unit", length = 200)
    public String workUnit;

    @Column(length = 200)
    public String position;

    @Column(length = 254)
    public String email;

    /** The organisation unit (org_unit) the employee works in; complaints assigned to it are visible to its officers. */
    @Column(name = "unit_code", length = 30)
    public String unitCode;

    /** Keyed hashes of the normalised name and of the NIP, matched against case_named_person for recusal. */
    @Column(name = "name_hash")
    public byte[] nameHash;

    @Column(name = "nip_hash")
    public byte[] nipHash;

    /** The employee's direct superior (atasan langsung), who decides on their conflict-of-interest declarations. */
    @Column(name = "superior_id")
    public Long superiorId;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false, length = 200)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "throttled_until")
    public Instant throttledUntil;

    @Column(name = "last_failed_login_at")
    public Instant lastFailedLoginAt;

    /** Every session token carries this; raising it (logout, password reset or change) revokes older tokens. */
    @Column(name = "session_version", nullable = false)
    public int sessionVersion;

    /** Set when an administrator gave a one-time password: no role applies until the person chooses their own. */
    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Converter
    public static class RolesConverter extends EnumSetConverter<Role> {
        public RolesConverter() {
            super(Role.class);
        }
    }
}
