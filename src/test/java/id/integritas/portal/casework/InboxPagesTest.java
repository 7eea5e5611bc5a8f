package id.integritas.portal.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The officer inbox page, the head of office's dashboard, the unassigned queue, and each role's home after sign-in. */
@QuarkusTest
@Tag("persistence")
class InboxPagesTest {

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    private static String unique(String prefix) {
        return prefix + "." + System.nanoTime() % 10_000_000;
    }

    @Test
    void everyRoleLandsOnItsHomeAfterSigningIn() {
        Map<Role, String> homes = Map.of(Role.PETUGAS, "/petugas", Role.KETUA_TIM, "/petugas", Role.INSPEKTORAT, "/petugas",
                Role.PIMPINAN, "/pimpinan", Role.PPID, "/pimpinan", Role.ADMIN, "/admin/akun", Role.PEGAWAI, "/laporan-saya");
        homes.forEach((role, home) -> {
            String username = unique("home." + role.name().toLowerCase());
            accounts.token(username, Set.of(role), Set.of());
            String csrf = Fixtures.tokenFrom(given().get("/masuk").asString());
            String location = accounts.signInPage(username, TestAccounts.PASSWORD, csrf);
            assertTrue(location.endsWith(home), role + " lands on " + location + ", not " + home);
            String session = accounts.token(username, Set.of(role), Set.of());
            given().cookie("portal_session", session).get(home).then().statusCode(200);
        });
    }

    @Test
    void officersInboxPageListsFiltersCountsAndPagesOn() {
        String officer = accounts.token(unique("inbox.page"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String first = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        String second = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        String html = given().cookie("portal_session", officer).get("/petugas?channel=ADU&limit=1").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("href=\"/petugas/kasus/" + second + "\""), "the newest case links to its page");
        assertFalse(html.contains(first), "one row per page");
        assertTrue(html.contains("id=\"inbox-counts\""), "counts on the first page");
        assertTrue(html.contains("lang=\"id\"") && html.contains("Kotak masuk petugas"));
        String next = Fixtures.firstMatch("href=\"(/petugas\\?[^\"]*after=[^\"]+)\" rel=\"next\"", html).replace("&amp;", "&");
        String page2 = given().cookie("portal_session", officer).urlEncodingEnabled(false).get(next).then().statusCode(200)
                .extract().asString();
        assertTrue(page2.contains("href=\"/petugas/kasus/" + first + "\""), "Berikutnya continues after the first row");
        assertFalse(page2.contains("/petugas/kasus/" + second + "\""), "and does not repeat it");

        given().cookie("portal_session", officer).get("/petugas?dueWithin=abc&channel=NOPE").then().statusCode(400)
                .body(containsString("error-summary")).body(containsString("href=\"#f-dueWithin\""))
                .body(containsString("href=\"#f-channel\""));
        given().cookie("portal_session", accounts.token(unique("inbox.employee"), Set.of(Role.PEGAWAI), Set.of()))
                .redirects().follow(false).get("/petugas").then().statusCode(403);
    }

    @Test
    void dashboardShowsCountsAndNeverContent() {
        String subject = "Pungli rahasia dasbor " + System.nanoTime();
        Map<String, Object> complaint = Fixtures.complaint();
        complaint.put("subject", subject);
        String number = Fixtures.json().body(complaint).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        long total = QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from report_case").getSingleResult()).longValue());
        String head = accounts.token(unique("dasbor.pimpinan"), Set.of(Role.PIMPINAN), Set.of());
        String html = given().cookie("portal_session", head).get("/pimpinan").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<dd>" + total + "</dd>"), "the total count appears");
        assertTrue(html.contains("id=\"dashboard-states\"") && html.contains("id=\"dashboard-units\""));
        assertFalse(html.contains(subject), "never content");
        assertFalse(html.contains(number), "never registration numbers");
        assertFalse(html.contains("Rina Warga"), "never identities");
        given().cookie("portal_session", accounts.token(unique("dasbor.petugas"), Set.of(Role.PETUGAS), Set.of()))
                .get("/pimpinan").then().statusCode(403);
    }

    @Test
    void administratorsSeeTheUnassignedQueue() {
        String admin = accounts.token(unique("antrean.admin"), Set.of(Role.ADMIN), Set.of());
        given().cookie("portal_session", admin).get("/admin/kasus-tanpa-tim").then().statusCode(200)
                .body(containsString("Kasus tanpa tim")).body(containsString("id=\"unassigned-total\""))
                .body(containsString("href=\"/admin/kasus-tanpa-tim\""));
        given().cookie("portal_session", accounts.token(unique("antrean.petugas"), Set.of(Role.PETUGAS), Set.of()))
                .get("/admin/kasus-tanpa-tim").then().statusCode(403);
    }
}
