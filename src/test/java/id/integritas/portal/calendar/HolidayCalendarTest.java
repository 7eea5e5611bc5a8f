package id.integritas.portal.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The 2026 calendar comes from a migration, so every profile (production too) starts with it. */
@QuarkusTest
@Tag("persistence")
class HolidayCalendarTest {

    @Inject
    HolidayRepository holidays;

    @Test
    void aFreshDatabaseHasThe2026HolidaysAndJointLeaveWithTheirLegalBasis() {
        List<Holiday> rows = QuarkusTransaction.requiringNew().call(() -> holidays
                .list("date between ?1 and ?2 order by date", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(25, rows.size());
        Map<Holiday.Kind, List<Holiday>> byKind = rows.stream().collect(Collectors.groupingBy(h -> h.kind));
        assertEquals(17, byKind.get(Holiday.Kind.LIBUR_NASIONAL).size());
        assertEquals(8, byKind.get(Holiday.Kind.CUTI_BERSAMA).size());
        assertTrue(byKind.get(Holiday.Kind.LIBUR_NASIONAL).stream().allMatch(h -> "SKB 3 Menteri 2025".equals(h.legalBasis)));
        assertTrue(byKind.get(Holiday.Kind.CUTI_BERSAMA).stream().allMatch(h -> "Keppres 42/2025".equals(h.legalBasis)));
        assertTrue(rows.stream().allMatch(h -> h.name != null && !h.name.isBlank()));
        assertEquals(List.of("2026-02-16", "2026-03-18", "2026-03-20", "2026-03-23", "2026-03-24", "2026-05-15",
                "2026-05-28", "2026-12-24"), byKind.get(Holiday.Kind.CUTI_BERSAMA).stream().map(h -> h.date.toString()).toList());
        assertEquals(List.of("2026-01-01", "2026-01-16", "2026-02-17", "2026-03-19", "2026-03-21", "2026-03-22",
                "2026-04-03", "2026-04-05", "2026-05-01", "2026-05-14", "2026-05-27", "2026-05-31", "2026-06-01",
                "2026-06-16", "2026-08-17", "2026-08-25", "2026-12-25"),
                byKind.get(Holiday.Kind.LIBUR_NASIONAL).stream().map(h -> h.date.toString()).toList());
    }
}
