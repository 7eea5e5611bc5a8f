package id.integritas.portal.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
@Tag("persistence")
class SignInAndRolesTest {

    @jakarta.inject.Inject
    id.integritas.portal.support.TestClock clock;

    @jakarta.inject.Inject
    SessionTokens sessionTokens;


    @Inject
    TestAccounts accounts;

    @Test
    void loginSetsAStrictHttpOnlyCookieAndLogoutClearsIt() {
        accounts.token("cookie.user", Set.of(Role.PEGAWAI), Set.of());
        Response r = given().contentType(ContentType.JSON)
                .body(Map.of("username", "cookie.user", "password", TestAccounts.PASSWORD)).post("/api/v1/auth/login");
        r.then().statusCode(200).body("tokenType", is("Bearer")).body("expiresIn", is(1800));
        String cookie = r.getHeader("Set-Cookie");
        assertTrue(cookie.startsWith("portal_session=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        given().post("/api/v1/auth/logout").then().statusCode(204).header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void repeatedFailuresSlowTheAccountDown() {
        accounts.token("slow.user", Set.of(Role.PEGAWAI), Set.of());
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("username", "slow.user", "password", "wrong-" + i))
                    .post("/api/v1/auth/login").then().statusCode(401).contentType("application/problem+json");
        }
        // Paused now: even the right password is refused until the pause ends.
        given().contentType(ContentType.JSON).body(Map.of("username", "slow.user", "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody.here", "password", "x"))
                .post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void tamperedExpiredAndForeignTokensAreRejected() throws Exception {
        String good = accounts.token("matrix.officer", Set.of(Role.PETUGAS), Set.of());
        given().auth().oauth2(good).get("/api/v1/cases").then().statusCode(200);
        String[] p = good.split("\\.");
        given().auth().oauth2(p[0] + "." + p[1] + "." + p[2].substring(0, p[2].length() - 4) + "AAAA").get("/api/v1/cases")
                .then().statusCode(401);
        String expired = Jwt.issuer("https://portal-integritas.local").subject("1").upn("matrix.officer")
                .audience("portal-session").groups("PETUGAS").issuedAt(1_000_000L).expiresAt(1_000_600L).sign();
        given().auth().oauth2(expired).get("/api/v1/cases").then().statusCode(401);
        String wrongIssuer = Jwt.issuer("https://evil.example").subject("1").upn("matrix.officer").audience("portal-session")
                .groups("PETUGAS").sign();
        given().auth().oauth2(wrongIssuer).get("/api/v1/cases").then().statusCode(401);
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        String foreignKey = Jwt.issuer("https://portal-integritas.local").subject("1").upn("matrix.officer")
                .audience("portal-session").groups("PETUGAS").jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.ES256)
                .sign(gen.generateKeyPair().getPrivate());
        given().auth().oauth2(foreignKey).get("/api/v1/cases").then().statusCode(401);
        String receiptAsToken = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then()
                .extract().path("receipt");
        given().auth().oauth2(receiptAsToken).get("/api/v1/cases").then().statusCode(401);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        String admin = accounts.token("the.admin", Set.of(Role.ADMIN), Set.of());
        String officer = accounts.token("not.admin", Set.of(Role.PETUGAS), Set.of());
        given().auth().oauth2(officer).get("/api/v1/admin/accounts").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "new.staff", "displayName", "Staf Baru", "nip", "199901012020121001",
                        "roles", Set.of("PEGAWAI"), "password", "long-enough-password"))
                .post("/api/v1/admin/accounts").then().statusCode(201).body("roles", contains("PEGAWAI"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "new.staff", "displayName", "Dua", "roles", Set.of("PEGAWAI"), "password", "long-enough-password"))
                .post("/api/v1/admin/accounts").then().statusCode(400).body("errors[0].code", is("taken"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "X", "displayName", "", "roles", Set.of(), "password", "short"))
                .post("/api/v1/admin/accounts").then().statusCode(400)
                .body("errors.field", hasItems("username", "displayName", "roles", "password"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("roles", Set.of("PEGAWAI", "PETUGAS"), "channels", Set.of("ADU")))
                .patch("/api/v1/admin/accounts/new.staff").then().statusCode(200).body("roles", hasItems("PEGAWAI", "PETUGAS"));
        given().contentType(ContentType.JSON).body(Map.of("username", "new.staff", "password", "long-enough-password"))
                .post("/api/v1/auth/login").then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/v1/admin/accounts/new.staff").then().statusCode(200).body("enabled", is(false));
        given().contentType(ContentType.JSON).body(Map.of("username", "new.staff", "password", "long-enough-password"))
                .post("/api/v1/auth/login").then().statusCode(401);
        given().auth().oauth2(admin).get("/api/v1/admin/accounts?size=2").then().statusCode(200).body("size()", is(2));
        Response page = given().cookie("portal_session", admin).get("/admin/akun");
        page.then().statusCode(200).body(containsString("new.staff"));
        String token = Fixtures.tokenFrom(page.asString());
        given().cookie("portal_session", admin).formParam("_csrf", token).formParam("username", "Bad Name")
                .formParam("displayName", "").formParam("password", "x").post("/admin/akun").then().statusCode(400)
                .body(containsString("Ada yang perlu diperbaiki")).body(containsString("value=\"Bad Name\""))
                .body(not(containsString("value=\"x\"")));
        given().redirects().follow(false).cookie("portal_session", admin).formParam("_csrf", token)
                .formParam("username", "page.made").formParam("displayName", "Dibuat dari halaman")
                .formParam("roles", "PEGAWAI").formParam("roles", "PETUGAS").formParam("channels", "WBS")
                .formParam("password", "page-made-password").post("/admin/akun").then().statusCode(303);
        given().redirects().follow(false).cookie("portal_session", admin).formParam("_csrf", token)
                .formParam("roles", "PEGAWAI").post("/admin/akun/page.made").then().statusCode(303);
        given().auth().oauth2(admin).get("/api/v1/admin/accounts?size=200").then()
                .body("find { it.username == 'page.made' }.roles", contains("PEGAWAI"))
                .body("find { it.username == 'page.made' }.enabled", is(false));
    }

    @Test
    void firstAdministratorComesFromConfiguration() {
        given().contentType(ContentType.JSON).body(Map.of("username", "bootstrap.admin", "password", "bootstrap-admin-test-only"))
                .post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void sessionIsRenewedAfterHalfItsLifetime() {
        accounts.token("sliding.user", Set.of(Role.PEGAWAI), Set.of());
        Account account = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> io.quarkus.arc.Arc.container()
                .instance(AccountRepository.class).get().findByUsername("sliding.user").orElseThrow());
        String old;
        clock.shift(java.time.Duration.ofMinutes(-16)); // issued 16 of its 30 minutes ago
        try {
            old = sessionTokens.issue(account);
        } finally {
            clock.reset();
        }
        String fresh = sessionTokens.issue(account);
        String renewed = given().cookie("portal_session", old).get("/gratifikasi").then().statusCode(200)
                .extract().cookie("portal_session");
        assertNotNull(renewed, "an old session gets a new cookie");
        assertNotEquals(old, renewed);
        given().cookie("portal_session", renewed).get("/gratifikasi").then().statusCode(200);
        assertNull(given().cookie("portal_session", fresh).get("/gratifikasi").then().statusCode(200).extract()
                .cookie("portal_session"), "a young session is left alone");
    }

    @Test
    void signInPageWorksAndFailsPolitely() {
        accounts.token("page.user", Set.of(Role.PEGAWAI), Set.of());
        String token = Fixtures.tokenFrom(given().get("/masuk").asString());
        given().formParam("_csrf", token).formParam("username", "page.user").formParam("password", "nope").post("/masuk")
                .then().statusCode(401).body(containsString("Nama pengguna atau kata sandi salah"))
                .body(containsString("value=\"page.user\""));
        given().redirects().follow(false).formParam("_csrf", token).formParam("username", "page.user")
                .formParam("password", TestAccounts.PASSWORD).post("/masuk").then().statusCode(303)
                .cookie("portal_session", not(emptyOrNullString()));
    }
}
