package id.integritas.portal.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@Tag("persistence")
class SignInAttemptsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    EntityManager em;

    private static int login(String address, Object body) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(body)
                .post("/api/v1/auth/login").then().extract().statusCode();
    }

    private Map<String, Object> withCode(Map<String, Object> credentials, String username) {
        credentials.put("totp", accounts.code(username));
        return credentials;
    }

    private static Map<String, Object> credentials(String username, String password) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", username);
        m.put("password", password);
        return m;
    }

    /** Timing equality proven by counting: every path through sign-in runs exactly one bcrypt verification. */
    @Test
    void everySignInPathRunsExactlyOneBcryptVerification() {
        accounts.token("cost.user", Set.of(Role.PEGAWAI), Set.of());
        accounts.token("cost.disabled", Set.of(Role.PEGAWAI), Set.of());
        String admin = accounts.token("cost.admin", Set.of(Role.ADMIN), Set.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .patch("/api/v1/admin/accounts/cost.disabled").then().statusCode(200);
        String attacker = "192.0.2.77";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(attacker, credentials("cost.user", "wrong-" + i)));
        }
        Map<String, Object> paths = new java.util.LinkedHashMap<>();
        paths.put("right password", credentials("cost.user", TestAccounts.PASSWORD));
        paths.put("existing user, password missing", credentials("cost.user", null));
        paths.put("existing user, empty password", credentials("cost.user", ""));
        paths.put("existing user, wrong password", credentials("cost.user", "not-the-password"));
        paths.put("existing user, password over 72 bytes", credentials("cost.user", "x".repeat(100)));
        paths.put("unknown user, password missing", credentials("nobody.at.all", null));
        paths.put("unknown user", credentials("nobody.at.all", "whatever-password"));
        paths.put("username missing", credentials(null, "whatever-password"));
        paths.put("disabled account", credentials("cost.disabled", TestAccounts.PASSWORD));
        paths.put("empty body", Map.of());
        for (var p : paths.entrySet()) {
            long before = hasher.verifications();
            int status = login("192.0.2.10", p.getValue());
            assertEquals(p.getKey().equals("right password") ? 200 : 401, status, p.getKey());
            assertEquals(1, hasher.verifications() - before, p.getKey());
        }
        long before = hasher.verifications();
        assertEquals(401, login(attacker, credentials("cost.user", TestAccounts.PASSWORD)), "paused source");
        assertEquals(1, hasher.verifications() - before, "paused source");
    }

    @Test
    void parallelBadSignInsAreAllCountedAndAuditedAndNeverFail() throws Exception {
        accounts.token("besieged.officer", Set.of(Role.PETUGAS), Set.of());
        String admin = accounts.token("watching.admin", Set.of(Role.ADMIN), Set.of());
        long id = idOf("besieged.officer");
        long auditBefore = count("select count(*) from audit_log where action in ('SIGN_IN_FAILED','SIGN_IN_THROTTLED') and target_id = " + id);
        String attacker = "203.0.113.66";

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> tries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String password = "guess-" + i;
            tries.add(() -> login(attacker, credentials("besieged.officer", password)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(tries)) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertEquals(20, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
        assertEquals(20, count("select count(*) from audit_log where action in ('SIGN_IN_FAILED','SIGN_IN_THROTTLED') and target_id = " + id)
                - auditBefore);
        assertEquals(20, count("select failed_logins from account where id = " + id));
        assertEquals(20, count("select sum(failures) from sign_in_throttle where account_id = " + id));
        // Only a keyed hash of the source is kept.
        assertEquals(0, count("select count(*) from sign_in_throttle where source_hash like '%203.0.113%'"));
        assertEquals(0, count("select count(*) from audit_log where reason like '%203.0.113%'"));

        // Administrators see who is under attack.
        given().auth().oauth2(admin).get("/api/v1/admin/accounts?size=200").then().statusCode(200)
                .body("find { it.username == 'besieged.officer' }.failedSignIns", is(20))
                .body("find { it.username == 'besieged.officer' }.pausedSources", is(1));
        given().cookie("portal_session", admin).get("/admin/akun?size=200").then().statusCode(200)
                .body(containsString("Dikunci sementara untuk 1 sumber"));

        // The attacker's source is paused, even with the right password; the officer at their own desk is not.
        assertEquals(401, login(attacker, withCode(credentials("besieged.officer", TestAccounts.PASSWORD), "besieged.officer")));
        assertEquals(200, login("198.51.100.200", withCode(credentials("besieged.officer", TestAccounts.PASSWORD), "besieged.officer")));
        assertEquals(0, count("select failed_logins from account where id = " + id));
    }

    @Test
    void unknownUsernamesAreAuditedWithoutTheName() {
        long before = count("select count(*) from audit_log where action = 'SIGN_IN_FAILED' and target_id is null");
        assertEquals(401, login("192.0.2.5", credentials("ghost.user.xyz", "pw")));
        assertEquals(before + 1, count("select count(*) from audit_log where action = 'SIGN_IN_FAILED' and target_id is null"));
        assertEquals(0, count("select count(*) from audit_log where reason like '%ghost.user%'"));
    }

    @Test
    void signInMessageSaysLockedNotDetained() {
        String token = Fixtures.tokenFrom(given().get("/masuk").asString());
        given().formParam("_csrf", token).formParam("username", "nobody.x").formParam("password", "x").post("/masuk")
                .then().statusCode(401).body(containsString("dikunci sementara")).body(not(containsString("ditahan")));
    }

    private long idOf(String username) {
        return count("select id from account where username = '" + username + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object v = em.createNativeQuery(sql).getSingleResult();
            return v == null ? 0L : ((Number) v).longValue();
        });
    }
}
