package id.integritas.portal.campaign;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Records every reminder event the job fires, as the mail outbox will observe them. */
@ApplicationScoped
public class ReminderRecorder {

    final List<RegisterReminderDue> seen = new CopyOnWriteArrayList<>();

    void on(@Observes RegisterReminderDue e) {
        seen.add(e);
    }

    List<RegisterReminderDue> of(long campaignId) {
        return seen.stream().filter(e -> e.campaignId() == campaignId).toList();
    }
}
