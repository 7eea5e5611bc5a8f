package id.integritas.portal.tracking;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.integritas.portal.system.Meters;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.crypto.Hmac;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Limits tracking-code lookups per client address, in memory only (a per-instance limit): the address is kept
 * as an HMAC under a key that lives and dies with the process, and nothing is written anywhere.
 */
@ApplicationScoped
public class TrackingRateLimiter {

    private final byte[] processKey = new byte[32];
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();
    private final int perMinute;

    @Inject
    MeterRegistry meters;

    public TrackingRateLimiter(PortalConfig config) {
        new SecureRandom().nextBytes(processKey);
        this.perMinute = config.tracking().lookupsPerMinute();
    }

    /** @throws ApiProblemException 429 with Retry-After when the client is over the limit */
    public void acquire(String clientAddress) {
        String key = Base64.getEncoder().encodeToString(Hmac.sha256(processKey,
                new String((clientAddress == null ? "?" : clientAddress).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            meters.counter(Meters.TRACKING_REFUSED, "reason", Meters.RATE_LIMITED).increment();
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw ApiProblemException.rateLimited(seconds);
        }
    }
}
