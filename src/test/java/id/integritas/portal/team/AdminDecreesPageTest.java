package id.integritas.portal.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.time.LocalDate;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("persistence")
class AdminDecreesPageTest {

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Test
    void administratorRegistersAnSkFromThePageAndSeesItsMembers() {
        String admin = accounts.token("sk.page.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("sk.page.chair", Set.of(Role.KETUA_TIM), Set.of());
        LocalDate today = decrees.today();
        String token = Fixtures.tokenFrom(given().cookie("portal_session", admin).get("/admin/sk").then().statusCode(200)
                .body(containsString("<h1>SK tim</h1>")).body(containsString(">Tim Pengaduan Masyarakat</option>"))
                .extract().asString());
        given().redirects().follow(false).cookie("portal_session", admin).formParam("_csrf", token)
                .formParam("teamKind", "COMPLAINTS").formParam("number", "800/77/SK-HALAMAN/2026")
                .formParam("date", today.toString()).formParam("signatory", "Kepala Dinas")
                .formParam("validFrom", today.toString()).formParam("validUntil", today.plusYears(1).toString())
                .formParam("members[0].username", "sk.page.chair").formParam("members[0].teamRole", "CHAIR")
                .post("/admin/sk").then().statusCode(303).header("Location", endsWith("/admin/sk"));
        given().cookie("portal_session", admin).get("/admin/sk").then().statusCode(200)
                .body(containsString("800/77/SK-HALAMAN/2026")).body(containsString("sk.page.chair (Ketua)"));
    }

    @Test
    void anUnknownMemberIsNamedOnItsOwnRowInIndonesian() {
        String admin = accounts.token("sk.page.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("sk.page.member", Set.of(Role.PETUGAS), Set.of());
        LocalDate today = decrees.today();
        String token = Fixtures.tokenFrom(given().cookie("portal_session", admin).get("/admin/sk").asString());
        given().cookie("portal_session", admin).formParam("_csrf", token)
                .formParam("teamKind", "WBS").formParam("number", "800/78/SK/2026")
                .formParam("date", today.toString()).formParam("signatory", "Kepala Dinas")
                .formParam("validFrom", today.toString()).formParam("validUntil", today.minusDays(1).toString())
                .formParam("members[0].username", "sk.page.member").formParam("members[0].teamRole", "MEMBER")
                .formParam("members[2].username", "belum.ada.akunnya").formParam("members[2].teamRole", "MEMBER")
                .post("/admin/sk").then().statusCode(400)
                .body(containsString("Tidak ada akun dengan nama pengguna ini."))
                .body(containsString("Tanggal akhir tidak boleh sebelum tanggal awal."))
                .body(containsString("value=\"belum.ada.akunnya\""))
                .body(containsString("id=\"" + id.integritas.portal.system.web.FormState.id("members[2].username") + "-error\""));
    }

    @Test
    void anSkEndingWithinThirtyDaysIsWarnedOnBothAdminPages() {
        String admin = accounts.token("sk.page.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("sk.page.upg", Set.of(Role.KETUA_TIM), Set.of());
        LocalDate today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.UPG, "800/79/SK-HABIS/2026", today.minusMonths(11),
                "Kepala Dinas", today.minusMonths(11), today.plusDays(29),
                java.util.List.of(new DecreeAdmin.MemberRequest("sk.page.upg", TeamRole.CHAIR, null, null))), null);
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.UPG, "800/80/SK-LAMA/2026", today.plusDays(31),
                "Kepala Dinas", today, today.plusDays(31), java.util.List.of()), null);
        String warning = "SK 800/79/SK-HABIS/2026 (Unit Pengendalian Gratifikasi (UPG)) berakhir " + today.plusDays(29);
        given().cookie("portal_session", admin).get("/admin/sk").then().statusCode(200)
                .body(containsString(warning)).body(not(containsString("SK 800/80/SK-LAMA/2026 (")));
        // every admin page, not only the SK registry: the layout carries it, with a link to the registry
        for (String adminPage : java.util.List.of("/admin/akun", "/admin/hari-libur", "/admin/daftar-pilihan", "/ganti-sandi")) {
            given().cookie("portal_session", admin).get(adminPage).then().statusCode(200).body(containsString(warning))
                    .body(containsString("<a href=\"/admin/sk\">SK tim</a></p></div>"));
        }
        // not for people who are not administrators
        String employee = accounts.token("sk.page.pegawai", Set.of(Role.PEGAWAI), Set.of());
        given().cookie("portal_session", employee).get("/laporan-saya").then().statusCode(200)
                .body(not(containsString("800/79/SK-HABIS/2026")));
        given().cookie("portal_session", admin).cookie("lang", "en").get("/admin/sk").then().statusCode(200)
                .body(containsString("Decree 800/79/SK-HABIS/2026 (Gratification Control Unit (UPG)) ends on"));
    }
}
