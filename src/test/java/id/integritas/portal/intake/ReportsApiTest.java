package id.integritas.portal.intake;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
@org.junit.jupiter.api.Tag("persistence")
class ReportsApiTest {

    @Inject
    TestAccounts accounts;

    @Test
    void complaintIsAcceptedWithNumberCodeAndReceipt() {
        String code = json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .body("registrationNumber", matchesPattern("ADU-\\d{4}-\\d{6}"))
                .body("trackingCode", matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]"))
                .body("receipt", not(emptyOrNullString())).body("status", is("DITERIMA"))
                .extract().path("trackingCode");
        assertFalse(code.replace("-", "").matches("\\d{16,17}"), "a tracking code must not look like a NIK");
    }

    @Test
    void anonymousTipIsAcceptedAndDefaultsToAnonymous() {
        Map<String, Object> tip = Fixtures.tip();
        tip.remove("identityMode");
        String number = json().body(tip).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .body("registrationNumber", startsWith("WBS-")).extract().path("registrationNumber");
        // What was stored: the mode the tipster never chose is ANONIM, and no identity exists for it.
        String officer = accounts.token("default.mode.officer", Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        given().auth().oauth2(officer).get("/api/v1/cases/" + number).then().statusCode(200)
                .body("summary.identityMode", is("ANONIM")).body("hasIdentity", is(false));
        // The same tip with an explicit RAHASIA is stored as RAHASIA: the check above can tell them apart.
        Map<String, Object> confidential = Fixtures.tip();
        confidential.put("identityMode", "RAHASIA");
        confidential.put("reporter", Map.of("name", "Saksi Bernama", "email", "saksi@example.org"));
        confidential.remove("protectionRequested");
        String other = json().body(confidential).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .extract().path("registrationNumber");
        given().auth().oauth2(officer).get("/api/v1/cases/" + other).then().statusCode(200)
                .body("summary.identityMode", is("RAHASIA")).body("hasIdentity", is(true));
    }

    @Test
    void registrationNumbersAreConsecutivePerChannel() {
        String a = json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201).extract().path("registrationNumber");
        String b = json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201).extract().path("registrationNumber");
        assertEquals(Long.parseLong(a.substring(9)) + 1, Long.parseLong(b.substring(9)));
    }

    @Test
    void employeeFilesGratificationAndConflictDeclaration() {
        String token = accounts.token("pegawai.api", Set.of(Role.PEGAWAI), Set.of());
        json().auth().oauth2(token).body(Fixtures.gratification()).post("/api/v1/reports/gratifications").then()
                .statusCode(201).body("registrationNumber", startsWith("GRT-")).body("status", is("DITERIMA"));
        json().auth().oauth2(token).body(Fixtures.declaration()).post("/api/v1/reports/conflicts-of-interest").then()
                .statusCode(201).body("registrationNumber", startsWith("BKP-"));
        Map<String, Object> register = Map.of("kind", "DAFTAR_KEPENTINGAN", "declarant", Map.of("employmentType", "PPPK"),
                "register", Map.of("year", 2026, "noConflict", true));
        json().auth().oauth2(token).body(register).post("/api/v1/reports/conflicts-of-interest").then().statusCode(201);
    }

    @Test
    void employeeChannelsNeedSignIn() {
        json().body(Fixtures.gratification()).post("/api/v1/reports/gratifications").then().statusCode(401)
                .contentType("application/problem+json").body("type", endsWith(":unauthorized"));
        String citizenLike = accounts.token("petugas.only", Set.of(Role.PETUGAS), Set.of());
        json().auth().oauth2(citizenLike).body(Fixtures.gratification()).post("/api/v1/reports/gratifications").then()
                .statusCode(403);
    }

    @Test
    void missingAndWrongFieldsAreListedOneByOne() {
        Map<String, Object> bad = new HashMap<>(Fixtures.complaint());
        bad.remove("subject");
        bad.put("eventDate", "2999-01-01");
        bad.put("serviceCode", "NOT_A_SERVICE");
        bad.put("reporter", Map.of("email", "not-an-email"));
        json().body(bad).post("/api/v1/reports/complaints").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:portal-integritas:problem:validation"))
                .body("errors.field", hasItems("subject", "eventDate", "serviceCode", "reporter.email"))
                .body("errors.find { it.field == 'subject' }.code", is("required"))
                .body("errors.find { it.field == 'eventDate' }.code", is("future_date"))
                .body("errors.find { it.field == 'subject' }.message", is("Wajib diisi."));
    }

    @Test
    void messagesFollowTheRequestedLanguage() {
        Map<String, Object> bad = new HashMap<>(Fixtures.complaint());
        bad.remove("subject");
        json().header("Accept-Language", "en").body(bad).post("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors.find { it.field == 'subject' }.message", is("Required."));
    }

    @Test
    void anonymousTipRefusesIdentityAndTipNeedsTheFiveQuestions() {
        Map<String, Object> tip = Fixtures.tip();
        tip.put("reporter", Map.of("name", "Saya"));
        tip.remove("how");
        tip.put("persons", List.of());
        json().body(tip).post("/api/v1/reports/whistleblowing").then().statusCode(400)
                .body("errors.field", hasItems("reporter.name", "how", "persons"))
                .body("errors.find { it.field == 'reporter.name' }.code", is("anonymous_no_identity"));
    }

    @Test
    void wrongTypesAndMalformedBodiesAreClientErrors() {
        Map<String, Object> bad = new HashMap<>(Fixtures.complaint());
        bad.put("eventDate", "kemarin");
        json().body(bad).post("/api/v1/reports/complaints").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("eventDate"));
        json().body("{\"subject\": ").post("/api/v1/reports/complaints").then().statusCode(400)
                .contentType("application/problem+json");
        json().body("").post("/api/v1/reports/complaints").then().statusCode(400);
        json().body(Map.of("classification", "BUKAN")).post("/api/v1/reports/complaints").then().statusCode(400);
    }

    @Test
    void wrongContentTypeUnknownChannelAndOversizeAre4xx() {
        RestAssured.given().contentType("text/plain").body("hello").post("/api/v1/reports/complaints").then()
                .statusCode(415).contentType("application/problem+json");
        json().body(Fixtures.complaint()).post("/api/v1/reports/complaints-of-mars").then().statusCode(404)
                .contentType("application/problem+json");
        Map<String, Object> big = new HashMap<>(Fixtures.complaint());
        big.put("attachments", List.of(Map.of("fileName", "big.pdf", "contentBase64",
                java.util.Base64.getEncoder().encodeToString(new byte[11 * 1024 * 1024]))));
        json().body(big).post("/api/v1/reports/complaints").then().statusCode(413).contentType("application/problem+json");
        Map<String, Object> bad = new HashMap<>(Fixtures.complaint());
        bad.put("attachments", List.of(Map.of("fileName", "ok.pdf", "contentBase64", "JVBERi0xLjQK"),
                Map.of("fileName", "bad.pdf", "contentBase64", "%%% bukan base64 %%%")));
        json().body(bad).post("/api/v1/reports/complaints").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("attachments[1].contentBase64")).body("errors.code", hasItem("base64"));
        assertEquals(413, statusOfDeclaredHugeBody());
    }

    /** A body that announces 70 MB is refused before it is read (the limit is 60 MB). */
    private static int statusOfDeclaredHugeBody() {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", RestAssured.port)) {
            s.setSoTimeout(10_000);
            var out = s.getOutputStream();
            out.write(("POST /api/v1/reports/complaints HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 73400320\r\n\r\n{\"subject\":\"").getBytes());
            out.flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream())).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void attachmentsAreSniffedByContentNotName() {
        Map<String, Object> c = new HashMap<>(Fixtures.complaint());
        c.put("attachments", List.of(Map.of("fileName", "foto.jpg", "contentBase64",
                java.util.Base64.getEncoder().encodeToString("#!/bin/sh\necho hi\n".getBytes()))));
        json().body(c).post("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors[0].field", is("attachments")).body("errors[0].code", is("file_type"));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/reports/complaints"))
                .body("paths", hasKey("/api/v1/reports/whistleblowing"))
                .body("paths", hasKey("/api/v1/tracking"));
    }
}
