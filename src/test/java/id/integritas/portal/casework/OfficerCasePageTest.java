package id.integritas.portal.casework;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.test.junit.QuarkusTest;

/** /petugas/kasus/{nomor}: what a team member and the chair see and may do, forms that re-render, 404 for others. */
@QuarkusTest
@Tag("persistence")
class OfficerCasePageTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
    }

    private String chair() {
        String username = unique("page.chair");
        String token = accounts.token(username, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        var today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.COMPLAINTS, "SK-PAGE/" + username, today.minusDays(1),
                "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(username, TeamRole.CHAIR, null, null))), null);
        return token;
    }

    private static Map<String, String> complaint() {
        var r = json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        return Map.of("number", r.path("registrationNumber"), "code", r.path("trackingCode"));
    }

    private static String page(String session, String number) {
        return given().cookie("portal_session", session).get("/petugas/kasus/" + number).then().statusCode(200)
                .header("Cache-Control", containsString("no-store")).extract().asString();
    }

    @Test
    void aMemberSeesTheCaseAndExactlyTheirStepsTheChairAlsoAssigns() {
        String member = accounts.token(unique("page.member"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String chair = chair();
        String n = complaint().get("number");
        String html = page(member, n);
        assertTrue(html.contains(n), "the case number");
        assertTrue(html.contains("Antrean tidak tertib") && html.contains("Nomor antrean saya dilewati"), "the report as typed");
        assertTrue(html.contains("Menunggu verifikasi"), "the state in Indonesian");
        assertTrue(html.contains("data-step=\"TERVERIFIKASI\"") && html.contains("data-step=\"PERLU_DILENGKAPI\""), html);
        assertFalse(html.contains("data-step=\"DIARSIPKAN\""), "archiving is the chair's");
        assertFalse(html.contains("/disposisi\""), "no assignment form for a member");
        assertTrue(html.contains("href=\"/petugas\""), "back to the inbox");
        assertTrue(html.contains("/identitas\""), "the identity behind a reason");
        assertFalse(html.contains("Rina Warga"), "the identity is not on the page until asked for");
        String chairHtml = page(chair, n);
        assertTrue(chairHtml.contains("data-step=\"DIARSIPKAN\"") && chairHtml.contains("data-step=\"DITERUSKAN_KELUAR\""));

        String other = accounts.token(unique("page.other"), Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        given().cookie("portal_session", other).get("/petugas/kasus/" + n).then().statusCode(404);
        given().cookie("portal_session", member).get("/petugas/kasus/ADU-1999-999999").then().statusCode(404);
    }

    @Test
    void formsTakeStepsAndComeBackWithIndonesianMessagesOnBadInput() {
        String chair = chair();
        var c = complaint();
        String n = c.get("number");
        String csrf = Fixtures.tokenFrom(page(chair, n));
        // no reason: the page again, 400, with the message at the field
        String bad = given().cookie("portal_session", chair).formParam("_csrf", csrf).formParam("to", "TERVERIFIKASI")
                .formParam("reason", "").post("/petugas/kasus/" + n + "/langkah").then().statusCode(400).extract().asString();
        assertTrue(bad.contains("Wajib diisi.") && bad.contains("error-summary"), bad);
        given().redirects().follow(false).cookie("portal_session", chair).formParam("_csrf", csrf).formParam("to", "TERVERIFIKASI")
                .formParam("reason", "Lengkap dan jelas").post("/petugas/kasus/" + n + "/langkah").then().statusCode(303);
        String after = page(chair, n);
        assertTrue(after.contains("Terverifikasi") && after.contains("Lengkap dan jelas"), "state and timeline");
        assertTrue(after.contains("/disposisi\""), "a verified complaint can be assigned by the chair");
        // a step no longer open: the form comes back saying so
        String stale = given().cookie("portal_session", chair).formParam("_csrf", csrf).formParam("to", "TERVERIFIKASI")
                .formParam("reason", "Lagi").post("/petugas/kasus/" + n + "/langkah").then().statusCode(400).extract().asString();
        assertTrue(stale.contains("tidak lagi tersedia"), stale);
        // disposisi to a unit with an unknown code
        String wrong = given().cookie("portal_session", chair).formParam("_csrf", csrf).formParam("assignee", "TIDAK_ADA")
                .formParam("assignReason", "x").post("/petugas/kasus/" + n + "/disposisi").then().statusCode(400).extract().asString();
        assertTrue(wrong.contains("Pilih salah satu pilihan yang tersedia."), wrong);
        given().redirects().follow(false).cookie("portal_session", chair).formParam("_csrf", csrf).formParam("assignee", "DAFDUK")
                .formParam("assignReason", "Urusan KTP-el").post("/petugas/kasus/" + n + "/disposisi").then().statusCode(303);
        assertTrue(page(chair, n).contains("Bidang Pelayanan Pendaftaran Penduduk"));
        // an internal note and a message
        given().redirects().follow(false).cookie("portal_session", chair).formParam("_csrf", csrf)
                .formParam("note", "Catatan rahasia halaman: cek CCTV loket 2").post("/petugas/kasus/" + n + "/catatan").then()
                .statusCode(303);
        given().redirects().follow(false).cookie("portal_session", chair).formParam("_csrf", csrf)
                .formParam("reply", "Terima kasih, laporan Anda sedang kami periksa.").post("/petugas/kasus/" + n + "/pesan").then()
                .statusCode(303);
        String withNote = page(chair, n);
        assertTrue(withNote.contains("cek CCTV loket 2") && withNote.contains("sedang kami periksa"));
        String lacak = given().formParam("_csrf", Fixtures.formToken()).formParam("trackingCode", c.get("code"))
                .header("X-Forwarded-For", Fixtures.clientAddress().split(",")[1]).post("/lacak").then().statusCode(200)
                .extract().asString();
        assertTrue(lacak.contains("sedang kami periksa"), "the message reaches the reporter");
        assertFalse(lacak.contains("cek CCTV"), "the note does not");
        // the identity, with a reason
        String noReason = given().cookie("portal_session", chair).formParam("_csrf", csrf).formParam("identityReason", " ")
                .post("/petugas/kasus/" + n + "/identitas").then().statusCode(400).extract().asString();
        assertTrue(noReason.contains("Wajib diisi."));
        String shown = given().cookie("portal_session", chair).formParam("_csrf", csrf)
                .formParam("identityReason", "Menghubungi pelapor").post("/petugas/kasus/" + n + "/identitas").then()
                .statusCode(200).extract().asString();
        assertTrue(shown.contains("Rina Warga") && shown.contains("identity-shown"), shown);
        // an expired or foreign token is refused
        given().cookie("portal_session", chair).formParam("_csrf", "x").formParam("note", "n")
                .post("/petugas/kasus/" + n + "/catatan").then().statusCode(400).body(containsString("kedaluwarsa"));
    }
}
