package id.integritas.portal.team;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Case access follows SK membership in force on the office's today; the decree API registers SKs. */
@QuarkusTest
@Tag("persistence")
class TeamAccessTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    private String admin() {
        return accounts.token("team.admin", Set.of(Role.ADMIN), Set.of());
    }

    private static String user(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
    }

    private String officer(String username) {
        return accounts.token(username, Set.of(Role.PETUGAS), Set.of());
    }

    private static Map<String, Object> member(String username, LocalDate from, LocalDate until) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", username);
        m.put("teamRole", "MEMBER");
        m.put("validFrom", from == null ? null : from.toString());
        m.put("validUntil", until == null ? null : until.toString());
        return m;
    }

    private static Map<String, Object> decree(String kind, LocalDate from, LocalDate until, List<Map<String, Object>> members) {
        Map<String, Object> d = new HashMap<>();
        d.put("teamKind", kind);
        d.put("number", "800/" + SEQ.incrementAndGet() + "/SK/2026");
        d.put("date", from.toString());
        d.put("signatory", "Kepala Dinas");
        d.put("validFrom", from.toString());
        d.put("validUntil", until.toString());
        d.put("members", members);
        return d;
    }

    private int post(Map<String, Object> decree) {
        return json().auth().oauth2(admin()).body(decree).post("/api/v1/admin/decrees").then().statusCode(201)
                .extract().path("id");
    }

    private static String file(Map<String, Object> report, String path) {
        return json().body(report).post(path).then().statusCode(201).extract().path("registrationNumber");
    }

    @Test
    void membershipInForceTodayGivesTheChannelsCasesAndNothingElse() {
        LocalDate today = decrees.today();
        String inForce = user("tim.hadir");
        String startsTomorrow = user("tim.besok");
        String endedYesterday = user("tim.selesai");
        String inForceToken = officer(inForce);
        String tomorrowToken = officer(startsTomorrow);
        String endedToken = officer(endedYesterday);
        post(decree("COMPLAINTS", today.minusDays(10), today.plusDays(100), List.of(
                member(inForce, null, null),
                member(startsTomorrow, today.plusDays(1), null),
                member(endedYesterday, null, today.minusDays(1)))));
        String complaint = file(Fixtures.complaint(), "/api/v1/reports/complaints");
        String tip = file(Fixtures.tip(), "/api/v1/reports/whistleblowing");

        // in force: the complaint channel's cases, by inbox and by number
        given().auth().oauth2(inForceToken).queryParam("limit", 100).get("/api/v1/cases").then().statusCode(200)
                .body("items.registrationNumber", hasItem(complaint))
                .body("items.channel", everyItem(is("ADU")));
        given().auth().oauth2(inForceToken).get("/api/v1/cases/" + complaint).then().statusCode(200);
        // a case of another channel by its number: as if it did not exist
        given().auth().oauth2(inForceToken).get("/api/v1/cases/" + tip).then().statusCode(404);
        given().auth().oauth2(inForceToken).get("/api/v1/cases/" + tip + "/messages").then().statusCode(404);

        for (String token : List.of(tomorrowToken, endedToken)) {
            given().auth().oauth2(token).get("/api/v1/cases?counts=true").then().statusCode(200)
                    .body("counts.total", is(0)).body("items", empty());
            given().auth().oauth2(token).get("/api/v1/cases/" + complaint).then().statusCode(404);
        }
    }

    @Test
    void anSkThatEndedOrHasNotStartedGivesNothing() {
        LocalDate today = decrees.today();
        String current = user("tim.skini");
        String ended = user("tim.sklama");
        String future = user("tim.skbaru");
        String currentToken = officer(current);
        String endedToken = officer(ended);
        String futureToken = officer(future);
        post(decree("WBS", today, today, List.of(member(current, null, null))));
        post(decree("WBS", today.minusYears(1), today.minusDays(1), List.of(member(ended, null, null))));
        post(decree("WBS", today.plusDays(1), today.plusYears(1), List.of(member(future, null, null))));
        String tip = file(Fixtures.tip(), "/api/v1/reports/whistleblowing");

        given().auth().oauth2(currentToken).get("/api/v1/cases/" + tip).then().statusCode(200);
        given().auth().oauth2(endedToken).get("/api/v1/cases/" + tip).then().statusCode(404);
        given().auth().oauth2(futureToken).get("/api/v1/cases/" + tip).then().statusCode(404);
        given().auth().oauth2(futureToken).get("/api/v1/cases?counts=true").then().statusCode(200).body("counts.total", is(0));
    }

    @Test
    void accessEndsWhenTheDecreeIsCorrectedWithoutTouchingTheAccount() {
        LocalDate today = decrees.today();
        String username = user("tim.koreksi");
        String token = officer(username);
        Map<String, Object> body = decree("UPG", today.minusDays(5), today.plusDays(5), List.of(member(username, null, null)));
        int id = post(body);
        String gift = json().auth().oauth2(accounts.token("team.pegawai", Set.of(Role.PEGAWAI), Set.of()))
                .body(Fixtures.gratification()).post("/api/v1/reports/gratifications").then().statusCode(201)
                .extract().path("registrationNumber");
        given().auth().oauth2(token).get("/api/v1/cases/" + gift).then().statusCode(200);

        body.put("members", List.of(member(username, null, today.minusDays(1))));
        json().auth().oauth2(admin()).body(body).put("/api/v1/admin/decrees/" + id).then().statusCode(200)
                .body("members[0].inForce", is(false));
        given().auth().oauth2(token).get("/api/v1/cases/" + gift).then().statusCode(404);
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                audit.count("action = ?1 and targetId = ?2", "DECREE_CHANGED", (long) id)) == 1, "the change is audited");
    }

    @Test
    void decreeApiRegistersListsAndRefusesBadInput() {
        LocalDate today = decrees.today();
        String chair = user("tim.ketua");
        officer(chair);
        Map<String, Object> body = decree("CONFLICT_OF_INTEREST", today.minusDays(1), today.plusDays(20),
                List.of(Map.of("username", chair, "teamRole", "CHAIR")));
        int id = post(body);
        String admin = admin();
        given().auth().oauth2(admin).get("/api/v1/admin/decrees/" + id).then().statusCode(200)
                .body("teamKind", is("CONFLICT_OF_INTEREST")).body("channel", is("BKP"))
                .body("inForce", is(true)).body("expiresSoon", is(true))
                .body("members[0].username", is(chair)).body("members[0].teamRole", is("CHAIR"));
        given().auth().oauth2(admin).queryParam("size", 1).get("/api/v1/admin/decrees").then().statusCode(200)
                .body("items", hasSize(1)).body("size", is(1)).body("total", greaterThanOrEqualTo(1));
        assertTrue(QuarkusTransaction.requiringNew().call(() ->
                audit.count("action = ?1 and targetId = ?2", "DECREE_CREATED", (long) id)) == 1, "the creation is audited");

        Map<String, Object> unknown = decree("COMPLAINTS", today, today.plusDays(1),
                List.of(member(chair, null, null), member("tidak.ada.orangnya", null, null)));
        json().auth().oauth2(admin).body(unknown).post("/api/v1/admin/decrees").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'members[1].username' }.code", is("unknown_account"))
                .body("errors.field", not(hasItem("members[0].username")));
        Map<String, Object> backwards = decree("COMPLAINTS", today, today.minusDays(1), List.of());
        backwards.remove("signatory");
        json().auth().oauth2(admin).body(backwards).post("/api/v1/admin/decrees").then().statusCode(400)
                .body("errors.find { it.field == 'validUntil' }.code", is("before_start"))
                .body("errors.find { it.field == 'signatory' }.code", is("required"));
        given().auth().oauth2(admin).get("/api/v1/admin/decrees/99999999").then().statusCode(404);
        given().auth().oauth2(officer(chair)).get("/api/v1/admin/decrees").then().statusCode(403);
    }

    @Test
    void casesOfAChannelWithNoTeamInForceWaitInTheUnassignedList() {
        String tip = file(Fixtures.tip(), "/api/v1/reports/whistleblowing");
        LocalDate farAway = decrees.today().plusYears(50);
        // no SK of any test runs that long: every channel is unstaffed then
        assertTrue(QuarkusTransaction.requiringNew().call(() -> access.unassigned(farAway, 0, 100))
                .stream().anyMatch(c -> tip.equals(c.registrationNumber)));
        String username = user("tim.wbs");
        officer(username);
        post(decree("WBS", decrees.today(), decrees.today().plusDays(1), List.of(member(username, null, null))));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> access.unassigned(decrees.today(), 0, 100))
                .stream().noneMatch(c -> tip.equals(c.registrationNumber)), "a staffed channel's case is not unassigned");

        given().auth().oauth2(admin()).get("/api/v1/cases/unassigned").then().statusCode(200)
                .body("items.registrationNumber", not(hasItem(tip))).body("total", greaterThanOrEqualTo(0));
        given().auth().oauth2(officer(username)).get("/api/v1/cases/unassigned").then().statusCode(403);
    }
}
