package id.integritas.portal.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.Cookie;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Employees and administrators on a 360-px phone: signing in (and coming back to the page that asked), the
 * signed-in header, filing a gratification report and finding it on "my reports", the accounts page and the
 * reference lists. Every page passes axe-core WCAG 2.1 AA and fits the screen.
 */
@QuarkusTest
@Tag("persistence")
class SignedInPagesBrowserTest extends Chromium {

    @Inject
    TestAccounts accounts;

    /**
     * A new officer on a phone: after the password straight to enrolment (QR code, key, first code), the recovery
     * codes once, then the inbox; the next sign-in asks for the app's code on a second step.
     */
    @Test
    void officerEnrolsTheSecondFactorOnAPhone() {
        String officer = "browser.enrol" + System.nanoTime() % 100000;
        accounts.token("browser.enrol.admin", Set.of(Role.ADMIN), Set.of());
        id.integritas.portal.support.Fixtures.json().auth().oauth2(accounts.token("browser.enrol.admin", Set.of(Role.ADMIN), Set.of()))
                .body(java.util.Map.of("username", officer, "displayName", "Petugas Baru", "roles", Set.of("PETUGAS"),
                        "password", TestAccounts.PASSWORD))
                .post("/api/v1/admin/accounts").then().statusCode(201);
        try (Tab tab = phone()) {
            tab.open("/masuk");
            tab.typeInto("#f-username", officer).typeInto("#f-password", TestAccounts.PASSWORD);
            tab.page.keyboard().press("Enter");
            tab.arrived("svg.qr").keep("second-factor-enrol");
            assertTrue(tab.page.url().endsWith("/akun/verifikasi-dua-langkah"), tab.page.url());
            String key = tab.text("[data-testid=second-factor-key]").replace(" ", "");
            tab.typeInto("#f-code", accounts.codeForSecret(key, accounts.step()));
            tab.page.keyboard().press("Enter");
            tab.arrived("#recovery-codes").keep("second-factor-recovery-codes");
            assertEquals(10, tab.page.locator("#recovery-codes li").count());
            tab.page.click("main a.button");
            tab.page.waitForURL(u -> u.endsWith("/petugas"));
            tab.arrived("main h1");

            tab.page.context().clearCookies();
            tab.open("/masuk");
            tab.typeInto("#f-username", officer).typeInto("#f-password", TestAccounts.PASSWORD);
            tab.page.keyboard().press("Enter");
            tab.arrived("#f-code").keep("sign-in-code-step");
            tab.typeInto("#f-code", "000000");
            tab.page.keyboard().press("Enter");
            tab.arrived(".error-message");
            assertTrue(tab.text(".error-message").contains("Kode salah"), tab.text(".error-message"));
            tab.typeInto("#f-code", accounts.codeForSecret(key, accounts.step() + 1));
            tab.page.keyboard().press("Enter");
            tab.page.waitForURL(u -> u.endsWith("/petugas"));
            tab.arrived("main h1");
            tab.assertNoFailures();
        }
    }

