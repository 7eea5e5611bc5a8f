package id.integritas.portal.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.DataCipher;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers the outbox. A run first turns deadline alerts and SK expiry warnings into mails, then, batch by batch,
 * claims due rows ({@code FOR UPDATE SKIP LOCKED}, so each row goes to one instance) and leases them in that short
 * transaction (attempt counted, next attempt pushed {@code portal.mail.lease} ahead), sends each outside any
 * transaction, and records the outcome: SENT; a retry after an exponential backoff; FAILED after
 * {@code portal.mail.max-attempts} (audited {@code MAIL_FAILED}). An instance that dies between sending and
 * recording leaves the row to be sent again when its lease ends: at least once, and the same {@code Message-ID}
 * each time, so a reader can see a duplicate.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final int MAX_BATCHES_PER_RUN = 50;

    /** What one run did. */
    public record Run(int alerts, int decreeWarnings, int sent, int retried, int failed, int cancelled) {
    }

    @Inject
    EntityManager em;

    @Inject
    ReactiveMailer mailer;

    @Inject
    MailRenderer renderer;

    @Inject
    AlertMails alertMails;

    @Inject
    DataCipher cipher;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    // First run 20 s after start, like the other jobs: at once it competed with the start itself for the CPU (mail
    // client, HQL, transactions) and delayed the first response (issue 10 §5).
    @Scheduled(identity = "mail-send", every = "${portal.mail.send-every:30s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** One full run; safe on several instances (or threads) at once. */
    public Run runOnce() {
        int alerts = alertMails.deadlineAlerts(config.mail().batchSize());
        int decrees = alertMails.decreesEndingSoon();
        int[] totals = new int[4];
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            List<Claimed> batch = claim();
            for (Claimed m : batch) {
                totals[deliver(m).ordinal()]++;
            }
            if (batch.size() < config.mail().batchSize()) {
                break;
            }
        }
        return new Run(alerts, decrees, totals[0], totals[1], totals[2], totals[3]);
    }

    enum Outcome {
        SENT, RETRY, FAILED, CANCELLED
    }

    record Claimed(long id, MailKind kind, String locale, String number, String channel, String decreeNumber,
            LocalDate decreeEnds, String accountEmail, boolean accountEnabled, byte[] address, byte[] data, int attempts,
            Instant createdAt, Long accountId, Long caseId, Long decreeId) {
    }

    @SuppressWarnings("unchecked")
    List<Claimed> claim() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                with due as (select id from mail_outbox where state = 'PENDING' and next_attempt_at <= :now
                             order by next_attempt_at, id limit :batch for update skip locked),
                claimed as (update mail_outbox o set attempts = o.attempts + 1, last_attempt_at = :now,
                                next_attempt_at = :leaseUntil
                            from due where o.id = due.id
                            returning o.id, o.kind, o.locale, o.case_id, o.decree_id, o.recipient_account_id,
                                o.recipient_address, o.template_data, o.attempts, o.created_at)
                select k.id, k.kind, k.locale, c.registration_number, c.channel, d.number, d.valid_until, a.email,
                       a.enabled, k.recipient_address, k.template_data, k.attempts, k.created_at,
                       k.recipient_account_id, k.case_id, k.decree_id
                from claimed k left join report_case c on c.id = k.case_id left join decree d on d.id = k.decree_id
                     left join account a on a.id = k.recipient_account_id
                order by k.id""").setParameter("now", now).setParameter("leaseUntil", now.plus(config.mail().lease()))
                .setParameter("batch", config.mail().batchSize()).getResultList());
        return rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), MailKind.valueOf((String) r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], localDate(r[6]), (String) r[7],
                r[8] != null && (Boolean) r[8], (byte[]) r[9], (byte[]) r[10], ((Number) r[11]).intValue(),
                instant(r[12]), r[13] == null ? null : ((Number) r[13]).longValue(),
                r[14] == null ? null : ((Number) r[14]).longValue(), r[15] == null ? null : ((Number) r[15]).longValue()))
                .toList();
    }

    private Outcome deliver(Claimed m) {
        String to;
        if (m.accountId() != null) {
            if (!m.accountEnabled() || m.accountEmail() == null || m.accountEmail().isBlank()) {
                return cancel(m, "account without an address or disabled");
            }
            to = m.accountEmail();
        } else {
            to = cipher.decryptText(m.address(), Outbox.ADDRESS_LABEL);
        }
        if ((m.caseId() != null && m.number() == null) || (m.kind() == MailKind.DECREE_EXPIRING && m.decreeNumber() == null)) {
            return cancel(m, "the case or decree is gone");
        }
        try {
            MailRenderer.Rendered r = renderer.render(subject(m));
            // bounded: a connection the SMTP server leaves hanging must not stall this instance's sender
            mailer.send(Mail.withHtml(to, r.subject(), r.html()).setText(r.text()).addHeader("Message-ID", messageId(m)))
                    .await().atMost(config.mail().sendTimeout());
        } catch (RuntimeException e) {
            return failed(m, e);
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update mail_outbox set state = 'SENT', sent_at = :now, last_error = null where id = :id")
                .setParameter("now", clock.instant()).setParameter("id", m.id()).executeUpdate());
        LOG.debugf("mail %d (%s) sent", m.id(), m.kind());
        return Outcome.SENT;
    }

    private MailRenderer.Subject subject(Claimed m) {
        if (m.kind() == MailKind.DECREE_EXPIRING) {
            return new MailRenderer.Subject(m.kind(), m.locale(), m.decreeNumber(), null,
                    m.decreeEnds() == null ? "" : m.decreeEnds().toString(), Map.of());
        }
        Map<String, String> data = Map.of();
        if (m.data() != null) {
            try {
                data = mapper.readValue(cipher.decrypt(m.data(), Outbox.DATA_LABEL), new TypeReference<Map<String, String>>() {
                });
            } catch (java.io.IOException e) {
                throw new IllegalStateException("mail data is not JSON", e);
            }
        }
        return new MailRenderer.Subject(m.kind(), m.locale(), m.number(), m.channel(), data.getOrDefault("detail", ""), data);
    }

    /** Stable for the row: every attempt of one mail carries the same id. */
    String messageId(Claimed m) {
        return "<outbox-" + m.id() + "." + m.createdAt().toEpochMilli() + "@" + renderer.host() + ">";
    }

    private Outcome failed(Claimed m, RuntimeException e) {
        String error = errorText(e);
        boolean last = m.attempts() >= config.mail().maxAttempts();
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            if (last) {
                em.createNativeQuery("update mail_outbox set state = 'FAILED', last_error = :error where id = :id")
                        .setParameter("error", error).setParameter("id", m.id()).executeUpdate();
                audit.record(null, "MAIL_FAILED", "MAIL", m.id(), m.kind() + " after " + m.attempts() + " attempts");
            } else {
                em.createNativeQuery("update mail_outbox set next_attempt_at = :next, last_error = :error where id = :id")
                        .setParameter("next", now.plus(backoff(m.attempts()))).setParameter("error", error)
                        .setParameter("id", m.id()).executeUpdate();
            }
        });
        LOG.warnf("mail %d (%s) attempt %d failed%s: %s", m.id(), m.kind(), m.attempts(), last ? " for the last time" : "", error);
        return last ? Outcome.FAILED : Outcome.RETRY;
    }

    private Outcome cancel(Claimed m, String why) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update mail_outbox set state = 'CANCELLED', last_error = :why where id = :id")
                .setParameter("why", why).setParameter("id", m.id()).executeUpdate());
        return Outcome.CANCELLED;
    }

    /** base × 2^(attempts − 1), at most the configured maximum. */
    Duration backoff(int attempts) {
        Duration base = config.mail().retryBase();
        Duration wait = base.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        return wait.compareTo(config.mail().retryMax()) > 0 || wait.isNegative() ? config.mail().retryMax() : wait;
    }

    /** The error for administrators: never the mail's text, and addresses masked (a reporter's is identity). */
    static String errorText(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (!s.isEmpty()) {
                s.append(" ← ");
            }
            s.append(msg);
        }
        String masked = ADDRESS.matcher(s).replaceAll("[address]");
        return masked.length() > 500 ? masked.substring(0, 500) : masked;
    }

    private static LocalDate localDate(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
