package id.integritas.portal.tracking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@org.junit.jupiter.api.Tag("persistence")
class TrackingRoundTripTest {

    @Inject
    TestAccounts accounts;

    private static RequestSpecification from(String address) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address);
    }

    @Test
    void reporterOfficerReporterRoundTrip() {
        String ip = "203.0.113.10";
        var created = Fixtures.json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .extract();
        String code = created.path("trackingCode");
        String number = created.path("registrationNumber");

        from(ip).body(Map.of("trackingCode", code.toLowerCase().replace("-", " "))).post("/api/v1/tracking").then()
                .statusCode(200).body("registrationNumber", is(number)).body("status", is("DITERIMA"))
                .body("history", hasSize(1)).body("messages", empty());

        String officer = accounts.token("wbs.officer", Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("message", "Mohon sebutkan jam kejadian.")).post("/api/v1/cases/" + number + "/messages")
                .then().statusCode(201);

        from(ip).body(Map.of("trackingCode", code, "message", "Sekitar pukul 10 pagi.")).post("/api/v1/tracking/messages")
                .then().statusCode(200).body("messages.from", contains("OFFICER", "REPORTER"))
                .body("messages[0].body", is("Mohon sebutkan jam kejadian."));

        given().auth().oauth2(officer).get("/api/v1/cases/" + number + "/messages").then().statusCode(200)
                .body("body", contains("Mohon sebutkan jam kejadian.", "Sekitar pukul 10 pagi."));
    }

    @Test
    void officersSeeOnlyTheirChannelsAndCitizensNothing() {
        String number = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        String tip = Fixtures.json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .extract().path("registrationNumber");
        String wbsOnly = accounts.token("wbs.only", Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        // The WBS officer sees WBS cases (so the 404 below is about the channel, not a blind account) ...
        given().auth().oauth2(wbsOnly).get("/api/v1/cases/" + tip).then().statusCode(200);
        given().auth().oauth2(wbsOnly).get("/api/v1/cases?limit=100").then().statusCode(200)
                .body("items.registrationNumber", hasItem(tip)).body("items.registrationNumber", not(hasItem(number)))
                .body("items.channel", everyItem(is("WBS")));
        // ... but no complaint, not by number either.
        given().auth().oauth2(wbsOnly).get("/api/v1/cases/" + number).then().statusCode(404);
        String employee = accounts.token("just.employee", Set.of(Role.PEGAWAI), Set.of());
        given().auth().oauth2(employee).get("/api/v1/cases/" + number).then().statusCode(403);
        given().get("/api/v1/cases/" + number).then().statusCode(401);
        String aduOfficer = accounts.token("adu.officer", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        given().auth().oauth2(aduOfficer).get("/api/v1/cases/" + number).then().statusCode(200)
                .body("content.subject", is("Antrean tidak tertib")).body("hasIdentity", is(true));
        given().auth().oauth2(aduOfficer).get("/api/v1/cases?limit=5&counts=true").then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(5)).body("counts.total", greaterThan(0));
    }

    @Test
    void wrongCodesAllAnswerTheSame() {
        String ip = "203.0.113.20";
        String unknownButWellFormed = from(ip).body(Map.of("trackingCode", "0000-0000-0000-0000-0"))
                .post("/api/v1/tracking").then().statusCode(404).contentType("application/problem+json").extract().asString();
        String garbage = from(ip).body(Map.of("trackingCode", "1234567890123456")).post("/api/v1/tracking").then()
                .statusCode(404).extract().asString();
        String missing = from(ip).body(Map.of()).post("/api/v1/tracking").then().statusCode(404).extract().asString();
        assertEquals(unknownButWellFormed, garbage);
        assertEquals(unknownButWellFormed, missing);
        String code = Fixtures.json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().extract().path("trackingCode");
        String typo = code.substring(0, 3) + (code.charAt(3) == 'A' ? 'B' : 'A') + code.substring(4);
        String typoAnswer = from(ip).body(Map.of("trackingCode", typo)).post("/api/v1/tracking").then().statusCode(404)
                .extract().asString();
        assertEquals(unknownButWellFormed, typoAnswer);
    }

    @Test
    void lookupsAreRateLimitedWithRetryAfter() {
        String ip = "203.0.113.30";
        for (int i = 0; i < 10; i++) {
            from(ip).body(Map.of("trackingCode", "0000-0000-0000-0000-0")).post("/api/v1/tracking").then().statusCode(404);
        }
        from(ip).body(Map.of("trackingCode", "0000-0000-0000-0000-0")).post("/api/v1/tracking").then().statusCode(429)
                .header("Retry-After", matchesPattern("\\d+")).contentType("application/problem+json")
                .body("type", endsWith(":rate-limited"));
        // Another client is not affected.
        from("203.0.113.31").body(Map.of("trackingCode", "0000-0000-0000-0000-0")).post("/api/v1/tracking").then()
                .statusCode(404);
    }

    @Test
    void trackingPageIsRateLimitedToo() {
        String ip = "203.0.113.40";
        String token = Fixtures.formToken();
        int last = 0;
        for (int i = 0; i < 11; i++) {
            last = given().header("X-Forwarded-For", ip).formParam("_csrf", token).formParam("trackingCode", "0000-0000-0000-0000-0")
                    .post("/lacak").then().extract().statusCode();
        }
        assertEquals(429, last);
        given().header("X-Forwarded-For", ip).formParam("_csrf", token).formParam("trackingCode", "x").post("/lacak").then()
                .statusCode(429).header("Retry-After", notNullValue()).body(containsString("Terlalu banyak percobaan"));
    }

    @Test
    void replyNeedsABody() {
        String code = Fixtures.json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().extract().path("trackingCode");
        from("203.0.113.50").body(Map.of("trackingCode", code, "message", " ")).post("/api/v1/tracking/messages").then()
                .statusCode(400).body("errors[0].field", is("message"));
    }
}
