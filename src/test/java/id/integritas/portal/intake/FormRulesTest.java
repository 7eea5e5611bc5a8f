package id.integritas.portal.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The four forms as a person meets them: markers, messages, their order, money, notices. */
@QuarkusTest
@Tag("persistence")
class FormRulesTest {

    @Inject
    TestAccounts accounts;

    private static List<String> summaryLinks(String html) {
        String summary = html.substring(html.indexOf("class=\"error-summary\""), html.indexOf("</div>", html.indexOf("class=\"error-summary\"")));
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(summary);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void theErrorSummaryListsFieldsInPageOrderNotAlphabetically() {
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        String html = given().multiPart("_csrf", token).multiPart("classification", "PENGADUAN")
                .multiPart("identityMode", "RAHASIA").post("/pengaduan").then().statusCode(400).extract().asString();
        assertEquals(List.of("f-subject", "f-description", "f-serviceCode", "f-problemTypeCode", "f-eventDate", "f-eventPlace"),
                summaryLinks(html));

        String wbsToken = Fixtures.tokenFrom(given().get("/wbs").asString());
        String wbs = given().multiPart("_csrf", wbsToken).multiPart("identityMode", "ANONIM")
                .multiPart("persons[0].position", "Petugas loket").multiPart("persons[1].name", "Inisial AB")
                .multiPart("persons[1].unit", "").multiPart("protectionRequested", "true").post("/wbs").then().statusCode(400)
                .extract().asString();
        assertEquals(List.of("f-categoryCode", "f-what", "f-where", "f-whenFrom", "f-persons-0-name", "f-how",
                "f-protectionRequested"), summaryLinks(wbs));
    }

    @Test
    void theSixRequiredFieldsOfTheConflictDeclarationAreMarked() {
        String jwt = accounts.token("pegawai.bkp.marks", Set.of(Role.PEGAWAI), Set.of());
        String html = given().cookie("portal_session", jwt).get("/benturan-kepentingan").then().statusCode(200).extract().asString();
        for (String id : new String[] { "f-declaration-source", "f-declaration-situation", "f-declaration-relatedParty",
                "f-declaration-affectedDecision", "f-declaration-dateKnown" }) {
            assertTrue(html.contains("id=\"" + id + "\""), id + " is on the page");
            assertTrue(Pattern.compile("<label for=\"" + id + "\">[^<]+ <span class=\"req\">\\(wajib\\)</span>").matcher(html).find(),
                    id + " is marked (wajib)");
        }
        assertTrue(Pattern.compile("id=\"f-declaration-type\"[^>]*>\\s*<legend>[^<]+ <span class=\"req\">\\(wajib\\)</span>")
                .matcher(html).find(), "declaration type is marked (wajib)");
        assertFalse(Pattern.compile("<label for=\"f-declaration-proposedControl\">[^<]+ <span class=\"req\">").matcher(html).find(),
                "the optional proposed control is not marked");
    }

    private static RequestSpecification tip(String token, String estimatedValue) {
        return tip(token, estimatedValue, "ANONIM");
    }

    private static RequestSpecification tip(String token, String estimatedValue, String mode) {
        return given().redirects().follow(false).multiPart("_csrf", token).multiPart("identityMode", mode)
                .multiPart("categoryCode", "PUNGUTAN_LIAR").multiPart("what", "Diminta uang.").multiPart("where", "Loket 4")
                .multiPart("whenFrom", "2026-10-20").multiPart("persons[0].name", "Inisial XY").multiPart("how", "Di luar loket.")
                .multiPart("estimatedValue", estimatedValue);
    }

    @Test
    void theTipFormReadsRupiahAsPeopleWriteItAndRefusesAmbiguousAmounts() {
        String token = Fixtures.tokenFrom(given().get("/wbs").asString());
        tip(token, "Rp 5.000.000").post("/wbs").then().statusCode(303);
        tip(token, "Rp 5.000.000,00").post("/wbs").then().statusCode(303);
        tip(token, "5,000,000").post("/wbs").then().statusCode(400)
                .body(containsString("Tulis nilai dalam Rupiah dengan titik sebagai pemisah ribuan"))
                .body(containsString("value=\"5,000,000\""));
    }

    @Test
    void anonymousTipAskingForProtectionIsRefusedWithTheWayOut() {
        String token = Fixtures.tokenFrom(given().get("/wbs").asString());
        tip(token, "", "RAHASIA").multiPart("protectionRequested", "true").post("/wbs").then()
                .statusCode(303);
        tip(token, "").multiPart("protectionRequested", "true").post("/wbs").then().statusCode(400)
                .body(containsString("id=\"f-protectionRequested-error\""))
                .body(containsString("tidak dapat dipilih bersama Anonim. Pilih Rahasia"));
    }

    @Test
    void aSuggestionNeedsNoProblemTypeNorEventDate() {
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        given().redirects().follow(false).multiPart("_csrf", token).multiPart("classification", "ASPIRASI")
                .multiPart("subject", "Tambah kursi").multiPart("description", "Ruang tunggu kekurangan kursi.")
                .multiPart("serviceCode", "KK").multiPart("eventPlace", "Kantor Dinas").multiPart("identityMode", "ANONIM")
                .post("/pengaduan").then().statusCode(303);
    }

    @Test
    void nonAsnStaffCanReportAGratificationWithoutANip() {
        String jwt = accounts.token("pegawai.nonasn.form", Set.of(Role.PEGAWAI), Set.of());
        Response page = given().cookie("portal_session", jwt).get("/gratifikasi");
        page.then().statusCode(200).body(containsString("name=\"reporter.employmentType\" value=\"NON_ASN\""));
        String token = Fixtures.tokenFrom(page.asString());
        // The account has a NIP; a person who says they are non-ASN is not given it.
        given().redirects().follow(false).cookie("portal_session", jwt).multiPart("_csrf", token)
                .multiPart("type", "PENERIMAAN").multiPart("reporter.name", "Honorer").multiPart("reporter.employmentType", "NON_ASN")
                .multiPart("reporter.position", "Tenaga honorer").multiPart("reporter.workUnit", "Unit Uji")
                .multiPart("gift.kind", "UANG").multiPart("gift.description", "Amplop").multiPart("gift.value", "Rp 1.500.000")
                .multiPart("occasionCode", "TERKAIT_LAYANAN_PUBLIK").multiPart("place", "Loket").multiPart("receivedOn", "2026-11-05")
                .multiPart("giver.name", "Pemohon").multiPart("giver.relationship", "PEMOHON_LAYANAN")
                .multiPart("chronology", "Diberikan setelah layanan.").multiPart("custody", "DITITIPKAN_UPG")
                .post("/gratifikasi").then().statusCode(303);
    }

    @Test
    void contactFieldsSayThatWithoutContactWeCannotReachThePerson() {
        given().get("/pengaduan").then().statusCode(200).body(containsString("id=\"no-contact-notice\""))
                .body(containsString("kami tidak dapat menghubungi Anda"));
        given().cookie("lang", "en").get("/wbs").then().statusCode(200).body(containsString("we cannot contact you"));
    }

    @Test
    void theWhyQuestionOfTheTipReadsAsAQuestion() {
        given().get("/wbs").then().statusCode(200).body(containsString("Apa dugaan alasan atau motifnya? (opsional)"))
                .body(not(containsString("Mengapa (opsional)?")));
    }
}
