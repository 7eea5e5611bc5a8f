package id.integritas.portal.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs {@link ReturnToChair} every {@code portal.teams.return-to-chair-every} (default hourly), so a membership that
 * ended at midnight hands its open cases back to the chair early in the next office day, without anyone acting.
 * Safe with several instances on one database (see {@link ReturnToChair}).
 */
@ApplicationScoped
public class ReturnToChairJob {

    @Inject
    ReturnToChair returns;

    @Scheduled(identity = "return-to-chair", every = "{portal.teams.return-to-chair-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        returns.returnAll();
    }
}
