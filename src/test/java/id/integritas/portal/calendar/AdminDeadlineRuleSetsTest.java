package id.integritas.portal.calendar;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.support.TestClock;
import id.integritas.portal.system.OfficeDay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Administrators add a version of the clocks for a future date; versions in force never change; all audited. */
@QuarkusTest
@Tag("persistence")
class AdminDeadlineRuleSetsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    DeadlineRuleSets ruleSets;

    @Inject
    AuditLog audit;

    @Inject
    OfficeDay officeDay;

    @Inject
    TestClock clock;

    private LocalDate futureDate() {
        return officeDay.today().plusDays(2000 + ThreadLocalRandom.current().nextInt(20000));
    }

    private static Map<String, Object> version(LocalDate from, List<Map<String, Object>> changes) {
        return Map.of("name", "Perubahan tenggat uji", "effectiveFrom", from.toString(), "legalNote", "SK uji",
                "changes", changes);
    }

    @Test
    void aFutureVersionCopiesTheOneBeforeWithTheChangedClocksAndIsAudited() {
        String admin = accounts.token("ruleset.admin", Set.of(Role.ADMIN), Set.of());
        LocalDate from = futureDate();
        int id = json().auth().oauth2(admin)
                .body(version(from, List.of(Map.of("clock", "P1", "amount", 5, "unit", "WORKING_DAYS", "legalBasis", "SK uji"))))
                .post("/api/v1/admin/deadline-rule-sets")
                .then().statusCode(201)
                .body("effectiveFrom", equalTo(from.toString()))
                .body("takenEffect", equalTo(false))
                .body("clocks.find { it.clock == 'P1' }.amount", equalTo(5))
                .body("clocks.find { it.clock == 'P1' }.legalBasis", equalTo("SK uji"))
                .body("clocks.find { it.clock == 'G1' }.amount", equalTo(30))
                .body("clocks.size()", equalTo(15))
                .extract().path("id");
        try {
            DeadlineRuleSet inForce = QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(from).orElseThrow());
            assertEquals(id, inForce.id.intValue());
            assertEquals(5, inForce.rule("P1").orElseThrow().amount);
            assertEquals(List.of("ADU_DITERIMA"), inForce.rule("P1").orElseThrow().starts(), "the workflow wiring is copied");
            DeadlineRuleSet dayBefore = QuarkusTransaction.requiringNew().call(() -> ruleSets.inForceOn(from.minusDays(1)).orElseThrow());
            assertNotEquals(id, dayBefore.id.intValue());

            given().auth().oauth2(admin).get("/api/v1/admin/deadline-rule-sets?limit=100")
                    .then().statusCode(200).body("find { it.id == " + id + " }.effectiveFrom", equalTo(from.toString()));
            given().auth().oauth2(admin).get("/api/v1/admin/deadline-rule-sets/" + id)
                    .then().statusCode(200).body("clocks.find { it.clock == 'P1' }.stopEvents", hasItem("DIDISPOSISI"));
            String described = QuarkusTransaction.requiringNew().call(() -> audit.find(
                    "action = 'DEADLINE_RULE_SET_ADDED' and targetId = ?1", (long) id).firstResult().reason);
            assertTrue(described.contains("P1 3 WORKING_DAYS -> 5 WORKING_DAYS"), described);

            json().auth().oauth2(admin).body(version(from, List.of(Map.of("clock", "P2", "amount", 4, "unit", "WORKING_DAYS"))))
                    .post("/api/v1/admin/deadline-rule-sets")
                    .then().statusCode(400).body("errors.field", hasItem("effectiveFrom"))
                    .body("errors.find { it.field == 'effectiveFrom' }.code", equalTo("rule_set_date_taken"));
        } finally {
            given().auth().oauth2(admin).delete("/api/v1/admin/deadline-rule-sets/" + id).then().statusCode(204);
        }
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ruleSets.findById((long) id) == null));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> audit.count(
                "action = 'DEADLINE_RULE_SET_WITHDRAWN' and targetId = ?1", (long) id)));
    }

    @Test
    void aVersionInForceCannotBeWithdrawn() {
        String admin = accounts.token("ruleset.admin", Set.of(Role.ADMIN), Set.of());
        LocalDate from = officeDay.today().plusDays(3 + ThreadLocalRandom.current().nextInt(50)); // a short shift of the clock
        int id = json().auth().oauth2(admin)
                .body(version(from, List.of(Map.of("clock", "P2", "amount", 7, "unit", "WORKING_DAYS"))))
                .post("/api/v1/admin/deadline-rule-sets").then().statusCode(201).extract().path("id");
        try {
            clock.shift(Duration.ofDays(from.toEpochDay() - officeDay.today().toEpochDay() + 1));
            given().auth().oauth2(admin).get("/api/v1/admin/deadline-rule-sets/" + id).then().statusCode(200).body("takenEffect", equalTo(true));
            given().auth().oauth2(admin).delete("/api/v1/admin/deadline-rule-sets/" + id)
                    .then().statusCode(409).contentType("application/problem+json").body("type", containsString("rule-set-in-force"));
        } finally {
            clock.reset();
        }
        given().auth().oauth2(admin).delete("/api/v1/admin/deadline-rule-sets/" + id).then().statusCode(204);
    }

    @Test
    void badVersionsGetFieldMessagesAndOthersAreRefused() {
        String admin = accounts.token("ruleset.admin", Set.of(Role.ADMIN), Set.of());
        LocalDate today = officeDay.today();
        json().auth().oauth2(admin).body(version(today, List.of(Map.of("clock", "P1", "amount", 5, "unit", "WORKING_DAYS"))))
                .post("/api/v1/admin/deadline-rule-sets")
                .then().statusCode(400).body("errors.find { it.field == 'effectiveFrom' }.code", equalTo("rule_set_not_future"));
        json().auth().oauth2(admin).body(version(futureDate(), List.of(
                        Map.of("clock", "Z9", "amount", 5, "unit", "WORKING_DAYS"),
                        Map.of("clock", "P1", "amount", 0, "unit", "WORKING_DAYS"),
                        Map.of("clock", "K1", "amount", 1332, "unit", "ANNUAL_DATE"))))
                .post("/api/v1/admin/deadline-rule-sets")
                .then().statusCode(400)
                .body("errors.find { it.field == 'changes[0].clock' }.code", equalTo("rule_set_unknown_clock"))
                .body("errors.find { it.field == 'changes[1].amount' }.code", equalTo("out_of_range"))
                .body("errors.find { it.field == 'changes[2].amount' }.code", equalTo("out_of_range"));
        json().auth().oauth2(admin).body(Map.of("name", "", "changes", List.of()))
                .post("/api/v1/admin/deadline-rule-sets")
                .then().statusCode(400).body("errors.field", hasItems("name", "effectiveFrom", "changes"));

        String officer = accounts.token("ruleset.officer", Set.of(Role.PETUGAS), Set.of());
        json().auth().oauth2(officer).body(version(futureDate(), List.of(Map.of("clock", "P1", "amount", 5, "unit", "WORKING_DAYS"))))
                .post("/api/v1/admin/deadline-rule-sets").then().statusCode(403);
        given().get("/api/v1/admin/deadline-rule-sets").then().statusCode(401);
        given().auth().oauth2(admin).get("/api/v1/admin/deadline-rule-sets/999999999").then().statusCode(404);
    }
}
