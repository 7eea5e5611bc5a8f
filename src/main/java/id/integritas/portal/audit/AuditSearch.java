package id.integritas.portal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import id.integritas.portal.system.OfficeDay;

/**
 * Admins' search of the audit log: by who (username), what (action), when (office days, inclusive) and which case
 * (registration number), newest first, keyset-paginated by id so every page costs the same.
 */
@ApplicationScoped
public class AuditSearch {

    public record Criteria(String actor, String action, LocalDate from, LocalDate to, String caseNumber, Long before,
            int limit) {
    }

    public record Row(long id, Long seq, Instant occurredAt, String actor, String action, String targetType, Long targetId,
            String reason) {
    }

    /** {@code nextBefore}: pass as {@code before} for the next (older) page; null on the last page. */
    public record Result(List<Row> items, Long nextBefore) {
    }

    @Inject
    AuditLog log;

    @Inject
    OfficeDay officeDay;

    @SuppressWarnings("unchecked")
    public Result search(Criteria c) {
        StringBuilder sql = new StringBuilder("select a.id, a.seq, a.occurred_at, acc.username, a.action, a.target_type, "
                + "a.target_id, a.reason from audit_log a left join account acc on acc.id = a.actor_account_id where true");
        Map<String, Object> params = new HashMap<>();
        ZoneId zone = officeDay.zone();
        if (c.actor() != null) {
            sql.append(" and a.actor_account_id = (select x.id from account x where lower(x.username) = lower(:actor))");
            params.put("actor", c.actor());
        }
        if (c.action() != null) {
            sql.append(" and a.action = :action");
            params.put("action", c.action());
        }
        if (c.from() != null) {
            sql.append(" and a.occurred_at >= :from");
            params.put("from", c.from().atStartOfDay(zone).toInstant());
        }
        if (c.to() != null) {
            sql.append(" and a.occurred_at < :to");
            params.put("to", c.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (c.caseNumber() != null) {
            sql.append(" and upper(a.target_type) = 'CASE' and a.target_id = "
                    + "(select r.id from report_case r where r.registration_number = :number)");
            params.put("number", c.caseNumber());
        }
        if (c.before() != null) {
            sql.append(" and a.id < :before");
            params.put("before", c.before());
        }
        sql.append(" order by a.id desc");
        Query q = log.getEntityManager().createNativeQuery(sql.toString()).setMaxResults(c.limit() + 1);
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        List<Row> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(rows.size(), c.limit()))) {
            items.add(new Row(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(), instant(r[2]),
                    (String) r[3], (String) r[4], (String) r[5], r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7]));
        }
        Long next = rows.size() > c.limit() ? items.get(items.size() - 1).id() : null;
        return new Result(items, next);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
