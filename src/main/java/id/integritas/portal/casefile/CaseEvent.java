package id.integritas.portal.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step in a case's history; the reporter sees its date and public status. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 40)
    public String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_status", nullable = false, length = 20)
    public PublicStatus publicStatus;

    @Column(name = "actor_account_id")
    public Long actorAccountId;

    @Column(length = 500)
    public String reason;

    /** Where the case was forwarded to, when this step forwarded it; public (an institution, never a person). */
    @Column(length = 200)
    public String destination;

    /** What the officer did ({@link CaseAction#eventCode()}), null for intake and steps of the system. */
    @Column(length = 30)
    public String action;

    /** The officer a disposisi went to. */
    @Column(name = "assignee_account_id")
    public Long assigneeAccountId;

    /** The unit a disposisi went to. */
    @Column(name = "assigned_unit_code", length = 30)
    public String assignedUnitCode;

    /** The outside reference of a forwarding (SP4N-LAPOR! id, letter number, KPK registration number). */
    @Column(name = "external_reference", length = 100)
    public String externalReference;

    /** Ids of the case's attachments documenting the step (answer letter, KPK decision scan), comma-separated. */
    @Column(name = "attachment_ids", length = 300)
    public String attachmentIds;

    /** The message to the reporter sent with the step (answer, ask-more). */
    @Column(name = "message_id")
    public Long messageId;

    public static CaseEvent of(ReportCase c, Long actor, String reason, Instant at) {
        CaseEvent e = new CaseEvent();
        e.caseId = c.id;
        e.occurredAt = at;
        e.status = c.status;
        e.publicStatus = c.publicStatus();
        e.actorAccountId = actor;
        e.reason = reason;
        return e;
    }

    public static CaseEvent received(ReportCase c) {
        return of(c, null, null, c.submittedAt);
    }
}