    @Test
    void employeeSignsInFilesAGratificationAndFindsItUnderMyReports() {
        accounts.token("browser.employee", Set.of(Role.PEGAWAI), Set.of());
        try (Tab tab = phone()) {
            // Asking for /gratifikasi leads to the sign-in page, and back there afterwards.
            tab.page.navigate(tab.url("/gratifikasi"));
            tab.arrived("#f-username");
            assertTrue(tab.page.url().endsWith("/masuk?ke=%2Fgratifikasi"), tab.page.url());
            signIn(tab, "browser.employee");
            tab.arrived("form[action='/gratifikasi']").keep("gratification-form");
            assertTrue(tab.page.url().endsWith("/gratifikasi"), tab.page.url());

            // The signed-in header: who, and the pages this role may use.
            assertTrue(tab.text(".signed-in").startsWith("Masuk sebagai"));
            assertEquals("Test browser.employee", tab.text(".signed-in strong"));
            List<String> links = navLinks(tab);
            assertTrue(links.containsAll(List.of("/lacak", "/laporan-saya", "/gratifikasi", "/benturan-kepentingan", "/ganti-sandi")),
                    links.toString());
            assertFalse(links.contains("/admin/akun") || links.contains("/masuk"), links.toString());
            assertEquals("page", tab.page.getAttribute("header a[href='/gratifikasi']", "aria-current"));
            assertEquals("Test browser.employee", tab.page.inputValue("#f-reporter-name"), "the name comes from the account");

            tab.page.check("#f-type-PENOLAKAN");
            tab.page.check("#f-reporter-employmentType-PNS");
            tab.page.fill("#f-reporter-position", "Staf");
            tab.page.fill("#f-reporter-workUnit", "Unit Uji");
            tab.page.selectOption("#f-gift-kind", "UANG");
            tab.page.fill("#f-gift-description", "Amplop");
            tab.page.fill("#f-gift-value", "500.000");
            tab.page.selectOption("#f-occasionCode", "TERKAIT_LAYANAN_PUBLIK");
            tab.page.fill("#f-place", "Loket");
            tab.page.fill("#f-receivedOn", "2026-11-05");
            tab.page.fill("#f-giver-name", "Pemohon");
            tab.page.selectOption("#f-giver-relationship", "PEMOHON_LAYANAN");
            tab.page.fill("#f-chronology", "Ditolak langsung di loket.");
            tab.page.click("main button[type=submit]");
            tab.arrived("[data-testid=tracking-code]").keep("gratification-receipt");
            String number = tab.text("#registration-number");
            String code = tab.text("[data-testid=tracking-code]");
            assertTrue(number.startsWith("GRT-"), number);

            tab.page.click("header a[href='/laporan-saya']");
            tab.arrived("table").keep("my-reports");
            String list = tab.text("main");
            assertTrue(list.contains(number) && list.contains("Laporan Gratifikasi"), list);
            assertFalse(tab.page.content().contains(code), "never the tracking code");
            tab.assertNoFailures();
        }
    }

