package id.integritas.portal.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@Tag("persistence")
class FormPagesTest {

    @Inject
    TestAccounts accounts;

    private static RequestSpecification complaintForm(String token) {
        return given().redirects().follow(false).multiPart("_csrf", token).multiPart("classification", "PENGADUAN")
                .multiPart("subject", "Pelayanan lambat").multiPart("description", "Menunggu tiga jam di loket.")
                .multiPart("serviceCode", "KK").multiPart("problemTypeCode", "WAKTU_PENYELESAIAN")
                .multiPart("eventDate", "2026-11-03").multiPart("eventPlace", "Kantor Dinas").multiPart("identityMode", "RAHASIA");
    }

    @Test
    void complaintFormRerendersWithIndonesianMessagesAndKeepsTypedValues() {
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        Response r = given().multiPart("_csrf", token).multiPart("subject", "Judul yang saya ketik")
                .multiPart("description", "").multiPart("eventDate", "31-31-2026").multiPart("identityMode", "ANONIM")
                .multiPart("reporter.name", "Nama Saya").post("/pengaduan");
        r.then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("Ada yang perlu diperbaiki"))
                .body(containsString("href=\"#f-description\">Uraian: Wajib diisi.</a>"))
                .body(containsString("id=\"f-description-error\""))
                .body(containsString("Wajib diisi."))
                .body(containsString("Tanggal tidak valid"))
                .body(containsString("Anda memilih anonim: kosongkan kolom ini."))
                .body(containsString("value=\"Judul yang saya ketik\""))
                .body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void successfulComplaintRedirectsToAReceiptShownOnce() {
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        Response posted = complaintForm(token).post("/pengaduan");
        posted.then().statusCode(303).header("Location", endsWith("/tanda-terima"));
        String cookie = posted.getCookie("portal_receipt");
        Response receipt = given().cookie("portal_receipt", cookie).get("/tanda-terima");
        receipt.then().statusCode(200).body(containsString("ADU-")).body(containsString("Kode pelacakan"));
        assertTrue(receipt.getHeaders().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("portal_receipt=;")
                || c.contains("Max-Age=0")), "the receipt cookie is cleared once shown");
        given().get("/tanda-terima").then().statusCode(200).body(containsString("Tanda terima sudah ditampilkan"));
        given().cookie("portal_receipt", cookie.substring(0, cookie.length() - 4) + "AAAA").get("/tanda-terima").then()
                .statusCode(200).body(containsString("Tanda terima sudah ditampilkan"));
    }

    @Test
    void formWithoutAValidTokenIsRefusedButKeepsTheValues() {
        complaintForm("forged-token").post("/pengaduan").then().statusCode(400)
                .body(containsString("Formulir kedaluwarsa")).body(containsString("value=\"Pelayanan lambat\""));
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        complaintForm(token).header("Sec-Fetch-Site", "cross-site").post("/pengaduan").then().statusCode(400);
    }

    @Test
    void oversizedAndDisallowedFilesGetAFieldMessageNotA500() {
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        complaintForm(token).multiPart("attachments", "besar.pdf", new byte[11 * 1024 * 1024], "application/pdf")
                .post("/pengaduan").then().statusCode(413).body(containsString("Berkas terlalu besar"))
                .body(containsString("value=\"Pelayanan lambat\""));
        complaintForm(token).multiPart("attachments", "foto.jpg", "MZ this is an exe".getBytes(), "image/jpeg")
                .post("/pengaduan").then().statusCode(400).body(containsString("tidak diterima"));
        complaintForm(token).multiPart("attachments", "ok.png", Fixtures.pngWithText("x"), "image/png").post("/pengaduan")
                .then().statusCode(303);
    }

    @Test
    void englishIsTheSecondLocale() {
        given().cookie("lang", "en").get("/pengaduan").then().statusCode(200)
                .body(containsString("Public complaint")).body(containsString("lang=\"en\""));
        given().get("/pengaduan").then().body(containsString("lang=\"id\"")).body(containsString("Pengaduan Masyarakat"));
        given().redirects().follow(false).get("/bahasa?lang=en").then().statusCode(303).cookie("lang", "en");
    }

    @Test
    void employeeFormsNeedSignInAndWorkWithTheSessionCookie() {
        given().redirects().follow(false).get("/gratifikasi").then().statusCode(303).header("Location", endsWith("/masuk?ke=%2Fgratifikasi"));
        given().redirects().follow(false).get("/benturan-kepentingan").then().statusCode(303);
        String jwt = accounts.token("pegawai.form", Set.of(Role.PEGAWAI), Set.of());
        Response page = given().cookie("portal_session", jwt).get("/gratifikasi");
        page.then().statusCode(200).body(containsString("value=\"Test pegawai.form\""));
        String token = Fixtures.tokenFrom(page.asString());
        given().redirects().follow(false).cookie("portal_session", jwt).multiPart("_csrf", token)
                .multiPart("type", "PENOLAKAN").multiPart("reporter.name", "Test pegawai.form").multiPart("reporter.employmentType", "PNS")
                .multiPart("reporter.position", "Staf").multiPart("reporter.workUnit", "Unit Uji")
                .multiPart("gift.kind", "UANG").multiPart("gift.description", "Amplop").multiPart("gift.value", "500.000")
                .multiPart("occasionCode", "TERKAIT_LAYANAN_PUBLIK").multiPart("place", "Loket")
                .multiPart("receivedOn", "2026-11-05").multiPart("giver.name", "Pemohon").multiPart("giver.relationship", "PEMOHON_LAYANAN")
                .multiPart("chronology", "Ditolak langsung.").post("/gratifikasi").then().statusCode(303);
        // A token issued for an anonymous visitor does not work for a signed-in form.
        String anonymousToken = Fixtures.formToken();
        given().cookie("portal_session", jwt).multiPart("_csrf", anonymousToken).multiPart("kind", "DEKLARASI")
                .post("/benturan-kepentingan").then().statusCode(400).body(containsString("Formulir kedaluwarsa"));
        Response bkp = given().cookie("portal_session", jwt).get("/benturan-kepentingan");
        given().redirects().follow(false).cookie("portal_session", jwt).multiPart("_csrf", Fixtures.tokenFrom(bkp.asString()))
                .multiPart("kind", "DAFTAR_KEPENTINGAN").multiPart("declarant.employmentType", "PNS").multiPart("register.year", "2026")
                .multiPart("register.interests[0].source", "BISNIS_KEUANGAN")
                .multiPart("register.interests[0].relatedParty", "CV Keluarga")
                .multiPart("register.interests[0].description", "Saham 10%").post("/benturan-kepentingan").then().statusCode(303);
    }

    @Test
    void aBrokenOrExpiredSessionCookieNeverBreaksCitizenPages() {
        for (String path : new String[] { "/", "/pengaduan", "/wbs", "/lacak" }) {
            given().cookie("portal_session", "not.a.token").get(path).then().statusCode(200);
        }
        String token = Fixtures.tokenFrom(given().cookie("portal_session", "not.a.token").get("/pengaduan").asString());
        complaintForm(token).cookie("portal_session", "not.a.token").post("/pengaduan").then().statusCode(303);
        given().redirects().follow(false).cookie("portal_session", "not.a.token").get("/gratifikasi").then().statusCode(303)
                .header("Location", endsWith("/masuk?ke=%2Fgratifikasi"));
    }

    @Test
    void everyPublicPageRendersWithoutMissingTexts() {
        for (String path : new String[] { "/", "/pengaduan", "/wbs", "/lacak", "/masuk", "/tanda-terima", "/tanda-terima/periksa" }) {
            for (String lang : new String[] { "id", "en" }) {
                given().cookie("lang", lang).get(path).then().statusCode(200).body(not(containsString("??")));
            }
        }
        given().get("/tidak-ada").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Yang Anda cari tidak ada."));
    }
}
