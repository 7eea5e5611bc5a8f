package id.integritas.portal.casework;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.integritas.portal.calendar.DayOff;
import id.integritas.portal.calendar.Holiday;
import id.integritas.portal.calendar.WorkingDays;

/** Working days left on a clock: after today up to the due date, skipping weekends and days off; negative when late. */
class WorkingDaysLeftTest {

    private final WorkingDays days = new WorkingDays(List.of(new DayOff(LocalDate.of(2026, 3, 19), Holiday.Kind.LIBUR_NASIONAL, "Nyepi"),
            new DayOff(LocalDate.of(2026, 3, 18), Holiday.Kind.CUTI_BERSAMA, "Cuti bersama Nyepi")));

    @Test
    void countsWorkingDaysOnly() {
        LocalDate tue = LocalDate.of(2026, 3, 17);
        assertEquals(0, CaseWork.workingDaysBetween(days, tue, tue));
        assertEquals(2, CaseWork.workingDaysBetween(days, tue, LocalDate.of(2026, 3, 23)), "Fri 20 and Mon 23");
        assertEquals(-2, CaseWork.workingDaysBetween(days, LocalDate.of(2026, 3, 23), tue), "two working days overdue");
    }
}
