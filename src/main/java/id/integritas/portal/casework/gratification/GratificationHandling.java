package id.integritas.portal.casework.gratification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What the UPG decided and did with one gratification report, filled step by step. */
@Entity
@Table(name = "gratification_handling")
public class GratificationHandling extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @Column(name = "exemption_set_id")
    public Long exemptionSetId;

    @Column(name = "exemption_code", length = 40)
    public String exemptionCode;

    @Column(name = "exemption_decided_at")
    public Instant exemptionDecidedAt;

    @Column(name = "exemption_decided_by")
    public Long exemptionDecidedBy;

    @Column(name = "kpk_registration_number", length = 100)
    public String kpkRegistrationNumber;

    @Column(name = "forwarded_on")
    public LocalDate forwardedOn;

    @Column(name = "kpk_decision_number", length = 100)
    public String kpkDecisionNumber;

    @Column(name = "kpk_decision_date")
    public LocalDate kpkDecisionDate;

    @Column(name = "kpk_outcome", length = 40)
    public String kpkOutcome;

    @Column(length = 30)
    public String custody;

    @Column(name = "receipt_number", length = 100)
    public String receiptNumber;

    @Column(name = "storage_place", length = 300)
    public String storagePlace;

    @Column(name = "proof_attachment_id")
    public Long proofAttachmentId;

    @Column(name = "handed_over_on")
    public LocalDate handedOverOn;
}
