package id.integritas.portal.support;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.casefile.CaseEvent;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.CaseSteps;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.WorkflowStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Moves a case through states the way the officer workflow does (ReportCase.moveTo + CaseSteps.moved), at the portal's now. */
@ApplicationScoped
public class CaseMoves {

    @Inject
    CaseRepository cases;

    @Inject
    CaseSteps steps;

    @Inject
    Clock clock;

    /** Each target in turn, one transaction per step. */
    public void move(String registrationNumber, String... targets) {
        for (String target : targets) {
            QuarkusTransaction.requiringNew().run(() -> {
                ReportCase c = cases.findByRegistrationNumber(registrationNumber).orElseThrow();
                String previous = c.status;
                CaseEvent e = c.moveTo(WorkflowStatus.of(c.channel, target), null, "uji: " + target, clock.instant());
                steps.moved(c, e, previous);
            });
        }
    }

    public ReportCase load(String registrationNumber) {
        return QuarkusTransaction.requiringNew().call(() -> cases.findByRegistrationNumber(registrationNumber).orElseThrow());
    }
}
