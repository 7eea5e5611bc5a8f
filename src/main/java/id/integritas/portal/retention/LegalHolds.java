package id.integritas.portal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.CaseActor;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * Legal holds: a held case is never destroyed or purged, whatever its period. Placing and lifting need a reason
 * and the standing of {@link HoldRules}, whoever calls; both are audited with the reason (the audit log is the hold's
 * history). The case's retention row is locked, so a hold and a retention run on the same case are serialised.
 */
@ApplicationScoped
public class LegalHolds {

    /** A case's retention standing, for officers and administrators. */
    public record Standing(boolean held, String reason, Instant heldAt, Long heldBy, Instant closedAt, Instant destroyedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Standing of(ReportCase c) {
        CaseRetention r = em.find(CaseRetention.class, c.id);
        return r == null ? new Standing(false, null, null, null, null, null)
                : new Standing(r.held(), r.holdReason, r.heldAt, r.heldBy, r.closedAt, r.destroyedAt);
    }

    @Transactional
    public Standing place(ReportCase c, CaseActor actor, boolean administrator, String reason) {
        String why = checked(actor, administrator, reason);
        em.createNativeQuery("insert into case_retention (case_id) values (?1) on conflict (case_id) do nothing")
                .setParameter(1, c.id).executeUpdate();
        CaseRetention r = em.find(CaseRetention.class, c.id, LockModeType.PESSIMISTIC_WRITE);
        if (r.held()) {
            throw new ApiProblemException(409, "legal-hold-exists");
        }
        r.heldAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        r.heldBy = actor.accountId();
        r.holdReason = why;
        audit.record(actor.accountId(), "LEGAL_HOLD_PLACED", "CASE", c.id, why);
        return of(c);
    }

    @Transactional
    public Standing lift(ReportCase c, CaseActor actor, boolean administrator, String reason) {
        String why = checked(actor, administrator, reason);
        CaseRetention r = em.find(CaseRetention.class, c.id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !r.held()) {
            throw new ApiProblemException(409, "legal-hold-missing");
        }
        r.heldAt = null;
        r.heldBy = null;
        r.holdReason = null;
        audit.record(actor.accountId(), "LEGAL_HOLD_LIFTED", "CASE", c.id, why);
        return of(c);
    }

    private static String checked(CaseActor actor, boolean administrator, String reason) {
        if (!HoldRules.mayHold(actor, administrator)) {
            throw new ApiProblemException(403, "forbidden");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(new FieldError("reason", "required"));
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException(new FieldError("reason", "too_long", List.of(500)));
        }
        return reason.strip();
    }
}
