package id.integritas.portal.retention;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A case's standing for retention: when it was last closed (null while open), its legal hold, and when its identity
 * and content were destroyed. No row: the case was never closed nor held.
 */
@Entity
@Table(name = "case_retention")
public class CaseRetention extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "held_at")
    public Instant heldAt;

    @Column(name = "held_by")
    public Long heldBy;

    @Column(name = "hold_reason", length = 500)
    public String holdReason;

    @Column(name = "destroyed_at")
    public Instant destroyedAt;

    @Column(name = "destroyed_by_rule_set_id")
    public Long destroyedByRuleSetId;

    public boolean held() {
        return heldAt != null;
    }
}
