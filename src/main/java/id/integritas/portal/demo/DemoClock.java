package id.integritas.portal.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.arc.profile.IfBuildProfile;

/**
 * Dev mode only: the portal's clock, which is the system clock except on the thread seeding the demo data while it
 * files a report or steps a case "as of" a past instant. So demo cases go through the real intake and workflow code
 * (numbers, encryption, routing, clocks) with submission and step times in the past, and nothing else sees a
 * changed time. Never built into tests or the packaged application.
 */
@Alternative
@Priority(5)
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoClock extends Clock {

    private final ThreadLocal<Instant> asOf = new ThreadLocal<>();

    /** Runs {@code work} on this thread with the portal's time set to {@code at}. */
    public <T> T asOf(Instant at, Supplier<T> work) {
        Instant before = asOf.get();
        asOf.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                asOf.remove();
            } else {
                asOf.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant at = asOf.get();
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = asOf.get();
        return at != null ? Clock.fixed(at, zone) : Clock.system(zone);
    }
}
