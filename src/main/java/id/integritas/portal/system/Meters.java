package id.integritas.portal.system;

/**
 * Names and tag values of the portal's own meters on {@code /q/metrics} (docs/operations.md "Metrics"). A tag only
 * ever carries one of a few fixed values (a channel code, a reason): never a tracking code, registration number,
 * name, address or anything else that identifies a report or a person.
 */
public final class Meters {

    /** Counter, tag {@code channel}: reports accepted (every intake path: forms, API, officer-registered). */
    public static final String REPORTS_FILED = "portal.reports.filed";
    /** Counter, tag {@code reason} ({@link #RATE_LIMITED}, {@link #UNKNOWN_CODE}): tracking lookups refused. */
    public static final String TRACKING_REFUSED = "portal.tracking.lookups.refused";
    public static final String RATE_LIMITED = "rate_limited";
    public static final String UNKNOWN_CODE = "unknown_code";
    /** Gauge: mails waiting in the outbox (state PENDING). */
    public static final String OUTBOX_PENDING = "portal.mail.outbox.pending";
    /** Gauge, seconds: age of the oldest pending mail (0 when none is pending). */
    public static final String OUTBOX_OLDEST_AGE = "portal.mail.outbox.oldest.age";
    /** Gauge, tag {@code channel}: open cases whose earliest running clock is past due. */
    public static final String CASES_OVERDUE = "portal.cases.overdue";

    private Meters() {
    }
}
