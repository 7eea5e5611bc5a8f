package id.integritas.portal.deadline;

import static id.integritas.portal.deadline.CaseClocksTest.at;
import static id.integritas.portal.deadline.CaseClocksTest.fileComplaint;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.support.CaseMoves;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.support.TestClock;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The deadline check raises each alert once and closes each case once, however many instances run it at the same
 * time: two runners on their own threads (own transactions and connections) race over the same clocks.
 */
@QuarkusTest
@Tag("persistence")
class DeadlineSchedulerTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineScheduler scheduler;

    @Inject
    CaseMoves moves;

    @Inject
    TestAccounts accounts;

    @Inject
    AccountRepository accountRepository;

    @Inject
    DecreeAdmin decrees;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Both runners start together; the results of both. */
    List<DeadlineScheduler.Run> raceTwo() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<DeadlineScheduler.Run> runner = () -> {
                go.await();
                return scheduler.runOnce();
            };
            Future<DeadlineScheduler.Run> a = pool.submit(runner);
            Future<DeadlineScheduler.Run> b = pool.submit(runner);
            go.countDown();
            return List.of(a.get(120, TimeUnit.SECONDS), b.get(120, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    long alerts(List<Long> caseIds, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_alert where case_id in (:ids) and kind = :kind")
                .setParameter("ids", caseIds).setParameter("kind", kind).getSingleResult()).longValue());
    }

    long allAlerts() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from case_alert")
                .getSingleResult()).longValue());
    }

    @Test
    void twoInstancesRaiseEveryDueSoonOverdueAndEscalationExactlyOnce() throws Exception {
        String chair = "clocks.ketua" + System.nanoTime() % 1_000_000;
        accounts.token(chair, Set.of(Role.KETUA_TIM), Set.of());
        long chairId = QuarkusTransaction.requiringNew().call(() -> accountRepository.findByUsername(chair).orElseThrow().id);
        QuarkusTransaction.requiringNew().run(() -> decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.COMPLAINTS,
                "SK-UJI/TENGGAT/" + chair, LocalDate.of(2026, 3, 1), "Kepala Dinas (uji)", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), List.of(new DecreeAdmin.MemberRequest(chair, TeamRole.CHAIR, null, null))), null));

        at(clock, LocalDate.of(2026, 3, 17));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(moves.load(fileComplaint(LocalDate.of(2026, 3, 16))[0]).id);
        }

        // Wednesday 25 March: two working days left, nothing is raised
        at(clock, LocalDate.of(2026, 3, 25));
        scheduler.runOnce();
        assertEquals(0, alerts(ids, "DUE_SOON"));

        // Thursday 26 March: one working day left
        at(clock, LocalDate.of(2026, 3, 26));
        long attemptsBefore = scheduler.attempts();
        long conflictsBefore = scheduler.conflicts();
        long rowsBefore = allAlerts();
        List<DeadlineScheduler.Run> runs = raceTwo();
        assertEquals(40, alerts(ids, "DUE_SOON"), "one DUE_SOON per clock");
        assertEquals(0, alerts(ids, "OVERDUE"));
        assertEquals(allAlerts() - rowsBefore, scheduler.attempts() - attemptsBefore,
                "every raise attempt made a row: no clock was claimed twice");
        assertEquals(conflictsBefore, scheduler.conflicts());
        assertEquals(runs.get(0).raised() + runs.get(1).raised(), allAlerts() - rowsBefore);
        Map<String, Object> row = QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("select clock, due_on, recipient_account_id, recipient_team from case_alert "
                    + "where case_id = :id and kind = 'DUE_SOON'").setParameter("id", ids.get(0)).getSingleResult();
            return Map.of("clock", r[0], "due", r[1].toString(), "team", String.valueOf(r[3]), "account", String.valueOf(r[2]));
        });
        assertEquals("P1", row.get("clock"));
        assertEquals("2026-03-27", row.get("due"));
        assertEquals("COMPLAINTS", row.get("team"), "unassigned: the handling team");
        assertEquals("null", row.get("account"));

        // the same day again: nothing new
        long rowsAfterFirst = allAlerts();
        raceTwo();
        assertEquals(rowsAfterFirst, allAlerts());

        // Monday 30 March: overdue, and escalated to the chair of the team in force
        at(clock, LocalDate.of(2026, 3, 30));
        attemptsBefore = scheduler.attempts();
        rowsBefore = allAlerts();
        raceTwo();
        raceTwo();
        assertEquals(40, alerts(ids, "OVERDUE"));
        assertEquals(40, alerts(ids, "ESCALATED_TO_CHAIR"));
        assertEquals(40, alerts(ids, "DUE_SOON"));
        assertEquals(allAlerts() - rowsBefore, scheduler.attempts() - attemptsBefore);
        assertEquals(conflictsBefore, scheduler.conflicts(), "no attempt ever hit the unique key");
        long toChair = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_alert where case_id in (:ids) and kind = 'ESCALATED_TO_CHAIR' and recipient_account_id = :chair")
                .setParameter("ids", ids).setParameter("chair", chairId).getSingleResult()).longValue());
        assertEquals(40, toChair);
        long marked = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_deadline where case_id in (:ids) and clock = 'P1' and due_soon_at is not null "
                        + "and overdue_at is not null").setParameter("ids", ids).getSingleResult()).longValue());
        assertEquals(40, marked);
    }

    @Test
    void anAnsweredComplaintWithoutReplyClosesOnceAfterP3AndOneWithAReplyStaysOpen() throws Exception {
        at(clock, LocalDate.of(2026, 3, 17));
        String[] silent = fileComplaint(LocalDate.of(2026, 3, 16));
        String[] replied = fileComplaint(LocalDate.of(2026, 3, 16));
        for (String[] c : List.of(silent, replied)) {
            moves.move(c[0], "TERVERIFIKASI", "DIDISPOSISI", "DIPROSES", "DITANGGAPI");
        }
        Fixtures.json().body(Map.of("trackingCode", replied[1], "message", "Terima kasih, saya akan mencoba lagi."))
                .post("/api/v1/tracking/messages").then().statusCode(200);
        ReportCase c = moves.load(silent[0]);
        LocalDate p3 = QuarkusTransaction.requiringNew().call(() -> CaseDeadline.<CaseDeadline>findById(
                new CaseDeadline.Key(c.id, "P3")).dueOn);
        assertEquals(LocalDate.of(2026, 4, 8), p3, "10 HK after 17 March");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> CaseDeadline.<CaseDeadline>findById(
                new CaseDeadline.Key(moves.load(replied[0]).id, "P3")).stoppedOn), "the reporter's reply stops P3");

        // on the due day itself the reporter may still reply
        at(clock, LocalDate.of(2026, 4, 8));
        raceTwo();
        assertEquals("DITANGGAPI", moves.load(silent[0]).status);

        at(clock, LocalDate.of(2026, 4, 9));
        List<DeadlineScheduler.Run> runs = raceTwo();
        raceTwo();
        ReportCase closed = moves.load(silent[0]);
        assertEquals("SELESAI", closed.status);
        assertEquals("DITANGGAPI", moves.load(replied[0]).status);
        assertTrue(runs.get(0).closed() + runs.get(1).closed() >= 1);
        List<Object[]> events = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select actor_account_id, reason from case_event where case_id = :id and status = 'SELESAI'")
                .setParameter("id", closed.id).getResultList());
        assertEquals(1, events.size(), "closed exactly once");
        assertNull(events.get(0)[0], "by the system");
        assertTrue(((String) events.get(0)[1]).contains("P3"));
        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where action = 'CASE_AUTO_CLOSED' and target_id = :id")
                .setParameter("id", closed.id).getSingleResult()).longValue());
        assertEquals(1, audited);
        assertEquals(0, alerts(List.of(closed.id), "OVERDUE"), "a clock waiting for the reporter alerts nobody");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> CaseDeadline.count("caseId = ?1 and stoppedOn is null", closed.id)),
                "a closed case has no running clock");
        assertNull(closed.nextDueOn);
    }

    @Test
    void casesWaitingTooLongForTheReporterCloseByTheirOwnClock() throws Exception {
        String employee = accounts.token("clocks.pegawai2", Set.of(Role.PEGAWAI), Set.of());
        String complaint = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        String tip = Fixtures.json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .extract().path("registrationNumber");
        Map<String, Object> gift = new java.util.HashMap<>(Fixtures.gratification());
        String gratification = Fixtures.json().auth().oauth2(employee).body(gift).post("/api/v1/reports/gratifications").then()
                .statusCode(201).extract().path("registrationNumber");
        moves.move(complaint, "PERLU_DILENGKAPI");
        moves.move(tip, "MENUNGGU_INFO_PELAPOR");
        moves.move(gratification, "PERLU_DILENGKAPI");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> CaseDeadline.<CaseDeadline>findById(
                new CaseDeadline.Key(moves.load(tip).id, "W1")).pausedSince), "W1 waits while the tipster is asked");

        scheduler.runOnce();
        assertEquals("PERLU_DILENGKAPI", moves.load(complaint).status);
        assertEquals("MENUNGGU_INFO_PELAPOR", moves.load(tip).status);
        assertEquals("PERLU_DILENGKAPI", moves.load(gratification).status);

        // well after P5 (10 HK), W2 (30 HK) and G4 (20 HK)
        at(clock, LocalDate.of(2027, 3, 1));
        raceTwo();
        assertEquals("DITUTUP", moves.load(complaint).status);
        assertEquals("DITUTUP", moves.load(tip).status);
        assertEquals("TIDAK_DITINDAKLANJUTI", moves.load(gratification).status);
        for (String[] expected : List.of(new String[] { complaint, "P5" }, new String[] { tip, "W2" },
                new String[] { gratification, "G4" })) {
            long id = moves.load(expected[0]).id;
            List<Object[]> closing = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select actor_account_id, reason from case_event where case_id = :id and reason like 'Ditutup otomatis%'")
                    .setParameter("id", id).getResultList());
            assertEquals(1, closing.size(), expected[0]);
            assertNull(closing.get(0)[0]);
            assertTrue(((String) closing.get(0)[1]).contains("(" + expected[1] + ")"));
        }
    }
}
