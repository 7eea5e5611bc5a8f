package id.integritas.portal.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Where signed-in people go: header with name and role links, return after sign-in, "my reports". */
@QuarkusTest
@Tag("persistence")
class SignedInPagesTest {

    @Inject
    TestAccounts accounts;

    @Test
    void headerShowsTheNameAndThePagesTheRolesMayUse() {
        String employee = accounts.token("nav.employee", Set.of(Role.PEGAWAI), Set.of());
        String admin = accounts.token("nav.admin", Set.of(Role.ADMIN), Set.of());
        given().cookie("portal_session", employee).get("/").then().statusCode(200)
                .body(containsString("Masuk sebagai")).body(containsString("Test nav.employee"))
                .body(containsString("href=\"/laporan-saya\"")).body(containsString("href=\"/gratifikasi\""))
                .body(not(containsString("href=\"/admin/akun\""))).body(not(containsString("href=\"/masuk\"")));
        given().cookie("portal_session", admin).get("/lacak").then().statusCode(200)
                .body(containsString("Test nav.admin")).body(containsString("href=\"/admin/akun\""))
                .body(containsString("href=\"/admin/sk\"")).body(containsString("href=\"/admin/daftar-pilihan\""))
                .body(containsString("href=\"/admin/hari-libur\"")).body(not(containsString("href=\"/laporan-saya\"")));
        // A stale cookie never breaks a public page; it leaves only the sign-out button.
        given().cookie("portal_session", "not-a-token").get("/").then().statusCode(200)
                .body(not(containsString("Masuk sebagai"))).body(containsString("action=\"/keluar\""));
        given().get("/").then().statusCode(200).body(containsString("href=\"/masuk\""))
                .body(not(containsString("Masuk sebagai")));
    }

    @Test
    void signInReturnsToThePageThatAskedForIt() {
        accounts.token("return.employee", Set.of(Role.PEGAWAI), Set.of());
        String location = given().redirects().follow(false).get("/gratifikasi").then().statusCode(303).extract()
                .header("Location");
        assertTrue(location.endsWith("/masuk?ke=%2Fgratifikasi"), location);
        String form = given().get("/masuk?ke=/gratifikasi").then().statusCode(200).extract().asString();
        assertTrue(form.contains("name=\"ke\" value=\"/gratifikasi\""), "the form carries the return path");
        given().redirects().follow(false).formParam("_csrf", Fixtures.tokenFrom(form)).formParam("ke", "/gratifikasi")
                .formParam("username", "return.employee").formParam("password", TestAccounts.PASSWORD).post("/masuk")
                .then().statusCode(303).header("Location", endsWith("/gratifikasi"));
        // Without a return path an employee lands on "my reports", not the citizen home page.
        given().redirects().follow(false).formParam("_csrf", Fixtures.tokenFrom(form))
                .formParam("username", "return.employee").formParam("password", TestAccounts.PASSWORD).post("/masuk")
                .then().statusCode(303).header("Location", endsWith("/laporan-saya"));
    }

    @Test
    void returnPathIsNeverAnOpenRedirect() {
        accounts.token("redirect.employee", Set.of(Role.PEGAWAI), Set.of());
        String token = Fixtures.tokenFrom(given().get("/masuk").asString());
        for (String evil : new String[] { "https://evil.example/", "//evil.example/x", "/\\evil.example", "evil.example",
                "/\t/evil.example", "javascript:alert(1)" }) {
            String location = given().redirects().follow(false).formParam("_csrf", token).formParam("ke", evil)
                    .formParam("username", "redirect.employee").formParam("password", TestAccounts.PASSWORD)
                    .post("/masuk").then().statusCode(303).extract().header("Location");
            assertTrue(location.endsWith("/laporan-saya"), evil + " -> " + location);
        }
        assertNull(id.integritas.portal.system.web.LocalPaths.afterSignIn("/x\r\ny"));
        assertEquals("/lacak?a=1", id.integritas.portal.system.web.LocalPaths.afterSignIn("/lacak?a=1"));
    }

    @Test
    void signInPageSendsSignedInPeopleOnward() {
        String admin = accounts.token("onward.admin", Set.of(Role.ADMIN), Set.of());
        given().redirects().follow(false).cookie("portal_session", admin).get("/masuk").then().statusCode(303)
                .header("Location", endsWith("/admin/akun"));
        given().redirects().follow(false).cookie("portal_session", admin).get("/masuk?ke=/lacak").then().statusCode(303)
                .header("Location", endsWith("/lacak"));
        given().redirects().follow(false).cookie("portal_session", "stale").get("/masuk").then().statusCode(200);
    }

    @Test
    void myReportsListsWhatTheEmployeeFiledWithoutTheCode() {
        String mine = accounts.token("mine.employee", Set.of(Role.PEGAWAI), Set.of());
        String other = accounts.token("other.employee", Set.of(Role.PEGAWAI), Set.of());
        given().cookie("portal_session", mine).get("/laporan-saya").then().statusCode(200)
                .body(containsString("belum menyampaikan"));
        var filed = Fixtures.json().auth().oauth2(mine).body(Fixtures.gratification()).post("/api/v1/reports/gratifications")
                .then().statusCode(201).extract();
        String number = filed.path("registrationNumber");
        String code = filed.path("trackingCode");
        String declared = Fixtures.json().auth().oauth2(mine).body(Fixtures.declaration())
                .post("/api/v1/reports/conflicts-of-interest").then().statusCode(201).extract().path("registrationNumber");
        Fixtures.json().auth().oauth2(other).body(Fixtures.gratification()).post("/api/v1/reports/gratifications")
                .then().statusCode(201);

        String page = given().cookie("portal_session", mine).get("/laporan-saya").then().statusCode(200).extract().asString();
        assertTrue(page.contains(number) && page.contains(declared), page);
        assertTrue(page.contains("Laporan Gratifikasi") && page.contains("Konflik Kepentingan"));
        String today = id.integritas.portal.system.i18n.OfficeTime.date(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")),
                java.util.Locale.forLanguageTag("id"));
        assertTrue(page.contains("data-label=\"Tanggal\">" + today + "</td>"), "the day as people write it: " + today);
        assertFalse(page.contains(code), "never the tracking code");
        String others = given().cookie("portal_session", other).get("/laporan-saya").then().statusCode(200).extract().asString();
        assertFalse(others.contains(number), "only one's own reports");
        given().redirects().follow(false).get("/laporan-saya").then().statusCode(303);
    }

