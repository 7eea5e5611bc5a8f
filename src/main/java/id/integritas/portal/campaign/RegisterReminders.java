package id.integritas.portal.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.integritas.portal.system.OfficeDay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Raises the register campaign's reminders ({@code portal.campaigns.reminder-check-every}): for each campaign with a
 * reminder due today, every employee who has not filed that year's register gets one {@link RegisterReminderDue},
 * recorded in {@code register_reminder} and fired in the same short transaction. The table's key (campaign, account,
 * kind) with {@code ON CONFLICT DO NOTHING ... RETURNING} makes each reminder raised once, even when several instances
 * run the job at the same time: an instance only fires for the rows its own insert created.
 */
@ApplicationScoped
public class RegisterReminders {

    private static final Logger LOG = Logger.getLogger(RegisterReminders.class);

    static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    CampaignAdmin campaigns;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    @Inject
    Event<RegisterReminderDue> due;

    @Scheduled(identity = "register-reminders", every = "{portal.campaigns.reminder-check-every}", delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int raised = runOnce(officeDay.today());
            if (raised > 0) {
                LOG.infof("register campaign: %d reminders raised", raised);
            }
        } catch (RuntimeException e) {
            LOG.warnf("register reminders failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Raises every reminder due on {@code today} not raised before; returns how many this call raised. */
    public int runOnce(LocalDate today) {
        int raised = 0;
        for (RegisterCampaign c : campaigns.list()) {
            String kind = c.reminderDue(today);
            if (kind == null) {
                continue;
            }
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(() -> raiseBatch(c, kind));
                raised += n;
            } while (n == BATCH);
        }
        return raised;
    }

    private int raiseBatch(RegisterCampaign c, String kind) {
        @SuppressWarnings("unchecked")
        List<Number> accounts = em.createNativeQuery("insert into register_reminder (campaign_id, account_id, kind, raised_at) "
                + "select :campaign, a.id, :kind, :now from account a where " + RegisterCoverage.EMPLOYEE
                + " and not " + RegisterCoverage.FILED
                + " and not exists (select 1 from register_reminder r"
                + " where r.campaign_id = :campaign and r.account_id = a.id and r.kind = :kind)"
                + " order by a.id limit :batch on conflict do nothing returning account_id").setParameter("campaign", c.id).setParameter("kind", kind)
                .setParameter("now", clock.instant()).setParameter("year", c.year).setParameter("batch", BATCH)
                .getResultList();
        accounts.forEach(a -> due.fire(new RegisterReminderDue(a.longValue(), c.id, kind)));
        return accounts.size();
    }
}
