package id.integritas.portal.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.campaign.CampaignAdmin;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeAdmin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 9 §3/§4 remainders: a meeting's files uploaded from its page; the administrators' page that opens the register
 * campaign; the employee's note that it is open; the coverage link for the conflict-of-interest team's chair.
 */
@QuarkusTest
@Tag("persistence")
class RemaindersPagesTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CampaignAdmin campaigns;

    @Inject
    DecreeAdmin decrees;

    @Test
    void aMeetingFileIsAddedFromTheMeetingPage() {
        String officer = accounts.token("rem.monev.adu", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        int meetingId = Fixtures.json().auth().oauth2(officer).body(Map.of("channel", "ADU", "heldOn",
                decrees.today().toString(), "periodic", false, "title", "Rapat berkas halaman", "findings", "Temuan"))
                .post("/api/v1/monev/meetings").then().statusCode(201).extract().path("id");
        String page = given().cookie("portal_session", officer).get("/petugas/monev/" + meetingId).then().statusCode(200)
                .body(containsString("Tambahkan berkas")).extract().asString();
        String token = Fixtures.tokenFrom(page);
        // no file chosen: the field's message, nothing stored
        given().cookie("portal_session", officer).multiPart("_csrf", token).multiPart("kind", "NOTULEN")
                .post("/petugas/monev/" + meetingId + "/berkas").then().statusCode(400).body(containsString("Wajib diisi"));
        // a file of the wrong type: the pipeline's message on the file field
        given().cookie("portal_session", officer).multiPart("_csrf", token).multiPart("kind", "NOTULEN")
                .multiPart("file", "notulen.txt", "bukan gambar".getBytes(), "text/plain")
                .post("/petugas/monev/" + meetingId + "/berkas").then().statusCode(400)
                .body(containsString("tidak diterima"));
        given().redirects().follow(false).cookie("portal_session", officer).multiPart("_csrf", token)
                .multiPart("kind", "DAFTAR_HADIR").multiPart("file", "hadir.png", Fixtures.pngWithText("hadir"), "image/png")
                .post("/petugas/monev/" + meetingId + "/berkas").then().statusCode(303)
                .header("Location", endsWith("/petugas/monev/" + meetingId + "#berkas"));
        given().auth().oauth2(officer).get("/api/v1/monev/meetings/" + meetingId).then().statusCode(200)
                .body("files.kind", hasItem("DAFTAR_HADIR")).body("files.fileName", hasItem("hadir.png"));
        // another team's officer cannot add files
        String other = accounts.token("rem.monev.wbs", Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        String otherPage = given().cookie("portal_session", other).get("/petugas/monev").then().statusCode(200).extract().asString();
        given().cookie("portal_session", other).multiPart("_csrf", Fixtures.tokenFrom(otherPage)).multiPart("kind", "FOTO")
                .multiPart("file", "foto.png", Fixtures.pngWithText("x"), "image/png")
                .post("/petugas/monev/" + meetingId + "/berkas").then().statusCode(403);
    }

    @Test
    void anAdministratorOpensTheCampaignAndEmployeesAreTold() {
        String admin = accounts.token("rem.admin", Set.of(Role.ADMIN), Set.of());
        String employee = accounts.token("rem.pegawai", Set.of(Role.PEGAWAI), Set.of());
        LocalDate today = decrees.today();
        int year = today.getYear();
        String page = given().cookie("portal_session", admin).get("/admin/kampanye").then().statusCode(200)
                .body(containsString("Buka kampanye")).body(containsString("href=\"/admin/kampanye\"")).extract().asString();
        String token = Fixtures.tokenFrom(page);
        // a due date in the past is refused with the field's message
        given().cookie("portal_session", admin).contentType(ContentType.URLENC).formParam("_csrf", token)
                .formParam("year", String.valueOf(year + 40)).formParam("dueOn", today.minusDays(1).toString())
                .post("/admin/kampanye").then().statusCode(400).body(containsString("aria-invalid=\"true\""));
        if (campaigns.byYear(year).isEmpty()) {
            given().redirects().follow(false).cookie("portal_session", admin).contentType(ContentType.URLENC)
                    .formParam("_csrf", token).formParam("year", String.valueOf(year))
                    .formParam("dueOn", today.plusDays(14).toString()).formParam("remindDaysBefore", "5")
                    .post("/admin/kampanye").then().statusCode(303).header("Location", endsWith("/admin/kampanye?dibuka=" + year));
        }
        LocalDate due = campaigns.byYear(year).orElseThrow().dueOn;
        given().cookie("portal_session", admin).get("/admin/kampanye").then().statusCode(200)
                .body(containsString(due.toString()));
        // the same year twice is a field error
        given().cookie("portal_session", admin).contentType(ContentType.URLENC).formParam("_csrf", token)
                .formParam("year", String.valueOf(year)).formParam("dueOn", today.plusDays(14).toString())
                .post("/admin/kampanye").then().statusCode(400).body(containsString("Sudah dipakai"));
        given().cookie("portal_session", employee).get("/admin/kampanye").then().statusCode(403);
        // the employee's conflict-of-interest page says the register is open and by when
        given().cookie("portal_session", employee).get("/benturan-kepentingan").then().statusCode(200)
                .body(containsString("Pengisian daftar kepentingan tahun " + year + " sedang dibuka"))
                .body(containsString(due.toString()));
    }

    @Test
    void theConflictTeamChairAndTheHeadOfOfficeFindTheCoverageInTheHeader() {
        String chair = accounts.token("rem.bkp.ketua", Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of(Channel.BKP));
        String otherChair = accounts.token("rem.wbs.ketua", Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of(Channel.WBS));
        String head = accounts.token("rem.kadis", Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        given().cookie("portal_session", chair).get("/petugas").then().statusCode(200)
                .body(containsString("href=\"/petugas/daftar-kepentingan\""));
        given().cookie("portal_session", otherChair).get("/petugas").then().statusCode(200)
                .body(not(containsString("href=\"/petugas/daftar-kepentingan\"")));
        String dashboard = given().cookie("portal_session", head).get("/pimpinan").then().statusCode(200).extract().asString();
        assertTrue(dashboard.contains("href=\"/petugas/daftar-kepentingan\""));
        assertTrue(dashboard.contains("href=\"/petugas/bukti-zi\""));
    }
}
