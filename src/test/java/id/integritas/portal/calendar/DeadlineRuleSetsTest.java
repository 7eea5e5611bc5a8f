package id.integritas.portal.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The clocks of docs/domain-rules.md §4 are data (V8), and a later rule set applies only from its date. */
@QuarkusTest
@Tag("persistence")
class DeadlineRuleSetsTest {

    @Inject
    DeadlineRuleSets ruleSets;

    @Test
    void theDefaultSetHoldsEveryClockFrom2026() {
        DeadlineRuleSet set = QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(LocalDate.parse("2026-03-17")).orElseThrow());
        assertEquals(LocalDate.parse("2026-01-01"), set.effectiveFrom);
        assertEquals(List.of("G1", "G2", "G3", "G4", "G7", "K1", "K2", "P1", "P2", "P3", "P4", "P5", "R1", "W1", "W2"),
                set.rules.stream().map(r -> r.clock).toList());
        DeadlineRule p1 = set.rule("P1").orElseThrow();
        assertEquals(3, p1.amount);
        assertEquals(DeadlineRule.Unit.WORKING_DAYS, p1.unit);
        assertTrue(p1.cutiBersamaOff);
        assertTrue(p1.pauses().contains("PERLU_DILENGKAPI"));
        assertTrue(p1.stops().contains("DIDISPOSISI"));
        assertFalse(set.rule("G1").orElseThrow().cutiBersamaOff, "statutory KPK clock: the safer, earlier date");
        assertFalse(set.rule("G3").orElseThrow().cutiBersamaOff);
        assertEquals("G1", set.rule("G3").orElseThrow().cappedBy);
        assertEquals(DeadlineRule.Unit.CALENDAR_DAYS, set.rule("P4").orElseThrow().unit);
        assertEquals(60, set.rule("P4").orElseThrow().amount);
        assertEquals(30, set.rule("G1").orElseThrow().amount);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(LocalDate.parse("2025-12-31")).isEmpty()));

        // The stored clocks give the test vectors of domain.md §5 (office clock: cuti bersama off; G1: worked).
        WorkingDays days = new WorkingDays(WorkingDaysTest.CALENDAR_2026);
        assertEquals(LocalDate.parse("2026-03-27"), p1.deadline(days, LocalDate.parse("2026-03-17"), List.of()));
        assertEquals(LocalDate.parse("2026-04-30"), set.rule("G1").orElseThrow().deadline(days, LocalDate.parse("2026-03-17"), List.of()));
        assertEquals(LocalDate.parse("2026-05-16"), set.rule("P4").orElseThrow().deadline(days, LocalDate.parse("2026-03-17"), List.of()));
        assertEquals(LocalDate.parse("2026-04-05"), set.rule("R1").orElseThrow().deadline(days, LocalDate.parse("2026-03-31"), List.of()));
        assertEquals(LocalDate.parse("2026-12-31"), set.rule("K1").orElseThrow().deadline(days, LocalDate.parse("2026-03-31"), List.of()));
    }

    @Test
    void aLaterRuleSetAppliesOnlyFromItsDate() {
        LocalDate from = LocalDate.parse("2027-07-01");
        Long id = QuarkusTransaction.requiringNew().call(() -> {
            DeadlineRuleSet later = new DeadlineRuleSet();
            later.name = "Uji: P1 menjadi 2 HK";
            later.effectiveFrom = from;
            DeadlineRule p1 = new DeadlineRule();
            p1.clock = "P1";
            p1.description = "Uji";
            p1.amount = 2;
            p1.unit = DeadlineRule.Unit.WORKING_DAYS;
            p1.cutiBersamaOff = true;
            p1.startEvents = "ADU_DITERIMA";
            p1.stopEvents = "DIDISPOSISI";
            p1.legalBasis = "Uji";
            later.add(p1);
            ruleSets.persist(later);
            return later.id;
        });
        try {
            DeadlineRuleSet before = QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(from.minusDays(1)).orElseThrow());
            assertEquals(LocalDate.parse("2026-01-01"), before.effectiveFrom);
            assertEquals(3, before.rule("P1").orElseThrow().amount);
            DeadlineRuleSet on = QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(from).orElseThrow());
            assertEquals(id, on.id);
            assertEquals(2, on.rule("P1").orElseThrow().amount);
            assertEquals(id, QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(from.plusYears(1)).orElseThrow().id));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> ruleSets.deleteById(id));
        }
    }
}
