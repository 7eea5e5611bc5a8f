package id.integritas.portal.casework.channel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.integritas.portal.account.Account;
import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentRepository;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.CaseEvent;
import id.integritas.portal.casefile.CaseHistory;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.CaseSteps;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ComplaintStatus;
import id.integritas.portal.casefile.IllegalTransitionException;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.ReporterIdentity;
import id.integritas.portal.casefile.WhistleblowingStatus;
import id.integritas.portal.casework.CaseTeams;
import id.integritas.portal.casework.StepRefusedException;
import id.integritas.portal.intake.RegistrationNumbers;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.team.TeamKind;

/**
 * Moves or copies a complaint to WBS or a WBS tip to a complaint (docs: domain.md §3 "Cross-channel"): a new case
 * on the target channel with its own registration number and the same tracking code, content carried over, the
 * identity row only where the source has one (never for ANONIM, whose mode stays), both cases linked, a history entry
 * on both, audited. MOVE makes the new case the one the tracking code opens and closes the source with the reason;
 * COPY leaves the source primary and both open. Only the chair of the source channel's team in force may do it.
 */
@ApplicationScoped
public class ChannelChanges {

    public enum Mode {
        MOVE, COPY
    }

    public record Result(ReportCase source, ReportCase target) {
    }

    @Inject
    CaseRepository cases;

    @Inject
    CaseHistory history;

    @Inject
    CaseSteps steps;

    @Inject
    CaseTeams teams;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    AttachmentRepository attachmentRepository;

    @Inject
    AttachmentStore attachmentStore;

    @Transactional(Transactional.TxType.MANDATORY)
    public Result change(ReportCase source, Account actor, Channel to, Mode mode, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (to == null) {
            errors.add(new FieldError("to", "required"));
        } else if (to != Channel.ADU && to != Channel.WBS || to == source.channel) {
            errors.add(new FieldError("to", "unknown_option"));
        }
        if (mode == null) {
            errors.add(new FieldError("mode", "required"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "required"));
        } else if (reason.strip().length() > 500) {
            errors.add(new FieldError("reason", "too_long", List.of(500)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!teams.isChair(actor.id, TeamKind.of(source.channel))) {
            throw new ApiProblemException(403, "forbidden");
        }
        if (!source.openForChannelChange()) {
            throw new StepRefusedException(source, mode == Mode.MOVE ? "DITUTUP" : source.status);
        }
        String why = reason.strip();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        if (mode == Mode.MOVE) {
            String previous = source.status;
            CaseEvent closed;
            try {
                closed = source.closeForChannelChange(actor.id, why, now);
            } catch (IllegalTransitionException e) {
                throw new StepRefusedException(source, "DITUTUP");
            }
            steps.moved(source, closed, previous);
            source.trackingPrimary = false;
            cases.flush(); // the partial unique index allows one primary case per tracking code
        } else {
            CaseEvent copied = CaseEvent.of(source, actor.id, why, now);
            copied.action = "DISALIN_KE_SALURAN";
            history.events.persist(copied);
        }

        ReportCase target = new ReportCase();
        target.channel = to;
        target.trackingHash = source.trackingHash;
        target.trackingPrimary = mode == Mode.MOVE;
        target.status = (to == Channel.WBS ? WhistleblowingStatus.DITERIMA : ComplaintStatus.MENUNGGU_VERIFIKASI).name();
        target.identityMode = source.identityMode;
        target.intakeMedium = source.intakeMedium;
        target.submittedAt = now;
        target.updatedAt = now;
        target.eventDate = source.eventDate;
        target.classification = source.classification;
        target.serviceCode = source.serviceCode;
        target.problemTypeCode = source.problemTypeCode;
        target.categoryCode = source.categoryCode;
        target.externalReference = source.externalReference;
        target.content = source.content; // encrypted under the content label, which does not bind the case
        target.contentDigest = source.contentDigest;
        target.digestVersion = source.digestVersion;
        target.digestSalt = source.digestSalt;
        target.linkedCaseId = source.id;
        target.fromWhistleblowing = source.channel == Channel.WBS || source.fromWhistleblowing;
        target.linkKind = mode == Mode.MOVE ? "MOVED" : "COPIED";
        target.registrationNumber = numbers.next(to, now.atZone(ZoneId.of(config.office().timeZone())).getYear());
        cases.persist(target);
        ReporterIdentity identity = history.identities.forCase(source.id);
        if (identity != null && source.identityMode.collectsIdentity()) {
            ReporterIdentity copy = new ReporterIdentity();
            copy.caseId = target.id;
            copy.data = identity.data;
            history.identities.persist(copy);
        }
        int carried = carryReporterFiles(source, target);
        steps.received(target);
        CaseEvent arrived = CaseEvent.of(target, actor.id, why, now);
        arrived.action = mode == Mode.MOVE ? "DIPINDAHKAN_DARI_SALURAN" : "DISALIN_DARI_SALURAN";
        history.events.persist(arrived);

        source.linkedCaseId = target.id;
        source.linkKind = mode == Mode.MOVE ? "MOVED_TO" : "COPIED_TO";
        source.updatedAt = now;
        audit.record(actor.id, mode == Mode.MOVE ? "CASE_MOVED_TO_CHANNEL" : "CASE_COPIED_TO_CHANNEL", "CASE", source.id,
                why);
        audit.record(actor.id, mode == Mode.MOVE ? "CASE_MOVED_FROM_CHANNEL" : "CASE_COPIED_FROM_CHANNEL", "CASE",
                target.id, why);
        if (carried > 0) {
            audit.record(actor.id, "ATTACHMENTS_CARRIED", "CASE", target.id, carried + " from case " + source.id);
        }
        return new Result(source, target);
    }

    /**
     * The reporter's files (report and replies) go with the report, on move as on copy: each is sealed again under
     * its new id on the new case ({@link AttachmentStore#copyToCase}), so every row's segments stay bound to that row
     * and the source keeps its own files, which its timeline refers to. Officers' files document the source team's
     * own steps and stay with it, like its internal notes.
     */
    private int carryReporterFiles(ReportCase source, ReportCase target) {
        int n = 0;
        var em = attachmentRepository.getEntityManager();
        List<Long> ids = em.createQuery("select a.id from Attachment a where a.caseId = :c and a.addedByAccountId is null "
                + "order by a.id", Long.class).setParameter("c", source.id).getResultList();
        for (Long id : ids) {
            // one file in the persistence context at a time (rows from before V3 hold their ciphertexts whole)
            Attachment a = attachmentRepository.findById(id);
            em.detach(attachmentStore.copyToCase(a, target.id));
            em.detach(a);
            n++;
        }
        return n;
    }
}
