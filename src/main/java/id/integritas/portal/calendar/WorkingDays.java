package id.integritas.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working days (HK) as docs/domain-rules.md §4–§5 count them: Monday to Friday minus the calendar's days off; cuti
 * bersama is a day off or a working day per call. The day of receipt is not counted and the deadline is the Nth
 * working day after it; a start on a non-working day is treated as received on the next working day. A pure
 * function of the rows it is given.
 */
public final class WorkingDays {

    /** A clock stopped on {@code pausedOn} and running again after {@code resumedOn}. */
    public record Pause(LocalDate pausedOn, LocalDate resumedOn) {
        public Pause {
            if (pausedOn == null || resumedOn == null || resumedOn.isBefore(pausedOn)) {
                throw new IllegalArgumentException("a pause needs its start and an end not before it");
            }
        }
    }

    /**
     * The deadline and the non-working days between the start (exclusive) and the deadline (inclusive): every
     * calendar row that was a day off is listed, weekends without a row are only counted.
     */
    public record Result(LocalDate deadline, List<DayOff> skipped, int weekendDays, int pausedWorkingDays) {
    }

    private final Map<LocalDate, List<DayOff>> byDate = new HashMap<>();

    public WorkingDays(Collection<DayOff> daysOff) {
        for (DayOff d : daysOff) {
            byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d);
        }
    }

    public boolean isWorkingDay(LocalDate day, boolean cutiBersamaOff) {
        return !isWeekend(day) && offRows(day, cutiBersamaOff).isEmpty();
    }

    public LocalDate deadline(LocalDate start, int workingDays, boolean cutiBersamaOff) {
        return count(start, workingDays, cutiBersamaOff, List.of()).deadline();
    }

    /**
     * Counts {@code workingDays} working days after the start. While a pause lasts the clock stands still: the
     * working days after {@code pausedOn} up to and including {@code resumedOn} are not counted (the day of
     * resumption is like a new day of receipt), so a pause moves the deadline by exactly the working days it held.
     */
    public Result count(LocalDate start, int workingDays, boolean cutiBersamaOff, List<Pause> pauses) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1");
        }
        List<DayOff> skipped = new ArrayList<>();
        int weekends = 0;
        int paused = 0;
        LocalDate receipt = start;
        while (!isWorkingDay(receipt, cutiBersamaOff)) {
            receipt = receipt.plusDays(1);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            List<DayOff> off = offRows(day, cutiBersamaOff);
            if (!off.isEmpty()) {
                skipped.addAll(off);
            } else if (isWeekend(day)) {
                weekends++;
            } else if (!day.isAfter(receipt)) {
                // before the deemed day of receipt (a start on a non-working day): not counted
            } else if (isPaused(day, pauses)) {
                paused++;
            } else {
                counted++;
            }
        }
        return new Result(day, List.copyOf(skipped), weekends, paused);
    }

    private static boolean isPaused(LocalDate day, List<Pause> pauses) {
        for (Pause p : pauses) {
            if (day.isAfter(p.pausedOn()) && !day.isAfter(p.resumedOn())) {
                return true;
            }
        }
        return false;
    }

    private List<DayOff> offRows(LocalDate day, boolean cutiBersamaOff) {
        List<DayOff> rows = byDate.getOrDefault(day, List.of());
        if (rows.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(r -> cutiBersamaOff || r.kind() != Holiday.Kind.CUTI_BERSAMA).toList();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
