package id.integritas.portal.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * The outbox as administrators see it: newest first, by state, keyset pages on the id; never an address or a text
 * (a reporter's mail shows as "reporter"). "Send again" puts a failed or cancelled mail back in the queue, audited.
 */
@ApplicationScoped
public class MailQueue {

    public static final int MAX_LIMIT = 200;

    public enum State {
        PENDING, SENT, FAILED, CANCELLED
    }

    /**
     * @param recipient the account's username, or {@code reporter} for an address that belongs to no account
     */
    public record Item(long id, String kind, String state, String caseNumber, String recipient, int attempts,
            Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Instant sentAt, String lastError) {
    }

    /** {@code nextBefore}: pass as {@code before} for the next (older) page; null on the last page. */
    public record Page(List<Item> items, Long nextBefore) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Checks the raw parameters (every bad one at once) and reads one page. */
    public Page list(String state, String before, String limit) {
        List<FieldError> errors = new ArrayList<>();
        State s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = State.valueOf(state.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("state", "unknown_option"));
            }
        }
        Long b = number("before", before, Long.MAX_VALUE, errors);
        Long l = number("limit", limit, MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return list(Optional.ofNullable(s), b, l == null ? 50 : l.intValue());
    }

    @SuppressWarnings("unchecked")
    @Transactional
    public Page list(Optional<State> state, Long before, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.kind, o.state, c.registration_number, a.username, o.attempts, o.created_at,
                       o.next_attempt_at, o.last_attempt_at, o.sent_at, o.last_error
                from mail_outbox o left join report_case c on c.id = o.case_id
                     left join account a on a.id = o.recipient_account_id
                where (:state = '' or o.state = :state) and o.id < :before
                order by o.id desc limit :limit""")
                .setParameter("state", state.map(Enum::name).orElse("")).setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setParameter("limit", limit + 1).getResultList();
        List<Item> items = rows.stream().limit(limit).map(r -> new Item(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], r[4] == null ? "reporter" : (String) r[4], ((Number) r[5]).intValue(),
                instant(r[6]), instant(r[7]), instant(r[8]), instant(r[9]), (String) r[10])).toList();
        Long next = rows.size() > limit ? items.get(items.size() - 1).id() : null;
        return new Page(items, next);
    }

    /**
     * Puts a FAILED or CANCELLED mail back in the queue, due now, with its attempts counted afresh; the same
     * Message-ID goes out. A pending or sent mail is left as it is.
     *
     * @return false when no such mail can be sent again
     */
    @Transactional
    public boolean sendAgain(long id, Long adminAccountId) {
        int n = em.createNativeQuery("""
                update mail_outbox set state = 'PENDING', attempts = 0, next_attempt_at = :now
                where id = :id and state in ('FAILED', 'CANCELLED')""")
                .setParameter("now", clock.instant()).setParameter("id", id).executeUpdate();
        if (n == 1) {
            audit.record(adminAccountId, "MAIL_SENT_AGAIN", "MAIL", id, null);
        }
        return n == 1;
    }

    private static Long number(String field, String raw, long max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(raw.strip());
            if (n < 1 || n > max) {
                errors.add(new FieldError(field, "out_of_range"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "number_format"));
            return null;
        }
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
