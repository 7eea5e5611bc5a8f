package id.integritas.portal.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import id.integritas.portal.system.Meters;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.crypto.Hmac;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Limits tracking-code lookups per client address for the whole cluster: every instance counts in one PostgreSQL
 * table ({@code tracking_rate_bucket}, one token bucket of {@code portal.tracking.lookups-per-minute} per client,
 * refilled continuously), so N instances do not give N times the allowance.
 * <p>
 * One round trip per lookup: a single {@code INSERT … ON CONFLICT DO UPDATE … RETURNING} refills and takes a token
 * atomically (the row lock serialises concurrent lookups of one client, on any instance), on its own auto-commit
 * connection outside any transaction, so a lookup that fails afterwards still counts. Time is the database's clock,
 * the same for every instance.
 * <p>
 * Privacy: the address is never stored. The row key is HMAC-SHA256 of the address under a key derived from
 * {@code portal.crypto.lookup-key} and the UTC date (a new key each day, the same on every instance), and a row
 * is deleted once its bucket has been full again for a minute ({@link #forgetIdle()}).
 */
@ApplicationScoped
public class TrackingRateLimiter {

    private static final Logger LOG = Logger.getLogger(TrackingRateLimiter.class);

    /** Refill, then take one token if there is one; {@code allowed} says whether it was taken. */
    static final String TAKE = """
            insert into tracking_rate_bucket as b (client_key, tokens, refilled_at, allowed)
            values (?, cast(? as double precision) - 1, clock_timestamp(), true)
            on conflict (client_key) do update set
              tokens = case when %1$s >= 1 then %1$s - 1 else %1$s end,
              allowed = %1$s >= 1,
              refilled_at = clock_timestamp()
            returning allowed, tokens""".formatted(
            // the bucket refilled up to now: capacity = excluded.tokens + 1, refill rate = capacity per minute
            "least(excluded.tokens + 1, b.tokens"
                    + " + extract(epoch from clock_timestamp() - b.refilled_at) * (excluded.tokens + 1) / 60.0)");

    private final DataSource dataSource;
    private final byte[] rootKey;
    private final int perMinute;
    private final Clock utc = Clock.systemUTC();
    private volatile DayKey dayKey;

    private record DayKey(LocalDate day, byte[] key) {
    }

    private final MeterRegistry meters;

    @Inject
    public TrackingRateLimiter(PortalConfig config, DataSource dataSource, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.meters = meters;
        this.rootKey = Hmac.sha256(Base64.getDecoder().decode(config.crypto().lookupKey()), "tracking-rate-limit");
        this.perMinute = config.tracking().lookupsPerMinute();
    }

    /** @throws ApiProblemException 429 with Retry-After when the client is over the limit (on any instance) */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void acquire(String clientAddress) {
        byte[] key = clientKey(clientAddress);
        boolean allowed;
        double tokens;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(TAKE)) {
            ps.setBytes(1, key);
            ps.setInt(2, perMinute);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                allowed = rs.getBoolean(1);
                tokens = rs.getDouble(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tracking rate limit unavailable", e);
        }
        if (!allowed) {
            meters.counter(Meters.TRACKING_REFUSED, "reason", Meters.RATE_LIMITED).increment();
            // One token comes back every 60/perMinute seconds.
            long seconds = Math.max(1, (long) Math.ceil((1 - tokens) * 60.0 / perMinute));
            throw ApiProblemException.rateLimited(seconds);
        }
    }

    /** Deletes buckets untouched for two minutes (full again for at least one): no client is kept longer. */
    @Scheduled(identity = "tracking-rate-forget", every = "{portal.tracking.forget-every}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void forgetIdle() {
        try {
            forgetIdleRows();
        } catch (RuntimeException e) {
            LOG.warnf("tracking rate limit clean-up failed: %s", e.getClass().getSimpleName());
        }
    }

    /** @return the rows deleted */
    public int forgetIdleRows() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "delete from tracking_rate_bucket where refilled_at < clock_timestamp() - interval '2 minutes'")) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("tracking rate limit clean-up failed", e);
        }
    }

    /** HMAC of the address under today's key (UTC): the same on every instance, never the address itself. */
    byte[] clientKey(String clientAddress) {
        LocalDate today = LocalDate.now(utc.withZone(ZoneOffset.UTC));
        DayKey k = dayKey;
        if (k == null || !k.day().equals(today)) {
            k = new DayKey(today, Hmac.sha256(rootKey, today.toString()));
            dayKey = k;
        }
        return Hmac.sha256(k.key(), clientAddress == null ? "?" : clientAddress);
    }
}
