package id.integritas.portal.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A report on any channel. Plain columns hold only what routing, deadlines and reports need; everything the
 * reporter wrote is in {@link #content}, encrypted, and the reporter's identity is in {@link ReporterIdentity}.
 */
@Entity
@Table(name = "report_case")
public class ReportCase extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    public Channel channel;

    @Column(name = "registration_number", nullable = false, length = 24)
    public String registrationNumber;

    @Column(name = "tracking_hash", nullable = false)
    public byte[] trackingHash;

    @Column(nullable = false, length = 40)
    public String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_mode", nullable = false, length = 10)
    public IdentityMode identityMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "intake_medium", nullable = false, length = 20)
    public IntakeMedium intakeMedium = IntakeMedium.WEB;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "event_date")
    public LocalDate eventDate;

    @Column(length = 30)
    public String classification;

    @Column(name = "service_code", length = 60)
    public String serviceCode;

    @Column(name = "problem_type_code", length = 60)
    public String problemTypeCode;

    @Column(name = "category_code", length = 60)
    public String categoryCode;

    @Column(name = "gratification_type", length = 20)
    public String gratificationType;

    @Column(name = "gift_kind", length = 30)
    public String giftKind;

    @Column(name = "gift_value", precision = 18, scale = 2)
    public BigDecimal giftValue;

    @Column(name = "gift_currency", length = 3)
    public String giftCurrency;

    @Column(name = "gift_occasion_code", length = 60)
    public String giftOccasionCode;

    @Column(name = "gift_received_on")
    public LocalDate giftReceivedOn;

    @Column(name = "conflict_kind", length = 20)
    public String conflictKind;

    @Column(name = "conflict_type", length = 20)
    public String conflictType;

    /** The year an annual interests register is for (plain, so the register campaign counts without decrypting). */
    @Column(name = "register_year")
    public Short registerYear;

    @Column(name = "external_reference", length = 100)
    public String externalReference;

    /** Null once the retention job destroyed it (see retention.RetentionPurger). */
    @Column
    public byte[] content;

    @Column(name = "content_digest", nullable = false, length = 64)
    public String contentDigest;

    /** 1: unkeyed SHA-256 (old rows); 2: HMAC-SHA256 under {@link #digestSalt} (see intake.ContentDigest). */
    @Column(name = "digest_version", nullable = false)
    public int digestVersion;

    /** The per-report digest salt, encrypted; null for version 1. */
    @Column(name = "digest_salt")
    public byte[] digestSalt;

    /** The employee who filed it (gratification, conflict of interest), for their "my reports"; null otherwise. */
    @Column(name = "filed_by_account_id")
    public Long filedByAccountId;

    /** The language the report was filed in ({@code id} or {@code en}); mails to its reporter use it. */
    @Column(name = "filing_locale", nullable = false, length = 5)
    public String filingLocale = "id";

    /** TEAM: the channel's SK team works it; ESCALATION: only the role named by {@link #escalationRouteId} sees it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public CaseRoute route = CaseRoute.TEAM;

    @Column(name = "escalation_route_id")
    public Long escalationRouteId;

    /** The unit the service→unit map named at intake (complaints); a suggestion for the disposisi. */
    @Column(name = "handling_unit_code", length = 30)
    public String handlingUnitCode;

    @Column(name = "assignee_account_id")
    public Long assigneeAccountId;

    @Column(name = "assigned_unit_code", length = 30)
    public String assignedUnitCode;

    /** The deadline rule set in force on the case's start date; kept so later rule changes never move its deadlines. */
    @Column(name = "rule_set_id")
    public Long ruleSetId;

    /** The earliest due date of the case's running clocks (null when none runs). */
    @Column(name = "next_due_on")
    public LocalDate nextDueOn;

    /** Gratification reported after the 30-working-day limit (G1). */
    @Column(name = "late_report", nullable = false)
    public boolean lateReport;

    /** The case this one was moved or copied from, or went to (cross-channel), see {@link #linkKind}. */
    @Column(name = "linked_case_id")
    public Long linkedCaseId;

    /** MOVED / COPIED: moved or copied from {@link #linkedCaseId}; MOVED_TO / COPIED_TO: went to it. */
    @Column(name = "link_kind", length = 10)
    public String linkKind;

    /** A complaint made from a WBS tip: its content is WBS content, so it never goes to a unit (domain.md §6). */
    @Column(name = "from_whistleblowing", nullable = false)
    public boolean fromWhistleblowing;

    /** Whether the tracking code opens this case; false for the source of a move and the copy of a copy. */
    @Column(name = "tracking_primary", nullable = false)
    public boolean trackingPrimary = true;

    /** The officer who registered a complaint received outside the web form (counter, letter, SP4N-LAPOR!, ...). */
    @Column(name = "registered_by_account_id")
    public Long registeredByAccountId;

    @Version
    public int version;

    public WorkflowStatus workflowStatus() {
        return WorkflowStatus.of(channel, status);
    }

    public PublicStatus publicStatus() {
        return workflowStatus().publicStatus();
    }

    /**
     * Moves the case to another state if the channel's workflow allows it, whoever asks.
     *
     * @return the history entry to store
     */
    public CaseEvent moveTo(WorkflowStatus target, Long actorAccountId, String reason, Instant at) {
        return moveTo(target, actorAccountId, reason, null, at);
    }

    /**
     * As {@link #moveTo(WorkflowStatus, Long, String, Instant)}, recording where the case went (an institution, e.g.
     * for {@code DITERUSKAN_KELUAR}); the reporter sees it beside the public status.
     */
    public CaseEvent moveTo(WorkflowStatus target, Long actorAccountId, String reason, String destination, Instant at) {
        if (!workflowStatus().canMoveTo(target)) {
            throw new IllegalTransitionException(channel, status, target.name());
        }
        status = target.name();
        updatedAt = at;
        CaseEvent event = CaseEvent.of(this, actorAccountId, reason, at);
        event.destination = destination == null || destination.isBlank() ? null : destination.strip();
        return event;
    }

    /**
     * An officer's step: moves the case to {@code request.to()} if the workflow allows it from here and
     * {@link CaseRules} lets this actor take it, checking what the step needs (a reason always; the message for an
     * answer or ask-more; institution and reference for forwarding).
     *
     * @throws TransitionRefusedException when the move is not among this actor's allowed transitions now
     * @throws InvalidInputException when the step lacks what it needs
     * @return the history entry to store through {@link CaseSteps#moved}
     */
    public CaseEvent take(CaseActor actor, TransitionRequest request, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        WorkflowStatus target = request.to() == null ? null : WorkflowStatus.find(channel, request.to().strip()).orElse(null);
        if (target == null) {
            errors.add(new FieldError("to", request.to() == null || request.to().isBlank() ? "required" : "unknown_option"));
            throw new InvalidInputException(errors);
        }
        List<String> allowed = CaseRules.allowedTransitions(this, actor);
        if (!allowed.contains(target.name())) {
            throw new TransitionRefusedException(status, allowed);
        }
        CaseAction action = CaseAction.of(channel, workflowStatus(), target);
        String reason = checked(request.reason(), "reason", TransitionRequest.MAX_REASON, true, errors);
        String destination = checked(request.destination(), "destination", TransitionRequest.MAX_DESTINATION,
                action == CaseAction.FORWARD, errors);
        String reference = checked(request.externalReference(), "externalReference", TransitionRequest.MAX_REFERENCE,
                action == CaseAction.FORWARD && channel != Channel.GRT, errors);
        if (action.needsMessage() && (request.message() == null || request.message().isBlank())) {
            errors.add(new FieldError("message", "required"));
        } else if (request.message() != null && request.message().length() > CaseMessage.MAX_LENGTH) {
            errors.add(new FieldError("message", "too_long", List.of(CaseMessage.MAX_LENGTH)));
        }
        if (request.attachmentIds().size() > TransitionRequest.MAX_ATTACHMENTS) {
            errors.add(new FieldError("attachmentIds", "too_many_items", List.of(TransitionRequest.MAX_ATTACHMENTS)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseEvent event = moveTo(target, actor.accountId(), reason, destination, at);
        event.action = action.eventCode();
        event.externalReference = reference;
        event.attachmentIds = request.attachmentIds().isEmpty() ? null
                : request.attachmentIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return event;
    }

    /**
     * Disposisi: gives the case to an officer (a member of the handling team, or for a complaint an officer of a
     * unit, who then works it for that unit) or, for a complaint on the team route, to a unit. A verified complaint
     * moves to {@code DIDISPOSISI}; otherwise the state stays. WBS, gratification and conflict-of-interest content
     * never goes to a unit.
     *
     * @param assigneeAccountId the officer, or null when {@code unitCode} names a unit
     * @param assigneeStanding how that officer would stand to the case (ignored for a unit)
     * @param unitCode the unit: the assignee's own for a unit officer, the unit itself for a unit assignment
     * @return the history entry (action {@code ASSIGNED}); its status differs from {@code previous} when it moved
     */
    public CaseEvent assign(CaseActor actor, Long assigneeAccountId, CaseActor assigneeStanding, String unitCode, String reason,
            Instant at) {
        if (!CaseRules.mayAssign(this, actor)) {
            throw new TransitionRefusedException(status, CaseRules.allowedTransitions(this, actor));
        }
        List<FieldError> errors = new ArrayList<>();
        String why = checked(reason, "reason", TransitionRequest.MAX_REASON, true, errors);
        if (assigneeAccountId == null) {
            if (unitCode == null) {
                errors.add(new FieldError("assignee", "unknown_option"));
            } else if (channel != Channel.ADU || route != CaseRoute.TEAM || fromWhistleblowing) {
                errors.add(new FieldError("assignee", "unit_not_allowed"));
            }
        } else {
            boolean eligible = assigneeStanding.is(CaseActor.Relation.TEAM_MEMBER)
                    || assigneeStanding.is(CaseActor.Relation.ESCALATION_REVIEWER)
                    || (channel == Channel.ADU && route == CaseRoute.TEAM && unitCode != null && !fromWhistleblowing);
            if (!eligible) {
                errors.add(new FieldError("assignee", "not_eligible"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.assigneeAccountId = assigneeAccountId;
        this.assignedUnitCode = assigneeStanding != null && assigneeStanding.is(CaseActor.Relation.TEAM_MEMBER) ? null : unitCode;
        CaseEvent event;
        if (channel == Channel.ADU && "TERVERIFIKASI".equals(status)) {
            event = moveTo(ComplaintStatus.DIDISPOSISI, actor.accountId(), why, at);
        } else {
            updatedAt = at;
            event = CaseEvent.of(this, actor.accountId(), why, at);
        }
        event.action = CaseAction.ASSIGN.eventCode();
        event.assigneeAccountId = this.assigneeAccountId;
        event.assignedUnitCode = this.assignedUnitCode;
        return event;
    }

    /**
     * Raises the case's privacy: TERBUKA → RAHASIA (the assigned unit no longer sees the identity). Lowering it, or
     * making a stored identity "anonymous" after the fact, is refused.
     */
    public CaseEvent raisePrivacy(CaseActor actor, IdentityMode to, String reason, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        String why = checked(reason, "reason", TransitionRequest.MAX_REASON, true, errors);
        if (to == null) {
            errors.add(new FieldError("identityMode", "required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!(identityMode == IdentityMode.TERBUKA && to == IdentityMode.RAHASIA) || !CaseRules.mayRaisePrivacy(this, actor)) {
            throw new PrivacyChangeRefusedException(identityMode);
        }
        identityMode = to;
        updatedAt = at;
        CaseEvent event = CaseEvent.of(this, actor.accountId(), why, at);
        event.action = CaseAction.PRIVACY_RAISED.eventCode();
        return event;
    }

    private static String checked(String value, String field, int max, boolean required, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "too_long", List.of(max)));
            return null;
        }
        return value.strip();
    }

    /**
     * Closes the case because its content went to another channel (a move): allowed from every state that is not
     * final, to the channel's closed state. Only complaints and WBS tips change channel.
     *
     * @return the history entry to store
     */
    public CaseEvent closeForChannelChange(Long actorAccountId, String reason, Instant at) {
        WorkflowStatus closed = switch (channel) {
            case ADU -> ComplaintStatus.DITUTUP;
            case WBS -> WhistleblowingStatus.DITUTUP;
            default -> throw new IllegalTransitionException(channel, status, "DITUTUP");
        };
        if (!openForChannelChange()) {
            throw new IllegalTransitionException(channel, status, closed.name());
        }
        status = closed.name();
        updatedAt = at;
        CaseEvent event = CaseEvent.of(this, actorAccountId, reason, at);
        event.action = "DIPINDAHKAN_SALURAN";
        return event;
    }

    /** A complaint or WBS tip in a state that is not final may be moved or copied to the other channel. */
    public boolean openForChannelChange() {
        return (channel == Channel.ADU || channel == Channel.WBS) && !workflowStatus().closed();
    }
}