    @Test
    void myReportsIsPaginated() {
        String token = accounts.token("many.reports", Set.of(Role.PEGAWAI), Set.of());
        for (int i = 0; i < MyReportsPage.PAGE_SIZE + 1; i++) {
            Fixtures.json().auth().oauth2(token).body(Fixtures.gratification()).post("/api/v1/reports/gratifications")
                    .then().statusCode(201);
        }
        given().cookie("portal_session", token).get("/laporan-saya").then().statusCode(200)
                .body(containsString("href=\"/laporan-saya?page=1\""));
        String second = given().cookie("portal_session", token).get("/laporan-saya?page=1").then().statusCode(200)
                .extract().asString();
        assertTrue(second.contains("GRT-"), "the last report is on the second page");
        assertFalse(second.contains("page=2"), "no link to an empty page");
    }

    @Test
    void oneTimePasswordMustBeReplacedAtNextSignIn() {
        String admin = accounts.token("reset.admin", Set.of(Role.ADMIN), Set.of());
        String old = accounts.token("reset.employee", Set.of(Role.PEGAWAI), Set.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("password", "short"))
                .post("/api/v1/admin/accounts/reset.employee/password").then().statusCode(400)
                .body("errors[0].field", is("password"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("password", "one-time-password-1"))
                .post("/api/v1/admin/accounts/reset.employee/password").then().statusCode(204);
        Fixtures.json().auth().oauth2(old).body(Fixtures.gratification()).post("/api/v1/reports/gratifications").then()
                .statusCode(401); // sessions ended

        var login = given().contentType(ContentType.JSON)
                .body(Map.of("username", "reset.employee", "password", "one-time-password-1")).post("/api/v1/auth/login")
                .then().statusCode(200).body("passwordChangeRequired", is(true)).extract();
        String restricted = login.path("accessToken");
        Fixtures.json().auth().oauth2(restricted).body(Fixtures.gratification()).post("/api/v1/reports/gratifications")
                .then().statusCode(403);
        // The sign-in page sends the person to the change-password page first.
        String form = given().get("/masuk").asString();
        given().redirects().follow(false).formParam("_csrf", Fixtures.tokenFrom(form)).formParam("ke", "/gratifikasi")
                .formParam("username", "reset.employee").formParam("password", "one-time-password-1").post("/masuk")
                .then().statusCode(303).header("Location", endsWith("/ganti-sandi?ke=%2Fgratifikasi"));

        // Any page they open sends them there too, and back afterwards.
        given().redirects().follow(false).cookie("portal_session", restricted).get("/gratifikasi").then().statusCode(303)
                .header("Location", endsWith("/ganti-sandi?ke=%2Fgratifikasi"));
        given().redirects().follow(false).cookie("portal_session", restricted).get("/").then().statusCode(303)
                .header("Location", endsWith("/ganti-sandi"));
        String page = given().cookie("portal_session", restricted).get("/ganti-sandi").then().statusCode(200)
                .body(containsString("diatur ulang oleh administrator")).extract().asString();
        String csrf = Fixtures.tokenFrom(page);
        given().cookie("portal_session", restricted).formParam("_csrf", csrf).formParam("currentPassword", "wrong-one-time")
                .formParam("newPassword", "tiny").formParam("confirmPassword", "other").post("/ganti-sandi").then()
                .statusCode(400).body(containsString("Kata sandi saat ini: Kata sandi saat ini salah."))
                .body(containsString("Kata sandi baru: Terlalu pendek")).body(containsString("Ulangi kata sandi baru: "));
        String fresh = given().redirects().follow(false).cookie("portal_session", restricted).formParam("_csrf", csrf)
                .formParam("ke", "/gratifikasi").formParam("currentPassword", "one-time-password-1")
                .formParam("newPassword", "my-own-new-password").formParam("confirmPassword", "my-own-new-password")
                .post("/ganti-sandi").then().statusCode(303).header("Location", endsWith("/gratifikasi"))
                .extract().cookie("portal_session");
        given().cookie("portal_session", fresh).get("/gratifikasi").then().statusCode(200);
        given().redirects().follow(false).cookie("portal_session", restricted).get("/gratifikasi").then().statusCode(303);
        given().contentType(ContentType.JSON).body(Map.of("username", "reset.employee", "password", "my-own-new-password"))
                .post("/api/v1/auth/login").then().statusCode(200).body("passwordChangeRequired", is(false));
    }

    @Test
    void passwordChangeApi() {
        String token = accounts.token("api.changer", Set.of(Role.PETUGAS), Set.of());
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong", "newPassword", "another-long-password")).post("/api/v1/auth/password")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("currentPassword"));
        String fresh = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "another-long-password"))
                .post("/api/v1/auth/password").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(401);
        given().auth().oauth2(fresh).get("/api/v1/cases").then().statusCode(200);
    }
}
