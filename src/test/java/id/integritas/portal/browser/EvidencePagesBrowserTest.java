package id.integritas.portal.browser;

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
 * Issue 9 §4-§5 pages on a 360-px phone: the standard documents (with a stored one), the register campaign and the
 * evidence pack's period form. Every page passes axe-core WCAG 2.1 AA and fits the screen, errors shown too.
 */
@QuarkusTest
@Tag("persistence")
class EvidencePagesBrowserTest extends Chromium {

    @Inject
    TestAccounts accounts;

    @Test
    void administratorUsesTheDocumentsAndCampaignPagesOnAPhone() {
        String admin = accounts.token("ev.browser.admin", Set.of(Role.ADMIN), Set.of());
        io.restassured.RestAssured.given().auth().oauth2(admin).multiPart("title", "Standar Pelayanan Akta Kelahiran")
                .multiPart("kind", "STANDAR_PELAYANAN").multiPart("effectiveFrom", "2026-01-05")
                .multiPart("file", "spp.pdf", id.integritas.portal.team.DecreeScanTestFiles.pdf(), "application/pdf")
                .post("/api/v1/admin/documents").then().statusCode(201);
        try (Tab tab = phone()) {
            tab.context.addCookies(List.of(new Cookie("portal_session", admin).setUrl(origin())));
            tab.open("/admin/dokumen").keep("admin-documents");
            assertEquals("Dokumen SOP dan standar", tab.text("h1"));
            assertEquals(0, tab.overflow(), "the documents page is wider than a 360-px screen");
            tab.page.click("form[action='/admin/dokumen'] button[type=submit]");
            tab.arrived(".error-summary").keep("admin-documents-errors");
            assertTrue(tab.text(".error-summary").contains("Wajib diisi."), tab.text(".error-summary"));
            assertEquals(0, tab.overflow());

            tab.open("/admin/kampanye").keep("admin-campaign");
            assertEquals(0, tab.overflow(), "the campaign page is wider than a 360-px screen");
            tab.page.fill("input[name=year]", "");
            tab.page.click("form[action='/admin/kampanye'] button[type=submit]");
            tab.arrived(".error-summary").keep("admin-campaign-errors");
            assertEquals(0, tab.overflow());
            tab.assertNoFailures();
        }
    }

    @Test
    void headOfOfficeFindsTheEvidencePackOnAPhone() {
        String head = accounts.token("ev.browser.kadis", Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        try (Tab tab = phone()) {
            tab.context.addCookies(List.of(new Cookie("portal_session", head).setUrl(origin())));
            tab.open("/petugas/bukti-zi").keep("evidence-pack");
            assertEquals("Bukti Zona Integritas", tab.text("h1"));
            assertEquals(0, tab.overflow(), "the evidence page is wider than a 360-px screen");
            tab.page.fill("input[name=from]", "");
            tab.page.click("form[action='/petugas/bukti-zi'] button[type=submit]");
            tab.arrived(".error-summary").keep("evidence-pack-errors");
            assertTrue(tab.text(".error-summary").contains("Wajib diisi."), tab.text(".error-summary"));
            assertEquals(0, tab.overflow());
            tab.assertNoFailures();
        }
    }
}
