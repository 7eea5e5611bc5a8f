package id.integritas.portal.account.totp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.AccountAdmin;
import id.integritas.portal.account.Role;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@Tag("persistence")
class SecondFactorTest {

    static final String REQUIRED = "urn:portal-integritas:problem:second-factor-required";
    static final String FAILED = "urn:portal-integritas:problem:second-factor-failed";

    @Inject
    TestAccounts accounts;

    @Inject
    AccountAdmin admin;

    @Inject
    EntityManager em;

    @Inject
    SecondFactorResets resets;

    private static String unique(String prefix) {
        return prefix + "." + System.nanoTime() % 10_000_000;
    }

    private void create(String username, Set<Role> roles) {
        String nip = String.format("%018d", Math.abs(username.hashCode()) % 1_000_000_000L + 199100000000000000L);
        admin.create(new AccountAdmin.NewAccount(username, "Test " + username, nip, "Unit Uji", "Staf", null, null, null,
                EnumSet.copyOf(roles), TestAccounts.PASSWORD), null);
    }

    private static ExtractableResponse<Response> login(String address, String username, String password, String totp) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        if (totp != null) {
            body.put("totp", totp);
        }
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(body)
                .post("/api/v1/auth/login").then().extract();
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void officerEnrolsAfterThePasswordAndCanDoNothingElseBefore() {
        String username = unique("tf.enrol");
        create(username, Set.of(Role.PETUGAS));
        var first = login("192.0.2.10", username, TestAccounts.PASSWORD, null);
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(true, first.path("secondFactorEnrolmentRequired"));
        String token = first.path("accessToken");

        // Restricted: no role applies, every page leads to enrolment.
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(403);
        given().redirects().follow(false).cookie("portal_session", token).get("/petugas").then().statusCode(303)
                .header("Location", endsWith("/akun/verifikasi-dua-langkah"));
        given().redirects().follow(false).cookie("portal_session", token).get("/masuk").then().statusCode(303)
                .header("Location", endsWith("/akun/verifikasi-dua-langkah"));

        // Start: a secret and its otpauth URI; a fresh start replaces the unconfirmed one.
        String abandoned = given().auth().oauth2(token).post("/api/v1/auth/totp").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().path("secret");
        var started = given().auth().oauth2(token).post("/api/v1/auth/totp").then().statusCode(200).extract();
        String secret = started.path("secret");
        assertFalse(secret.equals(abandoned), "a new start makes a new secret");
        assertEquals("otpauth://totp/Portal%20Integritas:" + username + "?secret=" + secret
                + "&issuer=Portal%20Integritas&algorithm=SHA1&digits=6&period=30", started.path("otpauthUri"));

        // The secret is sealed at rest.
        byte[] raw = new Base32().decode(secret);
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "select s.secret from second_factor s join account a on a.id = s.account_id where a.username = ?1")
                .setParameter(1, username).getSingleResult());
        assertFalse(indexOf(stored, raw) >= 0, "the stored secret is not the secret in clear");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(secret));

        // A wrong code (and the abandoned secret's code) is refused with a field message.
        long step = accounts.step();
        String wrong = accounts.codeForSecret(abandoned, step);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", wrong))
                .post("/api/v1/auth/totp/confirm").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("code")).body("errors[0].code", is("second_factor_wrong"));
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(403);

        // The right code: ten recovery codes once, and the same session now has its role.
        List<String> recovery = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", accounts.codeForSecret(secret, step))).post("/api/v1/auth/totp/confirm").then()
                .statusCode(200).header("Cache-Control", "no-store").body("recoveryCodes", hasSize(10)).extract()
                .path("recoveryCodes");
        assertTrue(recovery.stream().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}")), recovery.toString());
        assertEquals(10, Set.copyOf(recovery).size());
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(200);
        given().auth().oauth2(token).post("/api/v1/auth/totp").then().statusCode(409)
                .body("type", is("urn:portal-integritas:problem:second-factor-already-enrolled"));
        for (String code : recovery) {
            assertEquals(0, count("select count(*) from recovery_code where position(convert_to('" + code.replace("-", "")
                    + "', 'UTF8') in code_hash) > 0"), "only keyed hashes are kept");
        }
        assertEquals(1, count("select count(*) from audit_log a join account c on c.id = a.target_id "
                + "where a.action = 'SECOND_FACTOR_ENROLLED' and c.username = '" + username + "'"));

        // Signing in now needs the code.
        var without = login("192.0.2.10", username, TestAccounts.PASSWORD, null);
        assertEquals(401, without.statusCode());
        assertEquals(REQUIRED, without.path("type"));
        assertTrue(without.contentType().startsWith("application/problem+json"));
        String next = accounts.codeForSecret(secret, step + 1);
        var with = login("192.0.2.10", username, TestAccounts.PASSWORD, next);
        assertEquals(200, with.statusCode(), with.asString());
        assertEquals(false, with.path("secondFactorEnrolmentRequired"));

        // Replay of the same code, and of the confirmation's older code, is refused.
        var replay = login("192.0.2.10", username, TestAccounts.PASSWORD, next);
        assertEquals(401, replay.statusCode());
        assertEquals(FAILED, replay.path("type"));
        assertEquals(401, login("192.0.2.10", username, TestAccounts.PASSWORD,
                accounts.codeForSecret(secret, step)).statusCode());

        // A recovery code works once.
        long before = count("select count(*) from audit_log where action = 'RECOVERY_CODE_USED'");
        assertEquals(200, login("192.0.2.10", username, TestAccounts.PASSWORD, recovery.get(3).toUpperCase()).statusCode());
        assertEquals(before + 1, count("select count(*) from audit_log where action = 'RECOVERY_CODE_USED'"));
        var again = login("192.0.2.10", username, TestAccounts.PASSWORD, recovery.get(3));
        assertEquals(401, again.statusCode());
        assertEquals(FAILED, again.path("type"));
        // The password must be right too: a recovery code alone is nothing.
        assertEquals("urn:portal-integritas:problem:sign-in-failed",
                login("192.0.2.10", username, "not-the-password", recovery.get(4)).path("type"));
        assertEquals(200, login("192.0.2.10", username, TestAccounts.PASSWORD, recovery.get(4)).statusCode());
    }

    @Test
    void wrongCodesCountAsFailedSignInsAndPauseTheSource() {
        String username = unique("tf.guess");
        accounts.token(username, Set.of(Role.KETUA_TIM), Set.of());
        long id = count("select id from account where username = '" + username + "'");
        long audited = count("select count(*) from audit_log where action = 'SIGN_IN_FAILED' and target_id = " + id
                + " and reason like 'wrong-second-factor%'");
        String attacker = "203.0.113.77";
        for (int i = 0; i < 5; i++) {
            var r = login(attacker, username, TestAccounts.PASSWORD, String.format("%06d", i));
            assertEquals(401, r.statusCode());
        }
        assertEquals(audited + 5, count("select count(*) from audit_log where action = 'SIGN_IN_FAILED' and target_id = "
                + id + " and reason like 'wrong-second-factor%'"));
        assertEquals(5, count("select failed_logins from account where id = " + id));
        assertEquals(5, count("select failures from sign_in_throttle where account_id = " + id));
        // Paused from that source even with the right password and a right code; not from the owner's desk.
        var paused = login(attacker, username, TestAccounts.PASSWORD, accounts.code(username));
        assertEquals("urn:portal-integritas:problem:sign-in-failed", paused.path("type"));
        assertEquals(200, login("198.51.100.20", username, TestAccounts.PASSWORD, accounts.code(username)).statusCode());
    }

    @Test
    void employeesAloneSignInWithThePasswordOnly() {
        String username = unique("tf.employee");
        create(username, Set.of(Role.PEGAWAI));
        var r = login("192.0.2.11", username, TestAccounts.PASSWORD, null);
        assertEquals(200, r.statusCode());
        assertEquals(false, r.path("secondFactorEnrolmentRequired"));
        given().auth().oauth2(r.<String>path("accessToken")).get("/laporan-saya").then().statusCode(200);
        // Given an officer's role later, the same session is restricted to enrolment until there is one.
        String boss = accounts.token("tf.admin", Set.of(Role.ADMIN), Set.of());
        given().auth().oauth2(boss).contentType(ContentType.JSON).body(Map.of("roles", Set.of("PEGAWAI", "PETUGAS")))
                .patch("/api/v1/admin/accounts/" + username).then().statusCode(200);
        given().redirects().follow(false).cookie("portal_session", r.<String>path("accessToken")).get("/laporan-saya").then()
                .statusCode(303).header("Location", endsWith("/akun/verifikasi-dua-langkah"));
    }

    @Test
    void administratorResetsASecondFactorAuditedAndAnnounced() {
        String username = unique("tf.lost");
        String token = accounts.token(username, Set.of(Role.PIMPINAN), Set.of());
        long id = count("select id from account where username = '" + username + "'");
        String boss = accounts.token("tf.admin", Set.of(Role.ADMIN), Set.of());
        long bossId = count("select id from account where username = 'tf.admin'");
        given().auth().oauth2(boss).get("/api/v1/admin/accounts?size=200").then().statusCode(200)
                .body("find { it.username == '" + username + "' }.secondFactorEnrolled", is(true));
        // Only administrators.
        given().auth().oauth2(token).delete("/api/v1/admin/accounts/" + username + "/second-factor").then().statusCode(403);

        assertFalse(given().auth().oauth2(token).get("/api/v1/cases").statusCode() == 401, "signed in before the reset");
        int seenBefore = resets.seen().size();
        given().auth().oauth2(boss).delete("/api/v1/admin/accounts/" + username + "/second-factor").then().statusCode(204);
        accounts.forgetSecondFactor(username);

        assertEquals(seenBefore + 1, resets.seen().size());
        SecondFactorWasReset event = resets.seen().get(resets.seen().size() - 1);
        assertEquals(id, event.accountId());
        assertEquals(bossId, event.byAccountId());
        assertEquals(1, count("select count(*) from audit_log where action = 'SECOND_FACTOR_RESET' and target_id = " + id
                + " and actor_account_id = " + bossId));
        assertEquals(0, count("select count(*) from second_factor where account_id = " + id));
        assertEquals(0, count("select count(*) from recovery_code where account_id = " + id));
        assertEquals(1, count("select count(*) from mail_outbox where kind = 'SECOND_FACTOR_RESET' and recipient_account_id = " + id),
                "the owner is told by mail, queued with the reset");
        given().auth().oauth2(token).get("/api/v1/cases").then().statusCode(401); // the sessions ended

        var r = login("192.0.2.12", username, TestAccounts.PASSWORD, null);
        assertEquals(200, r.statusCode());
        assertEquals(true, r.path("secondFactorEnrolmentRequired"), "enrols again after the password");
    }

    @Test
    void administratorResetsFromTheAccountsPage() {
        String username = unique("tf.page.lost");
        accounts.token(username, Set.of(Role.PPID), Set.of());
        String boss = accounts.token("tf.admin", Set.of(Role.ADMIN), Set.of());
        String html = given().cookie("portal_session", boss).get("/admin/akun?size=200").then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("action=\"/admin/akun/" + username + "/verifikasi-dua-langkah\""), "a reset button");
        int seenBefore = resets.seen().size();
        given().redirects().follow(false).cookie("portal_session", boss).formParam("_csrf", Fixtures.tokenFrom(html))
                .post("/admin/akun/" + username + "/verifikasi-dua-langkah").then().statusCode(303);
        accounts.forgetSecondFactor(username);
        assertEquals(seenBefore + 1, resets.seen().size());
        given().cookie("portal_session", boss).get("/admin/akun?size=200&verifikasi=" + username).then().statusCode(200)
                .body(containsString("Verifikasi dua langkah akun " + username + " diatur ulang"))
                .body(not(containsString("action=\"/admin/akun/" + username + "/verifikasi-dua-langkah\"")));
    }

    @Test
    void signInPageAsksForTheCodeOnASecondStep() {
        String username = unique("tf.page");
        accounts.token(username, Set.of(Role.PETUGAS), Set.of());
        String csrf = Fixtures.tokenFrom(given().get("/masuk").asString());
        var first = given().redirects().follow(false).formParam("_csrf", csrf).formParam("username", username)
                .formParam("password", TestAccounts.PASSWORD).post("/masuk").then().statusCode(200).extract();
        String page = first.asString();
        assertTrue(page.contains("id=\"f-code\""), "the code field");
        assertTrue(page.contains("autocomplete=\"one-time-code\""));
        assertFalse(page.contains("id=\"f-password\""), "the password is not asked again");
        assertFalse(page.contains(TestAccounts.PASSWORD), "nor carried in the page");
        assertEquals(null, first.cookie("portal_session"), "no session yet");
        String ticket = ticketFrom(page);

        var wrong = given().redirects().follow(false).formParam("_csrf", Fixtures.tokenFrom(page)).formParam("_step", ticket)
                .formParam("code", "000000").post("/masuk").then().statusCode(401).extract().asString();
        assertTrue(wrong.contains("Kode salah, sudah dipakai, atau sudah kedaluwarsa"), "a field message");
        assertTrue(wrong.contains("aria-invalid=\"true\""));
        assertTrue(wrong.contains("name=\"_step\""), "still on the code step");

        // A forged or altered ticket starts again from the username.
        String forged = given().redirects().follow(false).formParam("_csrf", Fixtures.tokenFrom(page))
                .formParam("_step", ticket.replaceFirst("^\\d+", "1")).formParam("code", "000000").post("/masuk").then()
                .statusCode(401).extract().asString();
        assertTrue(forged.contains("id=\"f-password\"") && forged.contains("Langkah verifikasi sudah lewat lima menit"));

        given().redirects().follow(false).formParam("_csrf", Fixtures.tokenFrom(page)).formParam("_step", ticket)
                .formParam("code", accounts.code(username)).post("/masuk").then().statusCode(303)
                .header("Location", endsWith("/petugas")).cookie("portal_session", not(is("")));

        // English too.
        String en = given().cookie("lang", "en").redirects().follow(false).formParam("_csrf", csrf)
                .formParam("username", username).formParam("password", TestAccounts.PASSWORD).post("/masuk").then()
                .statusCode(200).extract().asString();
        assertTrue(en.contains("Verification code"), en);
    }

    @Test
    void enrolmentPageShowsTheQrCodeAndTheRecoveryCodesOnce() {
        String username = unique("tf.enrolpage");
        create(username, Set.of(Role.INSPEKTORAT));
        String token = login("192.0.2.13", username, TestAccounts.PASSWORD, null).path("accessToken");
        String page = given().cookie("portal_session", token).get("/akun/verifikasi-dua-langkah").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        assertTrue(page.contains("<svg") && page.contains("class=\"qr\"") && page.contains("aria-label="), "an inline QR code");
        assertFalse(page.contains("<script"), "no script");
        Matcher key = Pattern.compile("data-testid=\"second-factor-key\">([A-Z2-7 ]+)<").matcher(page);
        assertTrue(key.find(), "the key to type by hand");
        String secret = key.group(1).replace(" ", "");
        // Reloading shows the same unconfirmed secret.
        assertTrue(given().cookie("portal_session", token).get("/akun/verifikasi-dua-langkah").asString()
                .contains(key.group(1)));

        String wrong = given().cookie("portal_session", token).formParam("_csrf", Fixtures.tokenFrom(page))
                .formParam("code", "12345").post("/akun/verifikasi-dua-langkah").then().statusCode(400).extract().asString();
        assertTrue(wrong.contains("Kode salah") && wrong.contains(key.group(1)), "field message, same key");

        String done = given().cookie("portal_session", token).formParam("_csrf", Fixtures.tokenFrom(page))
                .formParam("code", accounts.codeForSecret(secret, accounts.step())).post("/akun/verifikasi-dua-langkah")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
        Matcher codes = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>").matcher(done);
        int n = 0;
        while (codes.find()) {
            n++;
        }
        assertEquals(10, n, done);
        assertTrue(done.contains("href=\"/petugas\""), "continues to the inbox");
        String after = given().cookie("portal_session", token).get("/akun/verifikasi-dua-langkah").then().statusCode(200)
                .extract().asString();
        assertTrue(after.contains("Verifikasi dua langkah aktif") && after.contains("Kode pemulihan yang belum dipakai: 10"));
        assertFalse(after.contains("<svg"), "the secret is never shown again");
        given().redirects().follow(false).cookie("portal_session", token).get("/petugas").then().statusCode(200);
    }

    private static String ticketFrom(String html) {
        Matcher m = Pattern.compile("name=\"_step\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "a ticket for the second step");
        return m.group(1);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
