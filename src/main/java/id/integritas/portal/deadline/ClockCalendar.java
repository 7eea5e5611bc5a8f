package id.integritas.portal.deadline;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.calendar.DayOff;
import id.integritas.portal.calendar.HolidayRepository;
import id.integritas.portal.calendar.WorkingDays;

/** The holiday calendar around the dates a case's clocks need, as a {@link WorkingDays} (one query). */
@ApplicationScoped
public class ClockCalendar {

    @Inject
    HolidayRepository holidays;

    /** Days off from the start of {@code from}'s year until three years after {@code to}: enough for any clock. */
    public WorkingDays around(LocalDate from, LocalDate to) {
        List<DayOff> rows = holidays.between(from.withDayOfYear(1), to.plusYears(3)).stream().map(DayOff::of).toList();
        return new WorkingDays(rows);
    }

    /**
     * Working days from {@code today} until {@code due}: the working days after today up to and including the due
     * date; 0 on the due date itself; negative (the working days since) once it has passed.
     */
    public static int workingDaysLeft(WorkingDays days, LocalDate today, LocalDate due, boolean cutiBersamaOff) {
        if (!due.isBefore(today)) {
            return countBetween(days, today, due, cutiBersamaOff);
        }
        return -countBetween(days, due, today, cutiBersamaOff);
    }

    /** Working days in (from, to]. */
    private static int countBetween(WorkingDays days, LocalDate from, LocalDate to, boolean cutiBersamaOff) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (days.isWorkingDay(d, cutiBersamaOff)) {
                n++;
            }
        }
        return n;
    }

    /** The first day that is two working days after {@code today}: a clock due before it has at most one left. */
    public static LocalDate secondWorkingDayAfter(WorkingDays days, LocalDate today, boolean cutiBersamaOff) {
        LocalDate d = today;
        int n = 0;
        while (n < 2) {
            d = d.plusDays(1);
            if (days.isWorkingDay(d, cutiBersamaOff)) {
                n++;
            }
        }
        return d;
    }
}
