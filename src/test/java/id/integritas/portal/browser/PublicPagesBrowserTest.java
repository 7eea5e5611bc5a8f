package id.integritas.portal.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.FilePayload;

import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A citizen on a 360-px phone: files a complaint (keyboard only, with an error state first) and an anonymous WBS
 * tip, follows a report on /lacak (own text, attachment names, a message to the officer), checks a receipt and
 * reads the privacy notice. Every page passes axe-core WCAG 2.1 AA and fits the screen.
 */
@QuarkusTest
@Tag("persistence")
class PublicPagesBrowserTest extends Chromium {

    static final String COMPLAINT_TEXT = "Nomor antrean saya dilewati dua kali.";

    @Test
    void publicPagesPassTheAccessibilityCheckOnAPhone() {
        try (Tab tab = phone()) {
            for (String path : List.of("/", "/pengaduan", "/wbs", "/lacak", "/masuk", "/tanda-terima/periksa", "/tanda-terima",
                    "/privasi")) {
                tab.open(path);
                assertEquals("id", tab.page.getAttribute("html", "lang"), path);
            }
            tab.assertNoFailures();
        }
    }

    @Test
    void complaintByKeyboardShowsTheErrorsThenTheReceipt() {
        try (Tab tab = phone()) {
            // First submit with mistakes to check the error state, then complete it.
            tab.open("/pengaduan").typeInto("#f-subject", "Antrean KK tidak tertib").enter("button[type=submit]");
            tab.arrived(".error-summary").keep("complaint-errors");
            assertTrue(tab.text(".error-summary").contains("Wajib diisi."));
            assertEquals("Antrean KK tidak tertib", tab.page.inputValue("#f-subject"), "typed value kept");
            tab.page.keyboard().press("Tab"); // from the top again
            tab.typeInto("#f-description", COMPLAINT_TEXT)
                    .chooseOption("#f-serviceCode", "KK")
                    .chooseOption("#f-problemTypeCode", "PERILAKU_PETUGAS")
                    .typeDate("#f-eventDate", "2026-11-02")
                    .typeInto("#f-eventPlace", "Kantor Dinas loket 2")
                    .enter("button[type=submit]");
            String code = readCode(tab);
            tab.page.waitForSelector("[data-copy]:not([hidden])");
            assertTrue(tab.page.isVisible("[data-print]"), "the self-hosted receipt script runs under the CSP");
            tab.keep("complaint-receipt");
            assertTrue(tab.text("#registration-number").startsWith("ADU-"));

            track(tab, code);
            tab.keep("tracking-ADU");
            assertEquals("Diterima", tab.text("#public-status"));
            assertTrue(tab.text("#case-title").startsWith("ADU-"));
            assertTrue(tab.context.cookies().stream().noneMatch(k -> k.name.equals("portal_session")), "no session for citizens");
            tab.assertNoFailures();
        }
    }

    @Test
    void anonymousTipByKeyboard() {
        try (Tab tab = phone()) {
            // ANONIM is preselected, the contact fields are hidden.
            tab.open("/wbs");
            assertTrue(tab.page.isChecked("#f-identityMode-ANONIM"));
            assertFalse(tab.page.isVisible("#f-reporter-name"), "contact fields hidden for anonymous tips");
            tab.chooseOption("#f-categoryCode", "PUNGUTAN_LIAR")
                    .typeInto("#f-what", "Diminta uang agar KK cepat selesai.")
                    .typeInto("#f-where", "Loket 4")
                    .typeDate("#f-whenFrom", "2026-10-20")
                    .typeInto("#f-persons-0-name", "Inisial XY")
                    .typeInto("#f-how", "Diminta di luar loket.")
                    .enter("button[type=submit]");
            String code = readCode(tab);
            assertTrue(tab.text("#registration-number").startsWith("WBS-"));

            track(tab, code);
            tab.keep("tracking-WBS");
            assertEquals("Diterima", tab.text("#public-status"));
            assertTrue(tab.text("#case-title").startsWith("WBS-"));
            assertTrue(tab.context.cookies().stream().noneMatch(k -> k.name.equals("portal_session")), "no session for citizens");
            tab.assertNoFailures();
        }
    }

