package id.integritas.portal.mail;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.integritas.portal.campaign.RegisterCampaign;
import id.integritas.portal.campaign.RegisterReminderDue;

/**
 * The register campaign's reminders as mails, queued in the transaction that raised them: once per person, campaign
 * and kind (the same key as {@code register_reminder}), so a second raise cannot queue a second mail.
 */
@ApplicationScoped
public class RegisterReminderMails {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    @Inject
    Outbox outbox;

    void remind(@Observes RegisterReminderDue due) {
        RegisterCampaign campaign = RegisterCampaign.findById(due.campaignId());
        String detail = campaign == null ? "" : campaign.year + " (" + DATE.format(campaign.dueOn) + ")";
        outbox.toAccount(MailKind.CONFLICT_DECLARATION_REMINDER, due.accountId(), null, INDONESIAN, Map.of("detail", detail),
                "register-reminder:" + due.campaignId() + ":" + due.accountId() + ":" + due.kind());
    }
}
