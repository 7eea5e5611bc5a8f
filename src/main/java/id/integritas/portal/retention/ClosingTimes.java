package id.integritas.portal.retention;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.casefile.CaseStepped;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.TransitionRefusedException;

/**
 * Keeps {@code case_retention.closed_at} in step with a case's steps, inside the step's transaction: set when the case
 * enters a closed state (the period counts from there), cleared when it is reopened. A case whose content was
 * destroyed cannot be reopened: there is nothing left to work on.
 */
@ApplicationScoped
public class ClosingTimes {

    @Inject
    EntityManager em;

    void onStep(@Observes CaseStepped step) {
        ReportCase c = step.reportCase();
        if (c.id == null) {
            return;
        }
        if (c.workflowStatus().closed()) {
            em.createNativeQuery("""
                    insert into case_retention (case_id, closed_at) values (?1, ?2)
                    on conflict (case_id) do update set closed_at = coalesce(case_retention.closed_at, excluded.closed_at)""")
                    .setParameter(1, c.id).setParameter(2, step.at()).executeUpdate();
            return;
        }
        if (destroyed(c.id)) {
            throw new TransitionRefusedException(step.previousStatus() == null ? c.status : step.previousStatus(), List.of());
        }
        em.createNativeQuery("update case_retention set closed_at = null where case_id = ?1 and closed_at is not null")
                .setParameter(1, c.id).executeUpdate();
    }

    private boolean destroyed(long caseId) {
        return !em.createNativeQuery("select 1 from case_retention where case_id = ?1 and destroyed_at is not null")
                .setParameter(1, caseId).getResultList().isEmpty();
    }
}
