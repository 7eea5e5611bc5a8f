package id.integritas.portal.tracking;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The tracking rate limit is one allowance for the whole cluster: two limiters (as two instances would have, each
 * with its own objects and connections) counting against one database give one client L lookups per minute, not 2L.
 * The packaged two-instance proof behind HAProxy is deploy/rehearsal.sh.
 */
@QuarkusTest
@Tag("persistence")
class TrackingRateLimitClusterTest {

    @Inject
    PortalConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    TrackingRateLimiter bean;

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    private int limit() {
        return config.tracking().lookupsPerMinute();
    }

    private static boolean take(TrackingRateLimiter limiter, String address) {
        try {
            limiter.acquire(address);
            return true;
        } catch (ApiProblemException e) {
            assertEquals(429, e.status());
            assertTrue(Long.parseLong(String.valueOf(e.headers().get("Retry-After"))) >= 1, "Retry-After in seconds");
            return false;
        }
    }

    @Test
    void twoInstancesTakingTurnsShareOneAllowance() {
        TrackingRateLimiter a = new TrackingRateLimiter(config, dataSource, meters);
        TrackingRateLimiter b = new TrackingRateLimiter(config, dataSource, meters);
        String address = "198.51.100.21";
        int allowed = 0;
        for (int i = 0; i < 2 * limit(); i++) {
            allowed += take(i % 2 == 0 ? a : b, address) ? 1 : 0;
        }
        assertEquals(limit(), allowed, "one allowance for both instances");
        assertFalse(take(bean, address), "the application's own limiter sees the same count");
        assertTrue(take(a, "198.51.100.22"), "another client has its own allowance");
    }

    @Test
    void concurrentLookupsOnSeveralInstancesNeverExceedTheAllowance() throws Exception {
        List<TrackingRateLimiter> instances = List.of(new TrackingRateLimiter(config, dataSource, meters),
                new TrackingRateLimiter(config, dataSource, meters), bean);
        String address = "2001:db8::23";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 4 * limit(); i++) {
                TrackingRateLimiter l = instances.get(i % instances.size());
                calls.add(() -> take(l, address));
            }
            int allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                allowed += f.get() ? 1 : 0;
            }
            assertEquals(limit(), allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBucketRefillsWithTimeAndIdleRowsAreForgotten() throws Exception {
        TrackingRateLimiter a = new TrackingRateLimiter(config, dataSource, meters);
        String address = "198.51.100.24";
        while (take(a, address)) {
            // use the allowance up
        }
        byte[] key = a.clientKey(address);
        // A minute later (the database's clock decides) the bucket is full again.
        update("update tracking_rate_bucket set refilled_at = refilled_at - interval '61 seconds' where client_key = ?", key);
        int allowed = 0;
        for (int i = 0; i < 2 * limit(); i++) {
            allowed += take(a, address) ? 1 : 0;
        }
        assertEquals(limit(), allowed);
        // Idle for more than two minutes: the row is deleted, nothing of the client stays.
        update("update tracking_rate_bucket set refilled_at = refilled_at - interval '3 minutes' where client_key = ?", key);
        assertTrue(a.forgetIdleRows() >= 1);
        assertEquals(0, count("select count(*) from tracking_rate_bucket where client_key = ?", key));
    }

    @Test
    void theAddressIsNeverStoredOnlyADailyKeyedHash() throws Exception {
        String address = "198.51.100.25";
        take(new TrackingRateLimiter(config, dataSource, meters), address);
        byte[] key = bean.clientKey(address);
        assertEquals(32, key.length);
        assertEquals(1, count("select count(*) from tracking_rate_bucket where client_key = ?", key));
        assertEquals(0, count("select count(*) from tracking_rate_bucket where position(? in client_key) > 0",
                address.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, count("select count(*) from information_schema.columns where table_name = 'tracking_rate_bucket'"
                + " and data_type in ('text', 'character varying', 'inet', 'cidr')", null));
    }

    private void update(String sql, byte[] key) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBytes(1, key);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private long count(String sql, byte[] param) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setBytes(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
