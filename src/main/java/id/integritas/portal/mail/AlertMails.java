package id.integritas.portal.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.OfficeDay;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Turns what other features leave for the mailer into outbox rows: the deadline alerts in {@code case_alert} (claimed
 * {@code FOR UPDATE SKIP LOCKED}, their {@code sent_at} set in the transaction that writes the mails) and the warning
 * to administrators about an SK in force that ends within 30 days (once per decree and administrator, by the
 * outbox's dedupe key). Safe on several instances at once.
 */
@ApplicationScoped
class AlertMails {

    static final int DECREE_WARNING_DAYS = 30;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailRecipients recipients;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    /** @return alerts turned into mails */
    int deadlineAlerts(int batch) {
        int total = 0;
        while (true) {
            int n = QuarkusTransaction.requiringNew().call(() -> deadlineBatch(batch));
            total += n;
            if (n < batch) {
                return total;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private int deadlineBatch(int batch) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, case_id, kind, recipient_account_id, recipient_team from case_alert
                where sent_at is null order by raised_at, id limit :batch for update skip locked""")
                .setParameter("batch", batch).getResultList();
        for (Object[] row : rows) {
            ReportCase c = em.find(ReportCase.class, ((Number) row[1]).longValue());
            MailKind kind = MailKind.valueOf((String) row[2]);
            List<Long> to = row[3] != null ? recipients.ifVisible(c, ((Number) row[3]).longValue())
                    : recipients.alertTeam(c, (String) row[4]);
            to.forEach(a -> outbox.toAccount(kind, a, c.id, Locale.forLanguageTag("id"), Map.of(), null));
            em.createNativeQuery("update case_alert set sent_at = :now where id = :id").setParameter("now", clock.instant())
                    .setParameter("id", ((Number) row[0]).longValue()).executeUpdate();
        }
        return rows.size();
    }

    /** @return mails written about decrees ending soon */
    @SuppressWarnings("unchecked")
    int decreesEndingSoon() {
        LocalDate today = officeDay.today();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Number> decrees = em.createNativeQuery("""
                    select d.id from decree d where d.valid_from <= :today and d.valid_until >= :today
                      and d.valid_until <= :limit
                      and not exists (select 1 from mail_outbox o where o.decree_id = d.id and o.kind = 'DECREE_EXPIRING')
                    order by d.id""").setParameter("today", today).setParameter("limit", today.plusDays(DECREE_WARNING_DAYS))
                    .getResultList();
            if (decrees.isEmpty()) {
                return 0;
            }
            List<Long> admins = recipients.admins();
            int n = 0;
            for (Number d : decrees) {
                for (Long a : admins) {
                    n += outbox.aboutDecree(MailKind.DECREE_EXPIRING, d.longValue(), a) ? 1 : 0;
                }
            }
            return n;
        });
    }
}
