package id.integritas.portal.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Roles, the enabled flag and sign-out are read from the database on every request, not from the token. */
@QuarkusTest
@Tag("persistence")
class SessionRevocationTest {

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    private static final Map<String, Object> NEW_ADMIN = Map.of("username", "made.by.demoted", "displayName", "X",
            "roles", Set.of("ADMIN"), "password", "long-enough-password");

    @Test
    void demotedAdminLosesItsPowersAtOnce() {
        String boss = accounts.token("rev.boss", Set.of(Role.ADMIN), Set.of());
        String demoted = accounts.token("rev.demoted", Set.of(Role.ADMIN, Role.PEGAWAI), Set.of());
        given().auth().oauth2(demoted).get("/api/v1/admin/accounts").then().statusCode(200);

        given().auth().oauth2(boss).contentType(ContentType.JSON).body(Map.of("roles", Set.of("PEGAWAI")))
                .patch("/api/v1/admin/accounts/rev.demoted").then().statusCode(200);

        given().auth().oauth2(demoted).get("/api/v1/admin/accounts").then().statusCode(403);
        given().auth().oauth2(demoted).contentType(ContentType.JSON).body(NEW_ADMIN).post("/api/v1/admin/accounts")
                .then().statusCode(403);
        given().auth().oauth2(demoted).contentType(ContentType.JSON).body(Map.of("roles", Set.of("ADMIN")))
                .patch("/api/v1/admin/accounts/rev.demoted").then().statusCode(403);
        given().cookie("portal_session", demoted).get("/admin/akun").then().statusCode(403);
        // Still an employee: the token works for what the account may do now.
        given().cookie("portal_session", demoted).get("/gratifikasi").then().statusCode(200);
    }

    @Test
    void disabledAdminCannotListAccounts() {
        String boss = accounts.token("rev.boss2", Set.of(Role.ADMIN), Set.of());
        String disabled = accounts.token("rev.disabled", Set.of(Role.ADMIN), Set.of());
        given().auth().oauth2(disabled).get("/api/v1/admin/accounts").then().statusCode(200);

        given().auth().oauth2(boss).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/v1/admin/accounts/rev.disabled").then().statusCode(200);

        given().auth().oauth2(disabled).get("/api/v1/admin/accounts").then().statusCode(401);
        given().redirects().follow(false).cookie("portal_session", disabled).get("/admin/akun").then().statusCode(303);
    }

    @Test
    void bearerTokenStopsWorkingAfterLogout() {
        String token = accounts.token("rev.logout", Set.of(Role.PETUGAS), Set.of());
        String second = given().contentType(ContentType.JSON)
                .body(Map.of("username", "rev.logout", "password", TestAccounts.PASSWORD, "totp", accounts.code("rev.logout")))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200);

        given().auth().oauth2(token).post("/api/v1/auth/logout").then().statusCode(204);

        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(401);
        given().auth().oauth2(second).get("/api/v1/cases").then().statusCode(401); // every session of the account ends
        String fresh = given().contentType(ContentType.JSON)
                .body(Map.of("username", "rev.logout", "password", TestAccounts.PASSWORD, "totp", accounts.code("rev.logout")))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        given().auth().oauth2(fresh).get("/api/v1/cases").then().statusCode(200);
    }

    /** Another instance changes the row: this one follows within portal.session.account-check-cache (1 s in tests). */
    @Test
    void revocationLivesInTheDatabase() throws Exception {
        String token = accounts.token("rev.elsewhere", Set.of(Role.PETUGAS), Set.of());
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update account set session_version = session_version + 1 where username = 'rev.elsewhere'")
                .executeUpdate());
        Thread.sleep(1300);
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(401);
    }

    @Test
    void signOutPageRefusesCrossSitePostsAndRevokesSameSiteOnes() {
        String token = accounts.token("rev.page", Set.of(Role.PEGAWAI), Set.of());
        String html = given().cookie("portal_session", token).get("/gratifikasi").then().statusCode(200).extract().asString();
        String signOut = Fixtures.firstMatch("name=\"_signout\" value=\"([^\"]+)\"", html);

        given().redirects().follow(false).cookie("portal_session", token).header("Sec-Fetch-Site", "cross-site")
                .formParam("_signout", signOut).post("/keluar").then().statusCode(403);
        given().redirects().follow(false).cookie("portal_session", token).formParam("_signout", "forged")
                .post("/keluar").then().statusCode(403);
        String anonymousToken = Fixtures.tokenFrom(given().get("/masuk").asString());
        given().redirects().follow(false).cookie("portal_session", token).formParam("_signout", anonymousToken)
                .post("/keluar").then().statusCode(403);
        given().cookie("portal_session", token).get("/gratifikasi").then().statusCode(200);

        given().redirects().follow(false).cookie("portal_session", token).header("Sec-Fetch-Site", "same-origin")
                .formParam("_signout", signOut).post("/keluar").then().statusCode(303)
                .header("Set-Cookie", containsString("Max-Age=0"));
        given().redirects().follow(false).cookie("portal_session", token).get("/gratifikasi").then().statusCode(303);
        given().auth().oauth2(token).get("/api/v1/admin/accounts").then().statusCode(401);
    }
}