    @Test
    void administratorManagesAccountsOnAPhone() {
        accounts.token("phone.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("a.rather.long.username.for.a.small.screen", Set.of(Role.PEGAWAI, Role.PETUGAS), Set.of());
        try (Tab tab = phone()) {
            tab.open("/masuk");
            signIn(tab, "phone.admin");
            tab.page.waitForURL(u -> u.endsWith("/admin/akun"));
            tab.check();
            assertTrue(tab.page.url().endsWith("/admin/akun"), "administrators land on the accounts page: " + tab.page.url());
            assertEquals("Test phone.admin", tab.text(".signed-in strong"));
            assertTrue(navLinks(tab).contains("/admin/akun"));
            assertFalse(navLinks(tab).contains("/laporan-saya"));
            assertTrue(tab.page.content().contains("a.rather.long.username.for.a.small.screen"));
            tab.page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            assertEquals(0, tab.overflow(), "the accounts page is wider than a 360-px screen");
            tab.check().keep("admin-accounts-open");

            // Create an account: the page confirms it.
            tab.page.fill("#f-username", "aa.browser.staff");
            tab.page.fill("#f-displayName", "Staf Uji Peramban");
            tab.page.check("#new-r-PEGAWAI");
            tab.page.fill("#f-password", "sandi-awal-panjang-1");
            tab.page.click("form[action='/admin/akun'] button[type=submit]");
            tab.arrived(".notice").keep("admin-account-created");
            assertEquals("Akun aa.browser.staff dibuat.", tab.text(".notice"));

            // Reset its password: confirmed, and the account must choose a new one.
            tab.page.click("li:has(form[action='/admin/akun/aa.browser.staff/sandi']) summary");
            tab.page.fill("#f-account-aa-browser-staff-password", "sandi-sementara-12");
            tab.page.click("form[action='/admin/akun/aa.browser.staff/sandi'] button[type=submit]");
            tab.page.waitForURL(u -> u.contains("sandi="));
            tab.check().keep("admin-password-reset");
            assertTrue(tab.text(".notice").startsWith("Kata sandi sementara akun aa.browser.staff diatur."), tab.text(".notice"));
            assertTrue(tab.text("li:has(form[action='/admin/akun/aa.browser.staff/sandi'])")
                    .contains("Harus mengganti kata sandi sementara"));

            tab.open("/ganti-sandi");
            assertEquals(0, tab.overflow());
            tab.assertNoFailures();
        }
        given().get("/").then().statusCode(200);
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void administratorSendsAFailedMailAgainOnAPhone() {
        String admin = accounts.token("mail.browser.admin", Set.of(Role.ADMIN), Set.of());
        long id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into mail_outbox (kind, state, recipient_account_id, created_at, next_attempt_at, attempts, last_error)
                select 'CASE_ASSIGNED', 'FAILED', a.id, now(), now(), 10, 'io.vertx.ext.mail.SMTPException: got error response: '
                    || '550 5.7.1 relaying denied for [address] (a long answer from the relay that must wrap on a phone)'
                from account a where a.username = 'mail.browser.admin' returning id""").getSingleResult()).longValue());
        try (Tab tab = phone()) {
            tab.context.addCookies(List.of(new Cookie("portal_session", admin).setUrl(origin())));
            tab.open("/admin/surel?state=FAILED").keep("admin-mail-failed");
            assertEquals("Surel keluar", tab.text("h1"));
            assertTrue(navLinks(tab).contains("/admin/surel"));
            assertEquals(0, tab.overflow(), "the outbox page is wider than a 360-px screen");
            tab.page.click("form:has(input[name=id][value='" + id + "']) button[type=submit]");
            tab.page.waitForURL(u -> u.contains("state=PENDING"));
            tab.check().keep("admin-mail-pending");
            assertTrue(tab.text("main").contains("Menunggu"), tab.text("main"));
            assertEquals(0, tab.overflow());
            tab.assertNoFailures();
        }
    }

    @Test
    void administratorRegistersAnSkOnAPhone() {
        String admin = accounts.token("sk.browser.admin", Set.of(Role.ADMIN), Set.of());
        try (Tab tab = phone()) {
            tab.context.addCookies(List.of(new Cookie("portal_session", admin).setUrl(origin())));
            tab.open("/admin/sk").keep("admin-decrees");
            assertEquals("SK tim", tab.text("h1"));
            assertEquals(0, tab.overflow(), "the SK page is wider than a 360-px screen");
            // Saving an empty form shows the errors, on a page that still passes the checks.
            tab.page.click("form[action='/admin/sk'] button[type=submit]");
            tab.arrived(".error-summary").keep("admin-decrees-errors");
            assertTrue(tab.text(".error-summary").contains("Wajib diisi."), tab.text(".error-summary"));
            assertEquals(0, tab.overflow());
            tab.assertNoFailures();
        }
    }

    @Test
    void administratorReadsTheReferenceLists() {
        String admin = accounts.token("lists.admin", Set.of(Role.ADMIN), Set.of());
        try (Tab tab = phone()) {
            tab.context.addCookies(List.of(new Cookie("portal_session", admin).setUrl(origin())));
            tab.open("/admin/daftar-pilihan").keep("reference-lists");
            assertEquals("Daftar pilihan", tab.text("h1"));
            assertTrue(tab.page.locator("main table tbody tr").count() > 0, "the current list's versions");
            // The six columns scroll inside their own region, which the keyboard can reach to scroll it.
            tab.tabTo(".table-scroll");
            assertTrue((Boolean) tab.page.evaluate("() => { const r = document.querySelector('.table-scroll');"
                    + " return r.scrollWidth > r.clientWidth; }"), "the versions table is wider than a phone and scrolls");
            String other = tab.page.locator("main nav a").first().getAttribute("href");
            tab.page.click("main nav a >> nth=0");
            tab.page.waitForURL(u -> u.endsWith(other));
            tab.check();
            assertEquals(other, "/admin/daftar-pilihan?list=" + tab.page.inputValue("input[name=list]"));

            // Saving an empty change shows the errors, on a page that still passes the checks.
            tab.page.click("form[action='/admin/daftar-pilihan'] button[type=submit]");
            tab.arrived(".error-summary").keep("reference-lists-errors");
            assertTrue(tab.text(".error-summary").contains("Wajib diisi."), tab.text(".error-summary"));
            tab.assertNoFailures();
        }
        try (Tab tab = desktop()) {
            tab.context.addCookies(List.of(new Cookie("portal_session", admin).setUrl(origin())));
            tab.open("/admin/daftar-pilihan").keep("reference-lists-desktop");
            assertFalse((Boolean) tab.page.evaluate("() => { const r = document.querySelector('.table-scroll');"
                    + " return r.scrollWidth > r.clientWidth; }"), "no scrolling needed on a desktop");
            tab.assertNoFailures();
        }
    }

    private void signIn(Tab tab, String username) {
        tab.typeInto("#f-username", username).typeInto("#f-password", TestAccounts.PASSWORD);
        tab.page.keyboard().press("Enter");
        if (accounts.hasSecondFactor(username)) {
            tab.arrived("#f-code").typeInto("#f-code", accounts.code(username));
            tab.page.keyboard().press("Enter");
        }
    }

    private static List<String> navLinks(Tab tab) {
        return tab.page.locator("header nav a").all().stream().map(a -> a.getAttribute("href")).toList();
    }
}
