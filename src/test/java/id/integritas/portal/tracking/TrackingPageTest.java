package id.integritas.portal.tracking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.CaseHistory;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ComplaintStatus;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** /lacak for the reporter: their own report, the message box wording, field-named errors, a sent confirmation. */
@QuarkusTest
@Tag("persistence")
class TrackingPageTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CaseRepository cases;

    @Inject
    CaseHistory history;

    private final String ip = Fixtures.clientAddress().split(",")[1];

    private static Map<String, String> complaintWithFile() {
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("attachments", List.of(Map.of("fileName", "bukti-loket.png",
                "contentBase64", Base64.getEncoder().encodeToString(Fixtures.pngWithText("kamera")))));
        var r = Fixtures.json().body(body).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        return Map.of("code", r.path("trackingCode"), "number", r.path("registrationNumber"));
    }

    private ValidatableResponse lookup(String code) {
        return given().header("X-Forwarded-For", ip).formParam("_csrf", Fixtures.formToken()).formParam("trackingCode", code)
                .post("/lacak").then();
    }

    private ValidatableResponse reply(String code, String message) {
        return given().header("X-Forwarded-For", ip).multiPart("_csrf", Fixtures.formToken()).multiPart("trackingCode", code)
                .multiPart("message", message).post("/lacak/balas").then();
    }

    @Test
    void reporterSeesTheirReportAndFileNamesButNotTheirIdentity() {
        Map<String, String> c = complaintWithFile();
        String page = lookup(c.get("code")).statusCode(200).extract().asString();
        // In the order the form asked: the subject before the description, the date as people write it.
        assertTrue(page.indexOf("<dt>Judul</dt>") < page.indexOf("<dt>Uraian</dt>"), page);
        assertTrue(page.indexOf("<dt>Uraian</dt>") < page.indexOf("<dt>Tanggal kejadian</dt>"), page);
        assertTrue(page.contains("<dd class=\"typed\">2 November 2026</dd>"), page);
        lookup(c.get("code")).statusCode(200).header("Cache-Control", "no-store")
                .body(containsString(c.get("number")))
                .body(containsString("Laporan Anda"))
                .body(containsString("<dt>Judul</dt><dd class=\"typed\">Antrean tidak tertib</dd>"))
                .body(containsString("Nomor antrean saya dilewati di loket 2 pada pagi hari."))
                .body(containsString("<li>bukti-loket.png</li>"))
                .body(not(containsString("Rina Warga"))).body(not(containsString("081234567890")));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", ip).body(Map.of("trackingCode", c.get("code")))
                .post("/api/v1/tracking").then().statusCode(200).header("Cache-Control", "no-store")
                .body("report.find { it.field == 'subject' }.value", is("Antrean tidak tertib"))
                .body("attachments", contains("bukti-loket.png"))
                .body("report.field", not(hasItem(startsWith("reporter"))));
    }

    @Test
    void messageBoxIsAReplyOnlyAfterAnOfficerWroteAndSendingIsConfirmed() {
        Map<String, String> c = complaintWithFile();
        lookup(c.get("code")).statusCode(200).body(containsString("Pesan untuk petugas"))
                .body(not(containsString("Balas petugas"))).body(not(containsString("id=\"message-sent\"")));

        // An empty message names the field in the summary.
        reply(c.get("code"), " ").statusCode(400)
                .body(containsString("href=\"#f-message\">Pesan untuk petugas: Wajib diisi.</a>"));

        reply(c.get("code"), "Saya lupa menyebut nomor antrean: 57.").statusCode(200)
                .body(containsString("id=\"message-sent\"")).body(containsString("Pesan Anda sudah terkirim."))
                .body(containsString("Saya lupa menyebut nomor antrean: 57."));

        String officer = accounts.token("adu.page.officer", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("message", "Terima kasih, kami cek."))
                .post("/api/v1/cases/" + c.get("number") + "/messages").then().statusCode(201);
        lookup(c.get("code")).statusCode(200).body(containsString("Balas petugas"))
                .body(not(containsString("Pesan untuk petugas"))).body(not(containsString("id=\"message-sent\"")));
        reply(c.get("code"), "").statusCode(400)
                .body(containsString("href=\"#f-message\">Balas petugas: Wajib diisi.</a>"));
    }

    @Test
    void complaintForwardedOutsideIsShownAsForwardedWithWhereTo() {
        Map<String, String> c = complaintWithFile();
        given().contentType(ContentType.JSON).header("X-Forwarded-For", ip).body(Map.of("trackingCode", c.get("code")))
                .post("/api/v1/tracking").then().statusCode(200).body("status", is("DITERIMA")).body("forwardedTo", nullValue());

        QuarkusTransaction.requiringNew().run(() -> {
            ReportCase rc = cases.findByRegistrationNumber(c.get("number")).orElseThrow();
            history.events.persist(rc.moveTo(ComplaintStatus.DITERUSKAN_KELUAR, null, "Bukan kewenangan Dinas",
                    "Kantor Pertanahan Kota Medan", Instant.now()));
        });

        given().contentType(ContentType.JSON).header("X-Forwarded-For", ip).body(Map.of("trackingCode", c.get("code")))
                .post("/api/v1/tracking").then().statusCode(200).body("status", is("DITERUSKAN"))
                .body("forwardedTo", is("Kantor Pertanahan Kota Medan"))
                .body("history.status", contains("DITERIMA", "DITERUSKAN"));
        lookup(c.get("code")).statusCode(200)
                .body(containsString("<dd id=\"public-status\">Diteruskan <span id=\"forwarded-to\">(diteruskan ke Kantor Pertanahan Kota Medan)</span>"))
                .body(not(containsString("Selesai")));
    }
}
