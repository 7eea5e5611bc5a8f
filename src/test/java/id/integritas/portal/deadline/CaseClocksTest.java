package id.integritas.portal.deadline;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.calendar.DeadlineRuleSets;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.support.CaseMoves;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A case's clocks follow its steps by the rule set in force on its start date (domain.md §4). */
@QuarkusTest
@Tag("persistence")
class CaseClocksTest {

    @Inject
    TestClock clock;

    @Inject
    CaseMoves moves;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    DeadlineRuleSets ruleSets;

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Inject
    id.integritas.portal.system.OfficeDay officeDay;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** The portal's now becomes 10:00 office time (WIB) on {@code day}. */
    static void at(TestClock clock, LocalDate day) {
        clock.shift(Duration.between(Instant.now(), day.atTime(3, 0).toInstant(ZoneOffset.UTC)));
    }

    /** A complaint filed on the portal's today; {registrationNumber, trackingCode}. */
    static String[] fileComplaint(LocalDate eventDate) {
        Map<String, Object> body = Fixtures.complaint();
        body.put("eventDate", eventDate.toString());
        var created = Fixtures.json().body(body).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        return new String[] { created.path("registrationNumber"), created.path("trackingCode") };
    }

    Map<String, CaseDeadline> clocks(String number) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportCase c = moves.load(number);
            Map<String, CaseDeadline> m = new HashMap<>();
            CaseDeadline.<CaseDeadline>list("caseId", c.id).forEach(d -> m.put(d.clock, d));
            return m;
        });
    }

    @Test
    void aComplaintFiledOnTheSeventeenthOfMarchIsVerifiedByTheTwentySeventhAndPausesWhileWaitingForTheReporter() {
        at(clock, LocalDate.of(2026, 3, 17));
        String number = fileComplaint(LocalDate.of(2026, 3, 16))[0];

        ReportCase c = moves.load(number);
        long set2026 = QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(LocalDate.of(2026, 3, 17)).orElseThrow().id);
        assertEquals(set2026, c.ruleSetId, "the rule set in force on the day it was filed is stored on the case");
        Map<String, CaseDeadline> clocks = clocks(number);
        assertEquals(Set.of("P1"), clocks.keySet());
        assertEquals(LocalDate.of(2026, 3, 17), clocks.get("P1").startedOn);
        assertEquals(LocalDate.of(2026, 3, 27), clocks.get("P1").dueOn, "3 HK, cuti bersama off (domain.md §5 vector)");
        assertEquals(LocalDate.of(2026, 3, 27), c.nextDueOn);
        List<CaseDeadlines.Deadline> shown = QuarkusTransaction.requiringNew().call(() -> deadlines.of(moves.load(number)));
        assertEquals(1, shown.size());
        assertEquals("P1", shown.get(0).clock());
        assertEquals(3, shown.get(0).workingDaysLeft(), "25, 26 and 27 March are the working days left");
        assertFalse(shown.get(0).paused());
        assertTrue(shown.get(0).description().startsWith("Pengaduan diterima"));

        // asked to complete on Wednesday 25 March: P1 pauses, P5 (10 HK) starts and becomes the next due date
        at(clock, LocalDate.of(2026, 3, 25));
        moves.move(number, "PERLU_DILENGKAPI");
        clocks = clocks(number);
        assertEquals(LocalDate.of(2026, 3, 25), clocks.get("P1").pausedSince);
        assertEquals(LocalDate.of(2026, 4, 9), clocks.get("P5").dueOn);
        assertEquals(LocalDate.of(2026, 4, 9), moves.load(number).nextDueOn, "a paused clock is not the next due date");
        at(clock, LocalDate.of(2026, 3, 27));
        CaseDeadlines.Deadline p1 = QuarkusTransaction.requiringNew().call(() -> deadlines.of(moves.load(number))).stream()
                .filter(d -> d.clock().equals("P1")).findFirst().orElseThrow();
        assertTrue(p1.paused());
        assertEquals(2, p1.workingDaysLeft(), "frozen at the day it paused");

        // completed on Monday 30 March: 26, 27 and 30 March were paused, so P1 moves by three working days
        at(clock, LocalDate.of(2026, 3, 30));
        moves.move(number, "MENUNGGU_VERIFIKASI");
        clocks = clocks(number);
        assertNull(clocks.get("P1").pausedSince);
        assertEquals(LocalDate.of(2026, 4, 1), clocks.get("P1").dueOn);
        assertEquals(LocalDate.of(2026, 3, 30), clocks.get("P5").stoppedOn);
        assertEquals(LocalDate.of(2026, 4, 1), moves.load(number).nextDueOn);
        Long pauses = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(p) from CaseDeadlinePause p where p.caseId = ?1 and p.clock = 'P1' and p.pausedOn = ?2 and p.resumedOn = ?3")
                .setParameter(1, moves.load(number).id).setParameter(2, LocalDate.of(2026, 3, 25))
                .setParameter(3, LocalDate.of(2026, 3, 30)).getSingleResult());
        assertEquals(1L, pauses);

        // verified and assigned: P1 stops, P2 and P4 start
        moves.move(number, "TERVERIFIKASI", "DIDISPOSISI");
        clocks = clocks(number);
        assertEquals(LocalDate.of(2026, 3, 30), clocks.get("P1").stoppedOn);
        assertEquals(LocalDate.of(2026, 4, 7), clocks.get("P2").dueOn, "5 HK after 30 March, Good Friday 3 April off");
        assertEquals(LocalDate.of(2026, 5, 29), clocks.get("P4").dueOn, "60 calendar days");
    }

    @Test
    void aGratificationIsTimedFromTheDayItWasReceivedAndFlaggedLateAfterG1() {
        String employee = accounts.token("clocks.pegawai", Set.of(Role.PEGAWAI), Set.of());
        Map<String, Object> late = Fixtures.gratification();
        late.put("receivedOn", "2026-03-17");
        String lateNumber = Fixtures.json().auth().oauth2(employee).body(late).post("/api/v1/reports/gratifications").then()
                .statusCode(201).extract().path("registrationNumber");
        Map<String, Object> onTime = Fixtures.gratification();
        LocalDate today = QuarkusTransaction.requiringNew().call(() -> officeDay.today());
        onTime.put("receivedOn", today.minusDays(1).toString());
        String onTimeNumber = Fixtures.json().auth().oauth2(employee).body(onTime).post("/api/v1/reports/gratifications").then()
                .statusCode(201).extract().path("registrationNumber");

        Map<String, CaseDeadline> clocks = clocks(lateNumber);
        assertEquals(LocalDate.of(2026, 3, 17), clocks.get("G1").startedOn);
        assertEquals(LocalDate.of(2026, 4, 30), clocks.get("G1").dueOn, "30 HK counting cuti bersama as worked");
        assertEquals(LocalDate.of(2026, 4, 8), clocks.get("G2").dueOn, "10 HK, cuti bersama off");
        assertNotNull(clocks.get("G2").stoppedOn, "filed with the UPG: G2 stops at once");
        assertEquals(LocalDate.of(2026, 4, 30), clocks.get("G3").dueOn, "G3 never ends after G1");
        assertTrue(moves.load(lateNumber).lateReport);

        assertFalse(moves.load(onTimeNumber).lateReport);
        Map<String, CaseDeadline> fresh = clocks(onTimeNumber);
        assertTrue(fresh.get("G3").dueOn.isBefore(fresh.get("G1").dueOn) || fresh.get("G3").dueOn.equals(fresh.get("G1").dueOn));
        assertEquals(today.minusDays(1), fresh.get("G1").startedOn);
        assertEquals(moves.load(onTimeNumber).ruleSetId, moves.load(lateNumber).ruleSetId);
    }
}
