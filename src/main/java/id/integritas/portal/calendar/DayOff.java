package id.integritas.portal.calendar;

import java.time.LocalDate;

/** One row of the holiday calendar as the working-day count sees it (no persistence needed). */
public record DayOff(LocalDate date, Holiday.Kind kind, String name) {

    public static DayOff of(Holiday h) {
        return new DayOff(h.date, h.kind, h.name);
    }
}
