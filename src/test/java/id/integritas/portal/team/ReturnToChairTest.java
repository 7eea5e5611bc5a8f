package id.integritas.portal.team;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A member whose membership ended loses sight of the team's cases that day, and their open cases go back to the chair. */
@QuarkusTest
@Tag("persistence")
class ReturnToChairTest {

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    ReturnToChair returns;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    private static Map<String, Object> member(String username, String role, LocalDate until) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", username);
        m.put("teamRole", role);
        m.put("validUntil", until == null ? null : until.toString());
        return m;
    }

    private static Map<String, Object> decree(String number, LocalDate from, LocalDate until, List<Map<String, Object>> members) {
        Map<String, Object> d = new HashMap<>();
        d.put("teamKind", "COMPLAINTS");
        d.put("number", number);
        d.put("date", from.toString());
        d.put("signatory", "Kepala Dinas");
        d.put("validFrom", from.toString());
        d.put("validUntil", until.toString());
        d.put("members", members);
        return d;
    }

    private String complaintAssignedTo(String username) {
        String number = json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update report_case set assignee_account_id = (select id from account where username = :u)
                where registration_number = :n""").setParameter("u", username).setParameter("n", number).executeUpdate());
        return number;
    }

    private Object assignee(String number) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select assignee_account_id from report_case where registration_number = :n").setParameter("n", number)
                .getSingleResult());
    }

    private long events(String number) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from case_event e join report_case c on c.id = e.case_id
                where c.registration_number = :n and e.action = 'RETURNED_TO_CHAIR' and e.reason is not null""")
                .setParameter("n", number).getSingleResult()).longValue());
    }

    private long audits(String number) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from audit_log a join report_case c on c.id = a.target_id
                where c.registration_number = :n and a.action = 'CASE_RETURNED_TO_CHAIR' and a.target_type = 'CASE'""")
                .setParameter("n", number).getSingleResult()).longValue());
    }

    @Test
    void theDayAfterAMembershipEndsTheCasesGoBackOnceAndTheMemberSeesNothing() {
        LocalDate today = decrees.today();
        String chair = "rtc.ketua";
        String leaving = "rtc.anggota";
        String chairToken = accounts.token(chair, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        String leavingToken = accounts.token(leaving, Set.of(Role.PETUGAS), Set.of());
        json().auth().oauth2(accounts.token("rtc.admin", Set.of(Role.ADMIN), Set.of()))
                .body(decree("800/RTC-1/SK/2026", today.minusDays(10), today.plusDays(100),
                        List.of(member(chair, "CHAIR", null), member(leaving, "MEMBER", today))))
                .post("/api/v1/admin/decrees").then().statusCode(201);
        String open = complaintAssignedTo(leaving);
        String closed = complaintAssignedTo(leaving);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update report_case set status = 'DIARSIPKAN' where registration_number = :n").setParameter("n", closed)
                .executeUpdate());

        // the membership's last day: still theirs
        given().auth().oauth2(leavingToken).get("/api/v1/cases/" + open).then().statusCode(200);
        returns.returnAll();
        assertNotNull(assignee(open), "a membership in force keeps its cases");
        assertEquals(0, events(open));

        clock.shift(Duration.ofDays(1));
        try {
            // the next day: their validity ended yesterday; the SQL predicate hides the case at once
            given().auth().oauth2(leavingToken).get("/api/v1/cases/" + open).then().statusCode(404);
            returns.returnAll();
            returns.returnAll(); // the job runs again (or on another instance): nothing more happens
            assertNull(assignee(open), "the open case is back in the chair's queue");
            assertEquals(1, events(open), "one history entry with a reason");
            assertEquals(1, audits(open), "one audit entry");
            assertNotNull(assignee(closed), "a closed case stays as it was");
            assertEquals(0, events(closed));
            given().auth().oauth2(chairToken).get("/api/v1/cases/" + open).then().statusCode(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void endingAMembershipOnTheSkReturnsTheCasesAtOnce() {
        LocalDate today = decrees.today();
        String chair = "rtc2.ketua";
        String leaving = "rtc2.anggota";
        accounts.token(chair, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        accounts.token(leaving, Set.of(Role.PETUGAS), Set.of());
        String admin = accounts.token("rtc2.admin", Set.of(Role.ADMIN), Set.of());
        Map<String, Object> body = decree("800/RTC-2/SK/2026", today.minusDays(10), today.plusDays(100),
                List.of(member(chair, "CHAIR", null), member(leaving, "MEMBER", null)));
        int id = json().auth().oauth2(admin).body(body).post("/api/v1/admin/decrees").then().statusCode(201)
                .extract().path("id");
        String open = complaintAssignedTo(leaving);
        assertNotNull(assignee(open));

        body.put("members", List.of(member(chair, "CHAIR", null), member(leaving, "MEMBER", today.minusDays(1))));
        json().auth().oauth2(admin).body(body).put("/api/v1/admin/decrees/" + id).then().statusCode(200);
        assertNull(assignee(open), "returned right after the SK change, without waiting for the job");
        assertEquals(1, events(open));
        assertEquals(1, audits(open));
        Object actor = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select e.actor_account_id from case_event e join report_case c on c.id = e.case_id
                where c.registration_number = :n and e.action = 'RETURNED_TO_CHAIR'""").setParameter("n", open)
                .getSingleResult());
        assertNotNull(actor, "the administrator who changed the SK is named");
        returns.returnAll();
        assertEquals(1, events(open));
    }
}
