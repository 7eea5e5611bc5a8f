package id.integritas.portal.edges;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Issues 6, 7, 9, 10, 13 and the attachment-count message: what the input boundary refuses, and how. */
@QuarkusTest
@Tag("persistence")
class InputBoundaryTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification complaintForm(String token, String subject, String eventDate) {
        return given().redirects().follow(false).multiPart("_csrf", token).multiPart("classification", "PENGADUAN")
                .multiPart("subject", subject).multiPart("description", "Menunggu tiga jam di loket.")
                .multiPart("serviceCode", "KK").multiPart("problemTypeCode", "WAKTU_PENYELESAIAN")
                .multiPart("eventDate", eventDate).multiPart("eventPlace", "Kantor Dinas").multiPart("identityMode", "RAHASIA");
    }

    // ---- 6: NUL and other control characters ----------------------------------------------------------------------

    @Test
    void nulInAJsonUsernameIsAFieldErrorNotA500() {
        Fixtures.json().body(Map.of("username", "tidak.ada", "password", "salah-sekali")).post("/api/v1/auth/login")
                .then().statusCode(401);
        Fixtures.json().body(Map.of("username", "tidak\u0000ada", "password", "salah-sekali")).post("/api/v1/auth/login")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("username"))
                .body("errors[0].code", is("invalid_characters"));
        Fixtures.json().body(Map.of("username", "tidak\u0001ada", "password", "x")).post("/api/v1/auth/login").then()
                .statusCode(400).body("errors[0].code", is("invalid_characters"));
    }

    @Test
    void nulInAUrlEncodedFormIsRefusedWith400() {
        String token = Fixtures.tokenFrom(given().get("/masuk").asString());
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("_csrf", token)
                .formParam("username", "tidak.ada").formParam("password", "salah").post("/masuk").then()
                .statusCode(not(anyOf(is(400), greaterThanOrEqualTo(500))));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("_csrf", token)
                .formParam("username", "tidak\u0000ada").formParam("password", "salah").post("/masuk").then()
                .statusCode(400).contentType(containsString("text/html"));
        // Tab and newline are ordinary text.
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("_csrf", token)
                .formParam("username", "tidak\tada").formParam("password", "salah").post("/masuk").then()
                .statusCode(not(anyOf(is(400), greaterThanOrEqualTo(500))));
    }

    @Test
    void controlCharactersInThePathOrQueryAre400ProblemJson() {
        given().urlEncodingEnabled(false).get("/api/v1/cases/ADU-2026-000001").then().statusCode(401);
        given().urlEncodingEnabled(false).get("/api/v1/cases/ADU%00x").then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith(":malformed-request"));
        given().urlEncodingEnabled(false).get("/lacak?lang=%01en").then().statusCode(400);
        given().urlEncodingEnabled(false).get("/lacak/%C0%AF").then().statusCode(400);
    }

    @Test
    void controlCharacterInAFormFieldComesBackAsAFieldMessageWithTheTypedValues() {
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        complaintForm(token, "Judul bersih", "2026-11-03").multiPart("reportedPerson", "Petugas\u0000loket")
                .post("/pengaduan").then().statusCode(400)
                .body(containsString("karakter yang tidak dapat diterima"))
                .body(containsString("value=\"Judul bersih\""));
    }

    // ---- 7: malformed multipart --------------------------------------------------------------------------------

    @Test
    void truncatedOrMalformedMultipartIs400() {
        String truncated = "--XYZ\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nhalo";
        for (String path : List.of("/pengaduan", "/lacak/balas")) {
            given().contentType("multipart/form-data; boundary=XYZ").body(truncated.getBytes(StandardCharsets.UTF_8))
                    .post(path).then().statusCode(400).contentType(containsString("text/html"));
            given().contentType("multipart/form-data; boundary=XYZ").body("no parts at all".getBytes(StandardCharsets.UTF_8))
                    .post(path).then().statusCode(400);
        }
    }

    // ---- 9: over the hard body limit ----------------------------------------------------------------------------

    @Test
    void bodyOverTheHardLimitGets413WithAProblemBody() throws Exception {
        String small = rawPost("/api/v1/reports/complaints", 2);
        assertFalse(small.startsWith("HTTP/1.1 413"), small);
        String answer = rawPost("/api/v1/reports/complaints", 70L * 1024 * 1024);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"urn:portal-integritas:problem:payload-too-large\""), answer);
        assertTrue(answer.contains("\"status\":413"), answer);
        assertTrue(rawPost("/pengaduan", 70L * 1024 * 1024).contains("payload-too-large"));
    }

    @Test
    void aBodyHeldInMemoryMustDeclareItsLengthAndType() throws Exception {
        String host = "Host: localhost\r\n";
        String chunked = id.integritas.portal.support.RawHttp.send("localhost", RestAssured.port, "POST /api/v1/reports/complaints HTTP/1.1\r\n"
                + host + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 10_000);
        assertTrue(chunked.startsWith("HTTP/1.1 411"), chunked);
        assertTrue(chunked.contains("urn:portal-integritas:problem:length-required"), chunked);
        String untyped = id.integritas.portal.support.RawHttp.send("localhost", RestAssured.port, "POST /api/v1/reports/complaints HTTP/1.1\r\n"
                + host + "Content-Length: 2\r\n\r\n{}", 10_000);
        assertTrue(untyped.startsWith("HTTP/1.1 415"), untyped);
        assertTrue(untyped.contains("urn:portal-integritas:problem:unsupported-media-type"), untyped);
        String typed = id.integritas.portal.support.RawHttp.send("localhost", RestAssured.port, "POST /api/v1/reports/complaints HTTP/1.1\r\n"
                + host + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 10_000);
        assertTrue(typed.startsWith("HTTP/1.1 400"), "the same body with its type is read and validated: " + typed);
    }

    /** Sends only the headers of a POST declaring {@code length} bytes and reads what the server answers. */
    private static String rawPost(String path, long length) throws Exception {
        return id.integritas.portal.support.RawHttp.postDeclaring("localhost", RestAssured.port, path, length, 10_000);
    }

    // ---- 10: loose validation ----------------------------------------------------------------------------------

    @Test
    void aNumberIsNotADate() {
        Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201);
        Map<String, Object> c = new HashMap<>(Fixtures.complaint());
        c.put("eventDate", 12345);
        Fixtures.json().body(c).post("/api/v1/reports/complaints").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("eventDate"));
    }

    @Test
    void datesBeforeTheFloorOrInTheFutureAreRefused() {
        Map<String, Object> c = new HashMap<>(Fixtures.complaint());
        c.put("eventDate", "1900-01-01");
        Fixtures.json().body(c).post("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors.find { it.field == 'eventDate' }.code", is("too_early"))
                .body("errors.find { it.field == 'eventDate' }.message", containsString("2000-01-01"));
        c.put("eventDate", "2999-01-01");
        Fixtures.json().body(c).post("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors.find { it.field == 'eventDate' }.code", is("future_date"));
        Map<String, Object> tip = new HashMap<>(Fixtures.tip());
        tip.put("whenFrom", "1899-12-31");
        Fixtures.json().body(tip).post("/api/v1/reports/whistleblowing").then().statusCode(400)
                .body("errors.find { it.field == 'whenFrom' }.code", is("too_early"));
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        complaintForm(token, "Judul", "1900-01-01").post("/pengaduan").then().statusCode(400)
                .body(containsString("Tanggal tidak boleh sebelum 2000-01-01"));
    }

    @Test
    void overlongUtf8IsNotDecodedAsASlash() {
        String json = "{\"subject\":\"a__b\",\"description\":\"Uraian\",\"eventDate\":\"2026-11-02\",\"eventPlace\":\"Loket\","
                + "\"classification\":\"PENGADUAN\",\"serviceCode\":\"KTP_EL\",\"problemTypeCode\":\"PERILAKU_PETUGAS\","
                + "\"identityMode\":\"ANONIM\"}";
        byte[] good = json.replace("__", "/").getBytes(StandardCharsets.UTF_8);
        Fixtures.json().body(good).post("/api/v1/reports/complaints").then().statusCode(201);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("__");
        bytes[at] = (byte) 0xC0;
        bytes[at + 1] = (byte) 0xAF;
        Fixtures.json().body(bytes).post("/api/v1/reports/complaints").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("subject")).body("errors[0].code", is("invalid_characters"));
    }

    @Test
    void loneSurrogatesAreRefused() {
        Map<String, Object> c = new HashMap<>(Fixtures.complaint());
        c.put("description", "Emoji utuh \uD83D\uDE00 boleh");
        Fixtures.json().body(c).post("/api/v1/reports/complaints").then().statusCode(201);
        String json = "{\"subject\":\"ab\\ud800\",\"description\":\"x\"}";
        Fixtures.json().body(json).post("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors.field", contains("subject")).body("errors[0].code", is("invalid_characters"));
    }

    // ---- 13: no-store -----------------------------------------------------------------------------------------------

    @Test
    void dynamicAnswersAreNotStoredButStaticAssetsMayBe() {
        given().get("/static/portal.css").then().statusCode(200).header("Cache-Control", not(containsString("no-store")));
        given().get("/lacak").then().statusCode(200).header("Cache-Control", is("no-store"));
        given().get("/pengaduan").then().statusCode(200).header("Cache-Control", is("no-store"));
        given().redirects().follow(false).get("/admin/akun").then().header("Cache-Control", is("no-store"));
        given().get("/api/v1/cases").then().statusCode(401).header("Cache-Control", is("no-store"));
        Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .header("Cache-Control", is("no-store"));
        String token = Fixtures.formToken();
        given().contentType(ContentType.URLENC).header("X-Forwarded-For", Fixtures.clientAddress().split(",")[1])
                .formParam("_csrf", token).formParam("trackingCode", "0000-0000-0000-0000-0").post("/lacak").then()
                .statusCode(404).header("Cache-Control", is("no-store"));
    }

    // ---- 15: the attachment-count message -------------------------------------------------------------------------

    @Test
    void tooManyAttachmentsAreCountedInFilesNotCharacters() {
        Map<String, Object> c = new HashMap<>(Fixtures.complaint());
        List<Map<String, String>> files = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            files.add(Map.of("fileName", "f" + i + ".pdf", "contentBase64", "JVBERi0="));
        }
        c.put("attachments", files);
        Fixtures.json().body(c).post("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors.find { it.field == 'attachments' }.code", is("too_many_files"))
                .body("errors.find { it.field == 'attachments' }.message", allOf(containsString("berkas"),
                        not(containsString("karakter"))));
    }

    /**
     * A list far over its limit is refused by its size alone, quickly, with one field error: validating each of
     * 40,000 entries used to take half a minute of CPU and megabytes of errors (and ran out of memory from ~2 MB).
     */
    @Test
    void aHugeListIsRefusedByItsSizeAlone() {
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        List<Map<String, Object>> empties = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            empties.add(Map.of());
        }
        body.put("attachments", empties);
        long started = System.nanoTime();
        List<Object> errors = Fixtures.json().body(body).post("/api/v1/reports/complaints").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("attachments"))
                .body("errors[0].code", is("too_many_files")).extract().path("errors");
        assertEquals(1, errors.size(), "one error for the list, none per entry");
        assertTrue((System.nanoTime() - started) / 1_000_000 < 10_000, "answered without validating every entry");
    }
}
