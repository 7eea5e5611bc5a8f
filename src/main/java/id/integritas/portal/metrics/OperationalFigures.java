package id.integritas.portal.metrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casework.InboxQuery;
import id.integritas.portal.system.Meters;
import id.integritas.portal.system.OfficeDay;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The portal's operational figures on {@code /q/metrics}: outbox backlog and age of its oldest mail, overdue cases per
 * channel (gauges), and the counters of {@link Meters} registered at zero for every tag value so a dashboard sees a
 * series from the start. The gauges read the last count held here; {@link #refresh()} recounts on a timer
 * ({@code portal.metrics.refresh-every}) with two statements served by partial indexes (the outbox's pending rows,
 * V26; open cases, V15), so a scrape never touches the database. Figures are the whole database's: every instance
 * reports the same values (aggregate with max, not sum).
 */
@ApplicationScoped
public class OperationalFigures implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(OperationalFigures.class);

    private static final String OVERDUE_SQL = "select c.channel, count(*) from report_case c where " + InboxQuery.OPEN_SQL
            + " and c.next_due_on < :today group by c.channel";

    @Inject
    EntityManager em;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    /** NaN until the first count: "not known yet" rather than a false zero. */
    private volatile double pending = Double.NaN;
    private volatile Instant oldestPending;
    private volatile boolean counted;
    private final Map<Channel, Double> overdue = new EnumMap<>(Channel.class);

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel ch : Channel.values()) {
            overdue.put(ch, Double.NaN);
            Counter.builder(Meters.REPORTS_FILED).description("Reports accepted, per channel").tag("channel", ch.name())
                    .register(registry);
            Gauge.builder(Meters.CASES_OVERDUE, this, f -> f.overdue(ch))
                    .description("Open cases past their earliest running deadline, per channel").tag("channel", ch.name())
                    .register(registry);
        }
        for (String reason : List.of(Meters.RATE_LIMITED, Meters.UNKNOWN_CODE)) {
            Counter.builder(Meters.TRACKING_REFUSED).description("Tracking-code lookups refused, per reason")
                    .tag("reason", reason).register(registry);
        }
        Gauge.builder(Meters.OUTBOX_PENDING, this, f -> f.pending).description("Mails waiting in the outbox")
                .register(registry);
        Gauge.builder(Meters.OUTBOX_OLDEST_AGE, this, OperationalFigures::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest mail waiting in the outbox (0 when none waits)").register(registry);
    }

    private synchronized double overdue(Channel ch) {
        return overdue.get(ch);
    }

    private double oldestAgeSeconds() {
        if (!counted) {
            return Double.NaN;
        }
        Instant oldest = oldestPending;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    @Scheduled(identity = "metrics-refresh", every = "{portal.metrics.refresh-every}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the figures stay at their last count; the next tick tries again
            LOG.warnf("operational figures not recounted: %s", e.getClass().getSimpleName());
        }
    }

    /** Recounts the outbox backlog and the overdue cases (two indexed statements, one short read-only transaction). */
    public void refresh() {
        LocalDate today = officeDay.today();
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] outbox = (Object[]) em.createNativeQuery(
                    "select count(*), min(created_at) from mail_outbox where state = 'PENDING'").getSingleResult();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(OVERDUE_SQL).setParameter("today", today).getResultList();
            Map<Channel, Double> counts = new EnumMap<>(Channel.class);
            for (Channel ch : Channel.values()) {
                counts.put(ch, 0.0);
            }
            for (Object[] r : rows) {
                counts.put(Channel.valueOf((String) r[0]), ((Number) r[1]).doubleValue());
            }
            synchronized (this) {
                overdue.putAll(counts);
            }
            pending = ((Number) outbox[0]).doubleValue();
            oldestPending = toInstant(outbox[1]);
            counted = true;
        });
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
