package id.integritas.portal.tracking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.CaseMoves;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestClock;
import id.integritas.portal.system.crypto.DataCipher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** /lacak shows the coarse next deadline, and a complaint's reporter rates the answer (page and API). */
@QuarkusTest
@Tag("persistence")
class RatingAndDeadlineTrackingTest {

    @Inject
    TestClock clock;

    @Inject
    CaseMoves moves;

    @Inject
    EntityManager em;

    @Inject
    DataCipher cipher;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void at(LocalDate day) {
        clock.shift(Duration.between(Instant.now(), day.atTime(3, 0).toInstant(ZoneOffset.UTC)));
    }

    /** {registrationNumber, trackingCode} of a complaint filed on the portal's today. */
    private static String[] file(LocalDate eventDate) {
        Map<String, Object> body = Fixtures.complaint();
        body.put("eventDate", eventDate.toString());
        var created = Fixtures.json().body(body).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        return new String[] { created.path("registrationNumber"), created.path("trackingCode") };
    }

    private static String page(String code) {
        String token = Fixtures.formToken();
        return given().header("X-Forwarded-For", Fixtures.clientAddress().split(",")[1]).contentType(ContentType.URLENC)
                .formParam("_csrf", token).formParam("trackingCode", code).post("/lacak").then().statusCode(200)
                .extract().asString();
    }

    @Test
    void theReporterSeesTheNextDeadlineOfTheCurrentStageAndNothingOnceClosed() {
        at(LocalDate.of(2026, 3, 17));
        String[] c = file(LocalDate.of(2026, 3, 16));

        Fixtures.json().body(Map.of("trackingCode", c[1])).post("/api/v1/tracking").then().statusCode(200)
                .body("nextDeadline.stage", is("VERIFICATION")).body("nextDeadline.dueDate", is("2026-03-27"))
                .body("ratable", is(false)).body("status", is("DITERIMA"));
        String html = page(c[1]);
        assertTrue(html.contains("id=\"next-deadline\">Verifikasi laporan paling lambat 27 Maret 2026"), html);
        assertFalse(html.contains("action=\"/lacak/nilai\""), "no rating before an answer");

        // asked to complete: the reporter is told by when
        moves.move(c[0], "PERLU_DILENGKAPI");
        assertTrue(page(c[1]).contains("Lengkapi laporan Anda paling lambat 8 April 2026"));
        moves.move(c[0], "DITUTUP");
        Fixtures.json().body(Map.of("trackingCode", c[1])).post("/api/v1/tracking").then().statusCode(200)
                .body("status", is("DITUTUP")).body("nextDeadline", nullValue());
        assertFalse(page(c[1]).contains("next-deadline"));
    }

    @Test
    void notSatisfiedReturnsTheComplaintToDiprosesAndTheCommentIsStoredEncrypted() {
        String[] c = file(LocalDate.of(2026, 11, 2));
        moves.move(c[0], "TERVERIFIKASI", "DIDISPOSISI", "DIPROSES", "DITANGGAPI");
        Fixtures.json().body(Map.of("trackingCode", c[1])).post("/api/v1/tracking").then().statusCode(200)
                .body("ratable", is(true)).body("nextDeadline.stage", is("REPORTER_REPLY"));

        // field errors, all at once, as problem+json
        Fixtures.json().body(Map.of("trackingCode", c[1], "score", 9)).post("/api/v1/tracking/rating").then()
                .statusCode(400).contentType(containsString("problem+json"))
                .body("errors.field", hasItems("score", "satisfied"));
        assertEquals("DITANGGAPI", moves.load(c[0]).status);

        String comment = "Jawaban belum menjelaskan kapan KTP saya selesai.";
        Map<String, Object> rating = new HashMap<>(Map.of("trackingCode", c[1], "score", 2, "satisfied", false, "comment", comment));
        Fixtures.json().body(rating).post("/api/v1/tracking/rating").then().statusCode(200)
                .body("status", is("DITINDAKLANJUTI")).body("ratable", is(false));
        var reopened = moves.load(c[0]);
        assertEquals("DIPROSES", reopened.status);
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select score, satisfied, comment from case_rating where case_id = :id").setParameter("id", reopened.id)
                .getSingleResult());
        assertEquals(2, ((Number) stored[0]).intValue());
        assertEquals(false, stored[1]);
        byte[] sealed = (byte[]) stored[2];
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("KTP saya"));
        assertEquals(comment, cipher.decryptText(sealed, CaseRating.COMMENT_LABEL));
        List<Object> reasons = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select reason from case_event where case_id = :id and status = 'DIPROSES' order by id desc")
                .setParameter("id", reopened.id).getResultList());
        assertTrue(((String) reasons.get(0)).contains("tidak puas"));
        // P3 stopped by the reply, so the case is not closed behind the officers' back
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> id.integritas.portal.deadline.CaseDeadline
                .count("caseId = ?1 and clock = 'P3' and stoppedOn is null", reopened.id)));

        // rated once: a second rating is refused until it is answered again
        Fixtures.json().body(rating).post("/api/v1/tracking/rating").then().statusCode(409)
                .body("type", containsString("not-ratable"));
        Fixtures.json().body(Map.of("trackingCode", "AAAA-BBBB-CCCC-DDDD-E", "score", 5, "satisfied", true))
                .post("/api/v1/tracking/rating").then().statusCode(404);
    }

    @Test
    void theRatingFormClosesASatisfiedComplaintAndExplainsWrongFields() {
        String[] c = file(LocalDate.of(2026, 11, 2));
        moves.move(c[0], "TERVERIFIKASI", "DIDISPOSISI", "DIPROSES", "DITANGGAPI");
        String html = page(c[1]);
        assertTrue(html.contains("action=\"/lacak/nilai\""), "an answered complaint offers the rating form");
        assertTrue(html.contains("Penilaian tanggapan"));

        String wrong = given().header("X-Forwarded-For", Fixtures.clientAddress().split(",")[1]).contentType(ContentType.URLENC)
                .formParam("_csrf", Fixtures.tokenFrom(html)).formParam("trackingCode", c[1]).formParam("score", "9")
                .post("/lacak/nilai").then().statusCode(400).extract().asString();
        assertTrue(wrong.contains("Pilih nilai 1 sampai 5."), wrong);
        assertTrue(wrong.contains("Wajib diisi."));
        assertEquals("DITANGGAPI", moves.load(c[0]).status);

        // without the page's form token: refused
        given().header("X-Forwarded-For", Fixtures.clientAddress().split(",")[1]).contentType(ContentType.URLENC)
                .formParam("trackingCode", c[1]).formParam("score", "5").formParam("satisfied", "true")
                .post("/lacak/nilai").then().statusCode(400);
        assertEquals("DITANGGAPI", moves.load(c[0]).status);

        String done = given().header("X-Forwarded-For", Fixtures.clientAddress().split(",")[1]).contentType(ContentType.URLENC)
                .formParam("_csrf", Fixtures.tokenFrom(html)).formParam("trackingCode", c[1]).formParam("score", "5")
                .formParam("satisfied", "true").formParam("comment", "")
                .post("/lacak/nilai").then().statusCode(200).extract().asString();
        assertTrue(done.contains("Pengaduan Anda dinyatakan selesai."), done);
        assertFalse(done.contains("action=\"/lacak/nilai\""));
        assertFalse(done.contains("next-deadline"));
        assertEquals("SELESAI", moves.load(c[0]).status);
    }
}
