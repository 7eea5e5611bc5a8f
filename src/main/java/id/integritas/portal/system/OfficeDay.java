package id.integritas.portal.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The office's calendar day ({@code portal.office.time-zone}, by the injected {@link Clock}): the day SK memberships,
 * reference-list versions and event-date checks are judged by. One place, so they all agree at midnight.
 */
@ApplicationScoped
public class OfficeDay {

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    public ZoneId zone() {
        return ZoneId.of(config.office().timeZone());
    }

    /** The office's calendar day of an instant. */
    public LocalDate of(java.time.Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
