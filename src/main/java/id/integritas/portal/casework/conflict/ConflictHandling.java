package id.integritas.portal.casework.conflict;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.integritas.portal.account.Account;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.ConflictStatus;
import id.integritas.portal.casefile.EncryptionLabels;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casework.CaseStepper;
import id.integritas.portal.casework.CaseTeams;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.team.TeamKind;

/**
 * Decisions on conflict-of-interest cases: the declarant's superior (or the CoI team chair) decides a declaration
 * (analysis, control measure, replacement official) → DIPUTUSKAN, passing through ANALISIS_ATASAN when it is still
 * DIAJUKAN; then it is carried out → DILAKSANAKAN. The CoI team verifies annual registers TERISI → TERVERIFIKASI.
 * Until decided, the affected decision is suspended ({@link #suspended}).
 */
@ApplicationScoped
public class ConflictHandling {


    @Inject
    CaseStepper stepper;

    @Inject
    CaseTeams teams;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public static boolean isDeclaration(ReportCase c) {
        return "DEKLARASI".equals(c.conflictKind);
    }

    public static boolean suspended(ReportCase c) {
        return isDeclaration(c) && (ConflictStatus.DIAJUKAN.name().equals(c.status)
                || ConflictStatus.ANALISIS_ATASAN.name().equals(c.status));
    }

    /** The declarant's superior, or a chair of the CoI team in force today. */
    public boolean mayDecide(Account a, ReportCase c) {
        if (c.filedByAccountId != null) {
            Number n = (Number) em.createNativeQuery("select count(*) from account where id = ?1 and superior_id = ?2")
                    .setParameter(1, c.filedByAccountId).setParameter(2, a.id).getSingleResult();
            if (n.longValue() > 0) {
                return true;
            }
        }
        return teams.isChair(a.id, TeamKind.CONFLICT_OF_INTEREST);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ConflictDecision decide(ReportCase c, Account actor, String analysis, ControlMeasure measure,
            String replacementOfficial) {
        if (!isDeclaration(c)) {
            throw ApiProblemException.notFound();
        }
        if (!mayDecide(actor, c)) {
            throw new ApiProblemException(403, "forbidden");
        }
        List<FieldError> errors = new ArrayList<>();
        if (analysis == null || analysis.isBlank()) {
            errors.add(new FieldError("analysis", "required"));
        } else if (analysis.strip().length() > 5000) {
            errors.add(new FieldError("analysis", "too_long", List.of(5000)));
        }
        if (measure == null) {
            errors.add(new FieldError("controlMeasure", "required"));
        }
        boolean blankReplacement = replacementOfficial == null || replacementOfficial.isBlank();
        if (measure == ControlMeasure.PENGGANTIAN && blankReplacement) {
            errors.add(new FieldError("replacementOfficial", "required"));
        } else if (!blankReplacement && replacementOfficial.strip().length() > 200) {
            errors.add(new FieldError("replacementOfficial", "too_long", List.of(200)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        stepper.move(c, ConflictStatus.DIPUTUSKAN, ConflictStatus.ANALISIS_ATASAN, actor, measure.name(), now);
        ConflictDecision d = new ConflictDecision();
        d.caseId = c.id;
        d.analysis = cipher.encryptText(analysis.strip(), EncryptionLabels.CONFLICT_DECISION);
        d.controlMeasure = measure;
        d.replacementOfficial = blankReplacement ? null
                : cipher.encryptText(replacementOfficial.strip(), EncryptionLabels.CONFLICT_DECISION);
        d.decidedBy = actor.id;
        d.decidedAt = now;
        d.persist();
        audit.record(actor.id, "CONFLICT_DECIDED", "CASE", c.id, measure.name());
        return d;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void implemented(ReportCase c, Account actor, String note) {
        if (!isDeclaration(c)) {
            throw ApiProblemException.notFound();
        }
        if (!mayDecide(actor, c)) {
            throw new ApiProblemException(403, "forbidden");
        }
        if (note != null && note.strip().length() > 500) {
            throw new InvalidInputException(new FieldError("note", "too_long", List.of(500)));
        }
        Instant now = clock.instant();
        stepper.move(c, ConflictStatus.DILAKSANAKAN, null, actor, note == null || note.isBlank() ? null : note.strip(), now);
        ConflictDecision d = ConflictDecision.findById(c.id);
        d.implementedBy = actor.id;
        d.implementedAt = now;
        audit.record(actor.id, "CONFLICT_MEASURE_IMPLEMENTED", "CASE", c.id, null);
    }

    /** The CoI team (not the superior) verifies an annual register. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verifyRegister(ReportCase c, Account actor, Set<id.integritas.portal.casefile.Channel> teamChannels) {
        if (!"DAFTAR_KEPENTINGAN".equals(c.conflictKind)) {
            throw ApiProblemException.notFound();
        }
        if (!teamChannels.contains(id.integritas.portal.casefile.Channel.BKP)) {
            throw new ApiProblemException(403, "forbidden");
        }
        stepper.move(c, ConflictStatus.TERVERIFIKASI, null, actor, null, clock.instant());
        audit.record(actor.id, "CONFLICT_REGISTER_VERIFIED", "CASE", c.id, null);
    }

    public String decrypt(byte[] data) {
        return data == null ? null : cipher.decryptText(data, EncryptionLabels.CONFLICT_DECISION);
    }
}
