package id.integritas.portal.casework;

import java.util.List;

import id.integritas.portal.casefile.ReportCase;

/**
 * A step the case's workflow does not allow from its current state; answered 409 problem+json naming the current
 * state and the states the case may move to (see {@link StepRefusals}).
 */
public class StepRefusedException extends RuntimeException {

    private final String currentState;
    private final List<String> allowedStates;

    public StepRefusedException(ReportCase c, String attempted) {
        super(c.channel + " case cannot move from " + c.status + " to " + attempted);
        this.currentState = c.status;
        this.allowedStates = c.workflowStatus().next().stream().sorted().toList();
    }

    public String currentState() {
        return currentState;
    }

    public List<String> allowedStates() {
        return allowedStates;
    }
}