    @Test
    void trackingShowsTheOwnReportAndTakesAMessage() {
        try (Tab tab = phone()) {
            String code = fileComplaint(tab, new FilePayload("bukti-antrean.png", "image/png", Fixtures.pngWithText("x")));
            track(tab, code);
            assertTrue(tab.text("#your-report").contains(COMPLAINT_TEXT), "the reporter sees what they typed");
            assertTrue(tab.text("#your-files").contains("bukti-antrean.png"), "and the attachment's name");
            assertTrue(tab.text("main section").contains("Belum ada pesan."));
            assertTrue(tab.text("label[for=f-message]").startsWith("Pesan untuk petugas"), "a first message, not a reply");

            // Sending nothing shows the error with the box's label; then a real message is confirmed.
            tab.enter("form[action='/lacak/balas'] button[type=submit]");
            tab.arrived(".error-summary").keep("tracking-message-error");
            assertTrue(tab.text(".error-summary").contains("Pesan untuk petugas"), tab.text(".error-summary"));
            assertEquals(0, tab.page.locator("#message-sent").count());
            tab.typeInto("#f-message", "Saya punya nomor antrean 57 sebagai bukti.")
                    .enter("form[action='/lacak/balas'] button[type=submit]");
            tab.arrived("#message-sent").keep("tracking-message-sent");
            assertTrue(tab.text("#message-sent").contains("Pesan Anda sudah terkirim."));
            assertTrue(tab.text("ol.messages").contains("Saya punya nomor antrean 57 sebagai bukti."));
            assertTrue(tab.text("ol.messages").contains("Anda"), "the message is marked as the reporter's");
            tab.assertNoFailures();
        }
    }

    @Test
    void receiptCheckSaysWhatTheSignatureCovers() {
        try (Tab tab = phone()) {
            fileComplaint(tab, null);
            String number = tab.text("#registration-number");
            String receipt = tab.page.inputValue("#receipt-text");
            assertTrue(receipt.contains(number), "the receipt text names the report");

            tab.open("/tanda-terima/periksa");
            tab.page.fill("#f-receipt", receipt);
            tab.enter("form[action='/tanda-terima/periksa'] button[type=submit]");
            tab.arrived("#receipt-signature-valid").keep("receipt-check-valid");
            assertEquals(number, tab.text("#signed-registration-number"));
            assertTrue(tab.page.isVisible("#receipt-text-matches"));

            tab.page.fill("#f-receipt", receipt.replace(number, "ADU-2026-999999"));
            tab.enter("form[action='/tanda-terima/periksa'] button[type=submit]");
            tab.arrived("#receipt-differences").keep("receipt-check-differs");
            assertTrue(tab.text("#receipt-differences").contains("ADU-2026-999999"));
            assertEquals(0, tab.page.locator("#receipt-text-matches").count());
            tab.assertNoFailures();
        }
    }

    @Test
    void privacyNoticeIsReachedFromTheFooter() {
        try (Tab tab = phone()) {
            tab.open("/").enter("footer a[href='/privasi']");
            tab.arrived("h1").keep("privacy");
            assertTrue(tab.page.url().endsWith("/privasi"));
            assertEquals("Pemberitahuan privasi", tab.text("h1"));
            assertTrue(tab.page.locator("main table caption").count() > 0, "what is collected, as a captioned table");
            tab.assertNoFailures();
        }
    }

    /** Files a complaint through the form with the mouse (the keyboard flow is tested above); returns its code. */
    private static String fileComplaint(Tab tab, FilePayload attachment) {
        tab.open("/pengaduan");
        tab.page.fill("#f-subject", "Antrean tidak tertib");
        tab.page.fill("#f-description", COMPLAINT_TEXT);
        tab.page.selectOption("#f-serviceCode", "KK");
        tab.page.selectOption("#f-problemTypeCode", "PERILAKU_PETUGAS");
        tab.page.fill("#f-eventDate", "2026-11-02");
        tab.page.fill("#f-eventPlace", "Kantor Dinas loket 2");
        if (attachment != null) {
            tab.page.setInputFiles("#f-attachments", attachment);
        }
        tab.page.click("main button[type=submit]");
        return readCode(tab);
    }

    /** Reads the tracking code off the receipt page (checking that page). */
    private static String readCode(Tab tab) {
        tab.arrived("[data-testid=tracking-code]");
        return tab.text("[data-testid=tracking-code]");
    }

    /** Opens the code on /lacak with the keyboard. */
    private static void track(Tab tab, String code) {
        tab.open("/lacak").typeInto("#f-trackingCode", code);
        tab.page.keyboard().press("Enter");
        tab.arrived("#public-status");
    }
}
