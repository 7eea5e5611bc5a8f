package id.integritas.portal.casefile;

import java.util.List;

/**
 * A step this actor may not take on the case now: the workflow has no such move from the current state, the actor's
 * standing does not allow it (a member asking for a chair's step), or another officer changed the case first. The
 * API answers 409 naming {@link #currentState} and the {@link #allowedTransitions} of this actor.
 */
public class TransitionRefusedException extends RuntimeException {

    private final String currentState;
    private final List<String> allowedTransitions;

    public TransitionRefusedException(String currentState, List<String> allowedTransitions) {
        super("refused in state " + currentState);
        this.currentState = currentState;
        this.allowedTransitions = List.copyOf(allowedTransitions);
    }

    public String currentState() {
        return currentState;
    }

    public List<String> allowedTransitions() {
        return allowedTransitions;
    }
}
