package id.integritas.portal.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain-rules.md §4–§5 and the test vectors of domain.md §5, on the 2026 calendar (V6), without Quarkus. */
class WorkingDaysTest {

    static final List<DayOff> CALENDAR_2026 = calendar2026();

    static List<DayOff> calendar2026() {
        List<DayOff> rows = new ArrayList<>();
        for (String d : List.of("01-01", "01-16", "02-17", "03-19", "03-21", "03-22", "04-03", "04-05", "05-01", "05-14",
                "05-27", "05-31", "06-01", "06-16", "08-17", "08-25", "12-25")) {
            rows.add(new DayOff(LocalDate.parse("2026-" + d), Holiday.Kind.LIBUR_NASIONAL, "Libur " + d));
        }
        for (String d : List.of("02-16", "03-18", "03-20", "03-23", "03-24", "05-15", "05-28", "12-24")) {
            rows.add(new DayOff(LocalDate.parse("2026-" + d), Holiday.Kind.CUTI_BERSAMA, "Cuti bersama " + d));
        }
        return rows;
    }

    final WorkingDays days = new WorkingDays(CALENDAR_2026);

    @ParameterizedTest(name = "{0} + {1} HK -> {2} (cuti bersama off) / {3} (worked)")
    @CsvSource({
            "2026-03-17, 3, 2026-03-27, 2026-03-23",
            "2026-03-17, 30, 2026-05-07, 2026-04-30",
            "2026-03-16, 10, 2026-04-07, 2026-03-31",
            "2026-12-21, 5, 2026-12-30, 2026-12-29",
            "2026-05-12, 3, 2026-05-19, 2026-05-18",
            "2026-02-13, 1, 2026-02-18, 2026-02-16" })
    void theSixTestVectorsInBothColumns(LocalDate start, int n, LocalDate cutiOff, LocalDate cutiWorked) {
        assertEquals(cutiOff, days.deadline(start, n, true));
        assertEquals(cutiWorked, days.deadline(start, n, false));
    }

    @Test
    void theDayOfReceiptIsNotCountedAndSkippedDaysAreNamed() {
        // Friday 13 Feb: 14-15 weekend, 16 cuti bersama, 17 Imlek, 18 is the first working day.
        WorkingDays.Result r = days.count(LocalDate.parse("2026-02-13"), 1, true, List.of());
        assertEquals(LocalDate.parse("2026-02-18"), r.deadline());
        assertEquals(2, r.weekendDays());
        assertEquals(List.of("2026-02-16", "2026-02-17"), r.skipped().stream().map(d -> d.date().toString()).toList());
        assertEquals(Holiday.Kind.CUTI_BERSAMA, r.skipped().get(0).kind());
        assertEquals("Cuti bersama 02-16", r.skipped().get(0).name());
        // A plain week: Monday + 1 HK is Tuesday, nothing skipped.
        WorkingDays.Result plain = days.count(LocalDate.parse("2026-07-06"), 1, true, List.of());
        assertEquals(LocalDate.parse("2026-07-07"), plain.deadline());
        assertTrue(plain.skipped().isEmpty());
    }

    @Test
    void aStartOnANonWorkingDayStartsFromTheNextWorkingDay() {
        // Saturday 4 July 2026: deemed received Monday 6 July, so 1 HK is Tuesday 7 July (not Monday).
        assertEquals(LocalDate.parse("2026-07-07"), days.deadline(LocalDate.parse("2026-07-04"), 1, true));
        assertEquals(LocalDate.parse("2026-07-07"), days.deadline(LocalDate.parse("2026-07-06"), 1, true));
        // Saturday 14 Feb: Monday 16 is cuti bersama, Tuesday 17 Imlek, so received Wednesday 18; 1 HK = Thursday 19.
        assertEquals(LocalDate.parse("2026-02-19"), days.deadline(LocalDate.parse("2026-02-14"), 1, true));
        // With cuti bersama worked, received Monday 16; 1 HK = Wednesday 18 (17 is Imlek).
        assertEquals(LocalDate.parse("2026-02-18"), days.deadline(LocalDate.parse("2026-02-14"), 1, false));
    }

    @Test
    void aPauseMovesTheDeadlineByTheWorkingDaysItHeld() {
        LocalDate start = LocalDate.parse("2026-07-06"); // Monday
        assertEquals(LocalDate.parse("2026-07-13"), days.deadline(start, 5, true));
        // Paused Tuesday 7, resumed Thursday 9: Wednesday 8 and Thursday 9 do not count -> two working days later.
        WorkingDays.Result paused = days.count(start, 5, true,
                List.of(new WorkingDays.Pause(LocalDate.parse("2026-07-07"), LocalDate.parse("2026-07-09"))));
        assertEquals(2, paused.pausedWorkingDays());
        assertEquals(LocalDate.parse("2026-07-15"), paused.deadline());
        // A pause over a weekend holds only its working days (Fri 10 -> Tue 14: Mon 13 and Tue 14).
        assertEquals(LocalDate.parse("2026-07-15"), days.count(start, 5, true,
                List.of(new WorkingDays.Pause(LocalDate.parse("2026-07-10"), LocalDate.parse("2026-07-14")))).deadline());
        // A pause across cuti bersama holds fewer working days when cuti bersama is off.
        LocalDate march = LocalDate.parse("2026-03-16");
        WorkingDays.Result lebaran = days.count(march, 10, true,
                List.of(new WorkingDays.Pause(LocalDate.parse("2026-03-17"), LocalDate.parse("2026-03-25"))));
        assertEquals(1, lebaran.pausedWorkingDays()); // only 25 March
        assertEquals(LocalDate.parse("2026-04-08"), lebaran.deadline());
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays.Pause(LocalDate.parse("2026-07-09"), LocalDate.parse("2026-07-07")));
    }

    @Test
    void regionalAndOtherDaysOffAlwaysCountAndNoDeadlineOfZeroDays() {
        WorkingDays withRegional = new WorkingDays(List.of(new DayOff(LocalDate.parse("2026-07-07"), Holiday.Kind.LIBUR_DAERAH, "Hari jadi kota")));
        assertEquals(LocalDate.parse("2026-07-08"), withRegional.deadline(LocalDate.parse("2026-07-06"), 1, false));
        assertThrows(IllegalArgumentException.class, () -> days.deadline(LocalDate.parse("2026-07-06"), 0, true));
    }
}
