package id.integritas.portal.casework;

import id.integritas.portal.account.Account;
import id.integritas.portal.casefile.CaseAction;
import id.integritas.portal.casefile.CaseActor;
import id.integritas.portal.casefile.CaseRules;
import id.integritas.portal.casefile.TransitionRefusedException;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.casefile.CaseEvent;
import id.integritas.portal.casefile.CaseSteps;
import id.integritas.portal.casefile.IllegalTransitionException;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.WorkflowStatus;

/**
 * Moves a case through {@link ReportCase#moveTo} and {@link CaseSteps#moved}, turning a refusal of the workflow
 * into {@link StepRefusedException} (409). {@code via} names an intermediate state the case passes through when
 * the target is reachable only from it (e.g. ANALISIS_UPG before an exemption decision); that step is recorded too.
 * Who may take a step is {@link CaseRules}' decision, as for the generic transitions.
 */
@ApplicationScoped
public class CaseStepper {

    @Inject
    CaseSteps steps;

    @Inject
    CaseActors actors;

    public CaseEvent move(ReportCase c, WorkflowStatus target, WorkflowStatus via, Account actor, String reason, Instant at) {
        CaseActor standing = actors.of(actor, c);
        if (via != null && !c.workflowStatus().closed() && !c.workflowStatus().canMoveTo(target)
                && c.workflowStatus().canMoveTo(via) && via.canMoveTo(target)) {
            move(c, via, null, actor, null, at);
        }
        // who may take the step: the same rule table as the generic transitions (CaseRules), whoever calls
        if (c.workflowStatus().canMoveTo(target)
                && !CaseRules.permits(standing, CaseAction.of(c.channel, c.workflowStatus(), target), c.channel)) {
            throw new TransitionRefusedException(c.status, CaseRules.allowedTransitions(c, standing));
        }
        String previous = c.status;
        try {
            CaseEvent e = c.moveTo(target, actor.id, reason, at);
            return steps.moved(c, e, previous);
        } catch (IllegalTransitionException e) {
            throw new StepRefusedException(c, target.name());
        }
    }

    /** Refuses (409) unless the case may take the step now; for checks before work that cannot be undone. */
    public void require(ReportCase c, WorkflowStatus target, WorkflowStatus via) {
        boolean direct = c.workflowStatus().canMoveTo(target);
        // never through a reopening: a closed case is reopened by the chair's own step, not as a side effect
        boolean throughVia = via != null && !c.workflowStatus().closed() && c.workflowStatus().canMoveTo(via)
                && via.canMoveTo(target);
        if (!direct && !throughVia) {
            throw new StepRefusedException(c, target.name());
        }
    }
}
