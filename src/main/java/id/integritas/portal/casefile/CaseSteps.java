package id.integritas.portal.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import id.integritas.portal.system.OfficeDay;

/**
 * The one way a case's steps are stored: the history entry is persisted and {@link CaseStepped} fired in the caller's
 * transaction, so whatever observes it (clocks, notifications) commits or rolls back with the step.
 */
@ApplicationScoped
public class CaseSteps {

    @Inject
    CaseHistory history;

    @Inject
    Event<CaseStepped> stepped;

    @Inject
    OfficeDay officeDay;

    /** The first step of a freshly persisted case. */
    public CaseEvent received(ReportCase c) {
        CaseEvent e = CaseEvent.received(c);
        history.events.persist(e);
        stepped.fire(new CaseStepped(c, CaseStepped.receivedCode(c), null, officeDay.of(c.submittedAt), c.submittedAt));
        return e;
    }

    /** A transition made by {@link ReportCase#moveTo}; {@code previousStatus} is the state it left. */
    public CaseEvent moved(ReportCase c, CaseEvent e, String previousStatus) {
        history.events.persist(e);
        stepped.fire(new CaseStepped(c, c.status, previousStatus, officeDay.of(e.occurredAt), e.occurredAt));
        return e;
    }

    /** A step that is not a transition (e.g. {@link CaseStepped#REPORTER_REPLIED}); nothing is added to the history. */
    public void happened(ReportCase c, String code, java.time.Instant at) {
        stepped.fire(new CaseStepped(c, code, c.status, officeDay.of(at), at));
    }

    /**
     * A recorded step that leaves the state as it was (a reassignment, privacy raised): stored in the history, no
     * {@link CaseStepped} fired (the clocks have nothing to do).
     */
    public CaseEvent recorded(ReportCase c, CaseEvent e) {
        history.events.persist(e);
        return e;
    }
}
