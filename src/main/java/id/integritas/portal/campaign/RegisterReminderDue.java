package id.integritas.portal.campaign;

/**
 * Fired (synchronously, inside the transaction that records it) once for each employee who should be reminded to
 * file the annual interests register: {@code kind} is {@link RegisterCampaign#BEFORE_DUE} or
 * {@link RegisterCampaign#AFTER_DUE}. The mail outbox observes it to queue the reminder mail.
 */
public record RegisterReminderDue(long accountId, long campaignId, String kind) {
}
