package id.integritas.portal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who did what to which record, when and why. Never holds report content or identities. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_account_id")
    public Long actorAccountId;

    @Column(nullable = false, length = 60)
    public String action;

    @Column(name = "target_type", length = 30)
    public String targetType;

    @Column(name = "target_id")
    public Long targetId;

    @Column(length = 500)
    public String reason;

    /** Position in the hash chain (1, 2, ...); null only for rows not sealed yet (written before the chain existed). */
    @Column(name = "seq")
    public Long seq;

    /** The {@link #entryHash} of the entry at {@code seq - 1} (32 zero bytes for the first). */
    @Column(name = "prev_hash")
    public byte[] prevHash;

    /** SHA-256 over {@link #prevHash} and this entry's fields, see {@link AuditChain#hash}. */
    @Column(name = "entry_hash")
    public byte[] entryHash;
}
