package id.integritas.portal.edges;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Issue 8: with PostgreSQL unreachable the portal answers 503 with Retry-After, fast, and forms keep their values. */
@QuarkusTest
@TestProfile(DatabaseDownTest.Unreachable.class)
@Tag("persistence")
class DatabaseDownTest {

    /** A datasource on a port nobody listens on; nothing touches the database at start. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/portal",
                    "quarkus.flyway.migrate-at-start", "false", "quarkus.flyway.clean-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "portal.bootstrap.admin.username", "");
        }
    }

    @Test
    void apiAnswers503ProblemWithRetryAfterQuickly() {
        Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", matchesPattern("\\d+"))
                .body("type", endsWith(":unavailable")).body("status", is(503));
        long start = System.nanoTime();
        Fixtures.json().body(Map.of("trackingCode", "0000-0000-0000-0000-0")).post("/api/v1/tracking").then()
                .statusCode(503).header("Retry-After", notNullValue());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 6_000, "within the 2 s acquisition timeout plus slack, not a client time-out: " + millis);
    }

    @Test
    void complaintFormComesBackWithWhatWasTyped() {
        String page = given().get("/pengaduan").then().statusCode(200).extract().asString();
        String token = Fixtures.tokenFrom(page);
        given().redirects().follow(false).multiPart("_csrf", token).multiPart("classification", "PENGADUAN")
                .multiPart("subject", "Antrean kacau sekali").multiPart("description", "Uraian yang panjang saya ketik.")
                .multiPart("serviceCode", "KK").multiPart("problemTypeCode", "WAKTU_PENYELESAIAN")
                .multiPart("eventDate", "2026-11-03").multiPart("eventPlace", "Kantor Dinas").multiPart("identityMode", "ANONIM")
                .post("/pengaduan").then().statusCode(503).header("Retry-After", notNullValue())
                .contentType(containsString("text/html"))
                .body(containsString("value=\"Antrean kacau sekali\""))
                .body(containsString("Uraian yang panjang saya ketik."))
                .body(containsString("Isian Anda masih ada di halaman ini"));
    }

    @Test
    void aPageThatNeedsTheDatabaseSaysSoInTheSiteLayout() {
        String page = given().get("/lacak").then().statusCode(200).extract().asString();
        given().formParam("_csrf", Fixtures.tokenFrom(page)).formParam("trackingCode", "0000-0000-0000-0000-0")
                .post("/lacak").then().statusCode(503).header("Retry-After", notNullValue())
                .contentType(containsString("text/html")).body(containsString("class=\"site-header\""))
                .body(containsString("(503)")).body(not(containsString("??")));
    }
}
