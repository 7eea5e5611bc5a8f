package id.integritas.portal.casework;

import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.TransitionRefusedException;

/**
 * A channel-specific step the case's workflow does not allow from its current state; answered like every refused
 * transition (409 problem+json with the current state and the states the case may move to, see {@link CaseProblems}).
 */
public class StepRefusedException extends TransitionRefusedException {

    public StepRefusedException(ReportCase c, String attempted) {
        super(c.status, c.workflowStatus().next().stream().sorted().toList());
    }
}
