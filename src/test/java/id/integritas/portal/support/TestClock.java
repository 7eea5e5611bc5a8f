package id.integritas.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The portal's clock in tests: the system clock unless a test shifts it, so a test decides how old a session or a
 * record is instead of forging timestamps from the wall clock. Tests that shift it reset it in a finally block.
 * (Token signatures are still checked by SmallRye JWT against real time, so shifts stay within a token's life.)
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    /** From now on the portal's time is real time plus {@code by} (negative: the past). */
    public void shift(Duration by) {
        shift = by;
    }

    public void reset() {
        shift = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), shift);
    }
}
