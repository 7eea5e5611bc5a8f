package id.integritas.portal.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Prepares last month's internal reports on the 1st ({@code portal.statistics.prepare-cron}). Every instance may
 * run it: {@link MonthlyReports#prepare} stores each channel's report once (insert … on conflict do nothing).
 */
@ApplicationScoped
public class MonthlyReportScheduler {

    private static final Logger LOG = Logger.getLogger(MonthlyReportScheduler.class);

    @Inject
    MonthlyReports reports;

    @Scheduled(identity = "monthly-reports", cron = "{portal.statistics.prepare-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void prepareLastMonth() {
        var month = reports.currentMonth().minusMonths(1);
        int stored = reports.prepare(month);
        LOG.infof("monthly reports of %s: %d channel report(s) stored by this instance", month, stored);
    }
}
