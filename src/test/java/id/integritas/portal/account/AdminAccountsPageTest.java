package id.integritas.portal.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@Tag("persistence")
class AdminAccountsPageTest {

    @Inject
    TestAccounts accounts;

    @Test
    void nextLinkOnlyWhenThereIsANextPage() {
        String admin = accounts.token("pager.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("pager.other", Set.of(Role.PEGAWAI), Set.of());
        int total = given().auth().oauth2(admin).get("/api/v1/admin/accounts?size=200").then().statusCode(200)
                .extract().path("size()");
        assertTrue(total >= 2);
        given().cookie("portal_session", admin).get("/admin/akun?size=" + (total - 1)).then().statusCode(200)
                .body(containsString("page=1&amp;size=" + (total - 1) + "\">Berikutnya"));
        String last = given().cookie("portal_session", admin).get("/admin/akun?page=1&size=" + (total - 1)).then()
                .statusCode(200).extract().asString();
        assertEquals(1, last.split("class=\"account-card\"", -1).length - 1, "the last page holds the one remaining account");
        assertFalse(last.contains("Berikutnya"));
        assertTrue(last.contains("Sebelumnya"));
        given().cookie("portal_session", admin).get("/admin/akun?size=" + total).then().statusCode(200)
                .body(not(containsString("Berikutnya")));
    }

    @Test
    void rolesAndChannelsShowAsWordsAndCreationIsConfirmed() {
        String admin = accounts.token("label.admin", Set.of(Role.ADMIN), Set.of());
        String page = given().cookie("portal_session", admin).get("/admin/akun").then().statusCode(200).extract().asString();
        String token = Fixtures.tokenFrom(page);
        assertTrue(page.contains(">Petugas pengelola laporan</label>"));
        assertFalse(page.contains(">PETUGAS</label>"), "no raw codes as labels");
        assertFalse(page.contains("name=\"channels\""), "channels are not set on the account: access follows SK teams");
        given().redirects().follow(false).cookie("portal_session", admin).formParam("_csrf", token)
                .formParam("username", "confirmed.staff").formParam("displayName", "Staf Terkonfirmasi")
                .formParam("roles", "PETUGAS").formParam("password", "confirmed-password")
                .post("/admin/akun").then().statusCode(303).header("Location", endsWith("/admin/akun?dibuat=confirmed.staff"));
        given().cookie("portal_session", admin).get("/admin/akun?dibuat=confirmed.staff").then().statusCode(200)
                .body(containsString("Akun confirmed.staff dibuat."))
                .body(containsString("Peran: Petugas pengelola laporan\n"));
        accounts.appoint("confirmed.staff", Set.of(Channel.WBS));
        given().cookie("portal_session", admin).get("/admin/akun").then().statusCode(200)
                .body(containsString("Peran: Petugas pengelola laporan · Tim SK berlaku hari ini: Whistleblowing System (WBS)"));
    }

    @Test
    void uncheckingEveryRoleNamesTheAccountAndTheField() {
        String admin = accounts.token("roles.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("roles.target", Set.of(Role.PEGAWAI), Set.of());
        String token = Fixtures.tokenFrom(given().cookie("portal_session", admin).get("/admin/akun").asString());
        given().cookie("portal_session", admin).formParam("_csrf", token).formParam("enabled", "true")
                .post("/admin/akun/roles.target").then().statusCode(400)
                .body(containsString("href=\"#f-account-roles-target-roles\">Peran: Pilih paling sedikit satu peran untuk akun roles.target."))
                .body(containsString("id=\"f-account-roles-target-roles\""));
        given().cookie("portal_session", admin).formParam("_csrf", token).formParam("username", "x.y.z")
                .formParam("displayName", "Tanpa Peran").formParam("password", "long-enough-password").post("/admin/akun")
                .then().statusCode(400).body(containsString("href=\"#f-roles\">Peran: Wajib diisi."));
    }

    @Test
    void administratorSetsAOneTimePasswordFromThePage() {
        String admin = accounts.token("otp.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("otp.target", Set.of(Role.PEGAWAI), Set.of());
        String token = Fixtures.tokenFrom(given().cookie("portal_session", admin).get("/admin/akun").asString());
        given().cookie("portal_session", admin).formParam("_csrf", token).formParam("password", "short")
                .post("/admin/akun/otp.target/sandi").then().statusCode(400)
                .body(containsString("Kata sandi sementara: Terlalu pendek"));
        given().redirects().follow(false).cookie("portal_session", admin).formParam("_csrf", token)
                .formParam("password", "page-one-time-pw").post("/admin/akun/otp.target/sandi").then().statusCode(303)
                .header("Location", endsWith("/admin/akun?sandi=otp.target"));
        given().cookie("portal_session", admin).get("/admin/akun?sandi=otp.target").then()
                .body(containsString("Kata sandi sementara akun otp.target diatur."))
                .body(containsString("Harus mengganti kata sandi sementara"));
        given().contentType(ContentType.JSON).body(java.util.Map.of("username", "otp.target", "password", "page-one-time-pw"))
                .post("/api/v1/auth/login").then().statusCode(200).body("passwordChangeRequired", is(true));
    }

    @Test
    void theEmployeeRecordHasUnitAndSuperiorAndNoChannelsOfItsOwn() {
        String admin = accounts.token("record.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("record.boss", Set.of(Role.PEGAWAI), Set.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(java.util.Map.of("username", "record.staff", "displayName", "Staf Unit", "unitCode", "DAFDUK",
                        "superiorUsername", "record.boss", "roles", Set.of("PEGAWAI", "PETUGAS"), "password", "long-enough-password"))
                .post("/api/v1/admin/accounts").then().statusCode(201)
                .body("unitCode", is("DAFDUK")).body("superior", is("record.boss"))
                .body("$", not(hasKey("channels"))).body("teamChannelsInForce", empty());
        accounts.appoint("record.staff", Set.of(Channel.WBS));
        given().auth().oauth2(admin).get("/api/v1/admin/accounts?size=200").then().statusCode(200)
                .body("find { it.username == 'record.staff' }.teamChannelsInForce", contains("WBS"))
                .body("find { it.username == 'record.staff' }", not(hasKey("channels")))
                .body("find { it.username == 'record.staff' }.unitCode", is("DAFDUK"));
        // wrong unit, self as superior, unknown superior: named on their fields
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(java.util.Map.of("unitCode", "TIDAK_ADA"))
                .patch("/api/v1/admin/accounts/record.staff").then().statusCode(400)
                .body("errors[0].field", is("unitCode")).body("errors[0].code", is("unknown_option"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(java.util.Map.of("superiorUsername", "record.staff"))
                .patch("/api/v1/admin/accounts/record.staff").then().statusCode(400).body("errors[0].code", is("superior_self"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(java.util.Map.of("superiorUsername", "tidak.ada"))
                .patch("/api/v1/admin/accounts/record.staff").then().statusCode(400).body("errors[0].code", is("unknown_account"));
        // the page changes them too (blank clears the superior)
        String token = Fixtures.tokenFrom(given().cookie("portal_session", admin).get("/admin/akun").asString());
        given().redirects().follow(false).cookie("portal_session", admin).formParam("_csrf", token)
                .formParam("roles", "PEGAWAI").formParam("enabled", "true").formParam("unitCode", "CAPIL")
                .formParam("superiorUsername", "").post("/admin/akun/record.staff").then().statusCode(303);
        given().auth().oauth2(admin).get("/api/v1/admin/accounts?size=200").then()
                .body("find { it.username == 'record.staff' }.unitCode", is("CAPIL"))
                .body("find { it.username == 'record.staff' }.superior", nullValue());
        given().cookie("portal_session", admin).get("/admin/akun").then().statusCode(200)
                .body(containsString("Unit kerja (untuk disposisi pengaduan): Bidang Pelayanan Pencatatan Sipil"));
        given().cookie("portal_session", admin).formParam("_csrf", token).formParam("roles", "PEGAWAI")
                .formParam("unitCode", "TIDAK_ADA").post("/admin/akun/record.staff").then().statusCode(400)
                .body(containsString("id=\"f-account-record-staff-unitCode\""))
                .body(containsString("Pilih salah satu pilihan yang tersedia."));
    }
}
