package id.integritas.portal.browser;

import static id.integritas.portal.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An officer's day in the browser: the chair of the complaints team signs in, lands on the inbox, opens a new
 * complaint, verifies it, assigns it to a member, that member works it and answers; then the citizen reads the answer
 * on /lacak on a phone. Every page passes axe-core WCAG 2.1 AA.
 */
@QuarkusTest
@Tag("persistence")
class OfficerWalkBrowserTest extends Chromium {

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Test
    void chairAssignsMemberAnswersAndTheCitizenReadsTheAnswer() {
        String chair = "walk.chair" + System.nanoTime() % 100000;
        String member = "walk.member" + System.nanoTime() % 100000;
        accounts.token(chair, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        accounts.token(member, Set.of(Role.PETUGAS), Set.of());
        var today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.of(Channel.ADU), "SK-WALK/" + chair, today.minusDays(1),
                "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(chair, TeamRole.CHAIR, null, null),
                        new DecreeAdmin.MemberRequest(member, TeamRole.MEMBER, null, null))), null);

        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("subject", "Antrean KTP-el tidak dilayani");
        var filed = json().body(body).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        String number = filed.path("registrationNumber");
        String code = filed.path("trackingCode");
        String answer = "Loket KTP-el kini buka pukul 08.00; petugas yang bersangkutan sudah ditegur.";

        try (Tab tab = desktop()) {
            tab.open("/masuk");
            signIn(tab, chair);
            tab.arrived("#inbox-table").keep("officer-inbox");
            assertTrue(tab.page.url().endsWith("/petugas"), "the chair's home is the inbox: " + tab.page.url());
            tab.page.click("#inbox-table a:text-is('" + number + "')");
            tab.arrived("#steps").keep("officer-case-new");
            assertTrue(tab.text("main").contains("Antrean KTP-el tidak dilayani"), "the report as filed");

            step(tab, "TERVERIFIKASI", "Laporan lengkap dan jelas.", null);
            tab.typeInto("#f-assignee", member).typeInto("#f-assignReason", "Ditangani petugas loket.");
            tab.page.click("#assignment button[type=submit]");
            tab.arrived("#steps").keep("officer-case-assigned");
            assertTrue(tab.text("main").contains("Test " + member) || tab.text("main").contains(member),
                    "the assignee is shown");
            signOut(tab);

            tab.open("/masuk");
            signIn(tab, member);
            tab.arrived("#inbox-table");
            tab.page.click("#inbox-table a:text-is('" + number + "')");
            tab.arrived("#steps");
            step(tab, "DIPROSES", "Mulai ditangani.", null);
            step(tab, "DITANGGAPI", "Jawaban resmi dikirim.", answer);
            tab.keep("officer-case-answered");
            assertTrue(tab.text("main").contains(answer), "the answer is in the case's message thread");
            tab.assertNoFailures();
        }
        try (Tab tab = phone()) {
            tab.open("/lacak").typeInto("#f-trackingCode", code);
            tab.page.keyboard().press("Enter");
            tab.arrived("#public-status").keep("citizen-reads-answer");
            assertTrue(tab.text("main").contains(answer), "the citizen reads the answer");
            assertTrue(tab.text("#public-status").length() > 0);
            tab.assertNoFailures();
        }
    }

    /**
     * Each role this work touches, on a 360-px phone: the chair's inbox, case page and counter form, the head of
     * office's dashboard, the administrator's unassigned queue and audit trail. Each page is checked (axe, width)
     * with content on it first.
     */
    @Test
    void everyCaseworkPageFitsAPhoneForItsRole() {
        String chair = "phone.chair" + System.nanoTime() % 100000;
        accounts.token(chair, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        var today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.of(Channel.ADU), "SK-PHONE/" + chair, today.minusDays(1),
                "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(chair, TeamRole.CHAIR, null, null))), null);
        String number = json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        String head = "phone.kadis" + System.nanoTime() % 100000;
        accounts.token(head, Set.of(Role.PIMPINAN), Set.of());
        String admin = "phone.admin" + System.nanoTime() % 100000;
        accounts.token(admin, Set.of(Role.ADMIN), Set.of());

        try (Tab tab = phone()) {
            tab.open("/masuk");
            signIn(tab, chair);
            tab.arrived("#inbox-table").keep("phone-inbox");
            tab.page.click("#inbox-table a:text-is('" + number + "')");
            tab.arrived("#steps").keep("phone-case");
            assertTrue(tab.page.locator("button[data-step='TERVERIFIKASI']").count() == 1);
            tab.open("/petugas/pengaduan-baru");
            assertTrue(tab.text("main").length() > 0);
            // the reports and records of the team, reached from the header
            tab.page.click("header nav a[href='/petugas/laporan-bulanan']");
            tab.arrived("main h1").keep("phone-monthly-report");
            assertTrue(tab.text("main h1").contains("Laporan bulanan"), tab.text("main h1"));
            assertTrue(tab.text("main").contains("Wajib ditindaklanjuti"), "the tables speak Indonesian");
            assertFalse(tab.text("main").contains("mustFollowUp"), "not the CSV column names");
            assertTrue(tab.page.url().matches(".*/petugas/laporan-bulanan/\\d{4}/\\d{2}$"), tab.page.url());
            tab.page.click("header nav a[href='/petugas/monev']");
            tab.arrived("main h1").keep("phone-monev");
            signOut(tab);

            tab.open("/masuk");
            signIn(tab, head);
            tab.arrived("main h1").keep("phone-dashboard");
            assertTrue(tab.page.url().endsWith("/pimpinan"), tab.page.url());
            assertFalse(tab.page.content().contains(number), "the dashboard shows counts, never case numbers");
            tab.page.click("header nav a[href='/petugas/daftar-kepentingan']");
            tab.arrived("main h1").keep("phone-register-coverage");
            tab.page.click("header nav a[href='/petugas/monev']");
            tab.arrived("main h1");
            signOut(tab);

            tab.open("/masuk");
            signIn(tab, admin);
            tab.arrived("main h1");
            tab.open("/admin/kasus-tanpa-tim");
            tab.open("/admin/retensi").keep("phone-retention");
            assertTrue(tab.text("main").contains("Diarsipkan"), "the retention rules in force are listed");
            tab.open("/admin/audit?periksa=1");
            assertTrue(tab.text("[data-testid=chain-result]").length() > 0, "the chain check is shown");
            tab.keep("phone-audit");
            tab.assertNoFailures();
        }
    }

    /** Fills the step form and presses the button for {@code to}; waits for the case page again. */
    private static void step(Tab tab, String to, String reason, String message) {
        assertTrue(tab.page.locator("button[data-step='" + to + "']").count() == 1, "the step " + to + " is offered");
        tab.page.fill("#f-reason", reason);
        if (message != null) {
            tab.page.fill("#f-message", message);
        }
        tab.page.click("button[data-step='" + to + "']");
        tab.arrived("#steps");
        assertTrue(tab.page.locator(".error-summary").count() == 0, "the step " + to + " was taken: " + tab.text("main"));
    }

    private void signIn(Tab tab, String username) {
        tab.typeInto("#f-username", username).typeInto("#f-password", TestAccounts.PASSWORD);
        tab.page.keyboard().press("Enter");
        if (accounts.hasSecondFactor(username)) {
            tab.arrived("#f-code").typeInto("#f-code", accounts.code(username));
            tab.page.keyboard().press("Enter");
        }
    }

    private static void signOut(Tab tab) {
        tab.page.context().clearCookies();
    }
}
