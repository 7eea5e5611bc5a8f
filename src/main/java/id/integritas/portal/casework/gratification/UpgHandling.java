package id.integritas.portal.casework.gratification;

import id.integritas.portal.account.Account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.GratificationStatus;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casework.CaseStepper;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * The UPG's steps on a gratification report, each stored with the state change it makes, in one transaction:
 * exemption decision → TIDAK_WAJIB_LAPOR; forwarding to the KPK → DITERUSKAN_KE_KPK; the KPK's decision →
 * DITETAPKAN; custody closed (deposited, returned or handed over) → DISERAHKAN. A report still at DITERIMA_UPG
 * passes through ANALISIS_UPG first (recorded).
 */
@ApplicationScoped
public class UpgHandling {

    static final int MAX_TEXT = 100;

    @Inject
    ExemptionRuleSets ruleSets;

    @Inject
    CaseStepper stepper;

    @Inject
    AttachmentStore attachments;


    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    id.integritas.portal.system.OfficeDay officeDay;

    public GratificationHandling of(ReportCase c) {
        GratificationHandling h = GratificationHandling.findById(c.id);
        if (h == null) {
            h = new GratificationHandling();
            h.caseId = c.id;
        }
        return h;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void exempt(ReportCase c, Account actor, String code, String reason) {
        List<FieldError> errors = new ArrayList<>();
        ExemptionSet set = ruleSets.inForceOn(c.giftReceivedOn).orElse(null);
        if (blank(code)) {
            errors.add(new FieldError("code", "required"));
        } else if (set == null || set.exemption(code.strip()).isEmpty()) {
            errors.add(new FieldError("code", "unknown_option"));
        }
        checkText(errors, "reason", reason, 500, false);
        throwIfAny(errors);
        Instant now = clock.instant();
        stepper.move(c, GratificationStatus.TIDAK_WAJIB_LAPOR, GratificationStatus.ANALISIS_UPG, actor,
                reasonOr(reason, code.strip()), now);
        GratificationHandling h = of(c);
        h.exemptionSetId = set.id;
        h.exemptionCode = code.strip();
        h.exemptionDecidedAt = now;
        h.exemptionDecidedBy = actor.id;
        h.persist();
        audit.record(actor.id, "GRATIFICATION_EXEMPTED", "CASE", c.id, h.exemptionCode);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void forward(ReportCase c, Account actor, String kpkRegistrationNumber, LocalDate forwardedOn) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "kpkRegistrationNumber", kpkRegistrationNumber, MAX_TEXT, true);
        checkDate(errors, "forwardedOn", forwardedOn, c.giftReceivedOn);
        throwIfAny(errors);
        stepper.move(c, GratificationStatus.DITERUSKAN_KE_KPK, GratificationStatus.ANALISIS_UPG, actor, null,
                clock.instant());
        GratificationHandling h = of(c);
        h.kpkRegistrationNumber = kpkRegistrationNumber.strip();
        h.forwardedOn = forwardedOn;
        h.persist();
        audit.record(actor.id, "GRATIFICATION_FORWARDED_TO_KPK", "CASE", c.id, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decide(ReportCase c, Account actor, String decisionNumber, LocalDate decisionDate, KpkOutcome outcome) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "decisionNumber", decisionNumber, MAX_TEXT, true);
        GratificationHandling h = of(c);
        checkDate(errors, "decisionDate", decisionDate, h.forwardedOn);
        if (outcome == null) {
            errors.add(new FieldError("outcome", "required"));
        }
        throwIfAny(errors);
        stepper.move(c, GratificationStatus.DITETAPKAN, null, actor, outcome.name(), clock.instant());
        h.kpkDecisionNumber = decisionNumber.strip();
        h.kpkDecisionDate = decisionDate;
        h.kpkOutcome = outcome.name();
        h.persist();
        audit.record(actor.id, "GRATIFICATION_KPK_DECISION", "CASE", c.id, outcome.name());
    }

    /** Checks the hand-over before any file is prepared; {@link #handOver} stores it. */
    public void checkHandOver(HandOver custody, String receiptNumber, String storagePlace, boolean proof,
            LocalDate handedOverOn) {
        List<FieldError> errors = new ArrayList<>();
        if (custody == null) {
            errors.add(new FieldError("custody", "required"));
        } else if (custody == HandOver.DITITIPKAN_UPG) {
            checkText(errors, "receiptNumber", receiptNumber, MAX_TEXT, true);
            checkText(errors, "storagePlace", storagePlace, 300, true);
        } else if (!proof) {
            errors.add(new FieldError("proof", "required"));
        }
        checkDate(errors, "handedOverOn", handedOverOn, null);
        throwIfAny(errors);
    }

    @Transactional
    public void handOver(String registrationNumber, java.util.function.Supplier<ReportCase> visibleCase, Account actor,
            HandOver custody, String receiptNumber, String storagePlace, List<AttachmentStore.Prepared> proof,
            LocalDate handedOverOn) {
        ReportCase c = visibleCase.get();
        stepper.move(c, GratificationStatus.DISERAHKAN, null, actor, custody.name(), clock.instant());
        GratificationHandling h = of(c);
        if (!proof.isEmpty()) {
            // the UPG's own document: never listed to the reporter
            Attachment a = attachments.storeByOfficer(c.id, actor.id, proof).get(0);
            h.proofAttachmentId = a.id;
        }
        h.custody = custody.name();
        h.receiptNumber = blank(receiptNumber) ? null : receiptNumber.strip();
        h.storagePlace = blank(storagePlace) ? null : storagePlace.strip();
        h.handedOverOn = handedOverOn;
        h.persist();
        audit.record(actor.id, "GRATIFICATION_HANDED_OVER", "CASE", c.id, custody.name());
    }

    void checkDate(List<FieldError> errors, String field, LocalDate day, LocalDate notBefore) {
        if (day == null) {
            errors.add(new FieldError(field, "required"));
        } else if (day.isAfter(officeDay.today())) {
            errors.add(new FieldError(field, "future_date"));
        } else if (notBefore != null && day.isBefore(notBefore)) {
            errors.add(new FieldError(field, "too_early", List.of(notBefore.toString())));
        }
    }

    static void checkText(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "too_long", List.of(max)));
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String reasonOr(String reason, String fallback) {
        return blank(reason) ? fallback : reason.strip();
    }
}
