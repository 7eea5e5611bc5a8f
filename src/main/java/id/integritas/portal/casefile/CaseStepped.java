package id.integritas.portal.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Fired (synchronously, inside the transaction that stored it) whenever a case takes a step: its intake and every
 * transition, and events that are not transitions (the reporter answered). Observers keep derived state in step,
 * e.g. the deadline clocks: {@code code} is one of the event codes of the deadline rules (a status name, or
 * {@code ADU_DITERIMA}, {@code GRATIFIKASI_DITERIMA}, {@code WBS_DITERIMA}, {@code PELAPOR_MEMBALAS}, ...).
 *
 * @param officeDay the office's calendar day of {@code at}
 */
public record CaseStepped(ReportCase reportCase, String code, String previousStatus, LocalDate officeDay, Instant at) {

    /** The event code of a case's intake on its channel. */
    public static String receivedCode(ReportCase c) {
        return switch (c.channel) {
            case ADU -> "ADU_DITERIMA";
            case GRT -> "PENOLAKAN".equals(c.gratificationType) ? "PENOLAKAN_DICATAT" : "GRATIFIKASI_DITERIMA";
            case WBS -> "WBS_DITERIMA";
            case BKP -> c.status;
        };
    }

    /** The reporter answered through the tracking code. */
    public static final String REPORTER_REPLIED = "PELAPOR_MEMBALAS";
}
