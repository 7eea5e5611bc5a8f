package id.integritas.portal.casework.conflict;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The decision on a conflict-of-interest declaration; analysis and replacement official encrypted. */
@Entity
@Table(name = "conflict_decision")
public class ConflictDecision extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @Column(nullable = false)
    public byte[] analysis;

    @Enumerated(EnumType.STRING)
    @Column(name = "control_measure", nullable = false, length = 30)
    public ControlMeasure controlMeasure;

    @Column(name = "replacement_official")
    public byte[] replacementOfficial;

    @Column(name = "decided_by", nullable = false)
    public Long decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "implemented_by")
    public Long implementedBy;

    @Column(name = "implemented_at")
    public Instant implementedAt;
}
