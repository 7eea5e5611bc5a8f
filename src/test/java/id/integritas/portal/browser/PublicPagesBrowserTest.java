package id.integritas.portal.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A citizen on a 360-px phone, keyboard only: files a complaint and an anonymous WBS tip, reads the tracking code
 * off the receipt, opens it on /lacak; axe-core finds no WCAG 2.1 AA violation on any public page. Uses Debian's
 * chromium (no browser download); without it the test is skipped locally and fails when PORTAL_REQUIRE_BROWSER=true.
 */
@QuarkusTest
class PublicPagesBrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        boolean required = "true".equals(System.getenv("PORTAL_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            assertFalse(required, "PORTAL_REQUIRE_BROWSER=true but " + CHROMIUM + " is missing (apt-get install chromium)");
            Assumptions.abort("no chromium at " + CHROMIUM);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page phone(BrowserContext[] holder) {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("id-ID")
                .setExtraHTTPHeaders(Map.of("Accept-Language", "id-ID,id;q=0.9")));
        holder[0] = ctx;
        return ctx.newPage();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Presses Tab until the element is focused: proves it is reachable with the keyboard in page order. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 120; i++) {
            Boolean focused = (Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("could not reach " + selector + " with the Tab key");
    }

    private static void typeInto(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    private static void chooseOption(Page page, String selector, String value) {
        tabTo(page, selector);
        for (int i = 0; i < 30 && !value.equals(page.inputValue(selector)); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertEquals(value, page.inputValue(selector));
    }

    private static void typeDate(Page page, String selector, String iso) {
        String[] p = iso.split("-");
        tabTo(page, selector);
        page.keyboard().type(p[2] + p[1] + p[0]);
        if (!iso.equals(page.inputValue(selector))) {
            page.keyboard().press("Shift+Tab");
            page.keyboard().press("Shift+Tab");
            tabTo(page, selector);
            page.keyboard().type(p[1] + p[2] + p[0]);
        }
        assertEquals(iso, page.inputValue(selector));
    }

    /** Sends the form with the keyboard and reads the tracking code off the receipt page. */
    private static String submitAndReadCode(Page page) {
        tabTo(page, "button[type=submit]");
        page.keyboard().press("Enter");
        page.waitForSelector("[data-testid=tracking-code]");
        return page.textContent("[data-testid=tracking-code]").trim();
    }

    /** Keeps what a person saw, for review: target/screenshots/NAME.png. */
    private static void keep(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
    }

    private static void checkAccessibility(Page page, List<String> failures) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        for (Rule v : results.getViolations()) {
            failures.add(page.url() + ": " + v.getId() + " - " + v.getHelp() + " at "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow.intValue() > 0) {
            failures.add(page.url() + ": wider than the 360-px screen by " + overflow + " px");
        }
    }

    @Test
    void complaintAndAnonymousTipByKeyboardOnAPhoneWithNoAccessibilityViolations() {
        BrowserContext[] ctx = new BrowserContext[1];
        Page page = phone(ctx);
        List<String> failures = new ArrayList<>();
        try {
            for (String path : List.of("/", "/pengaduan", "/wbs", "/lacak", "/masuk", "/tanda-terima/periksa", "/tanda-terima")) {
                page.navigate(url(path));
                checkAccessibility(page, failures);
            }

            // Complaint: first submit with mistakes to check the error state, then complete it.
            page.navigate(url("/pengaduan"));
            typeInto(page, "#f-subject", "Antrean KK tidak tertib");
            tabTo(page, "button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            assertTrue(page.textContent(".error-summary").contains("Wajib diisi."));
            assertEquals("Antrean KK tidak tertib", page.inputValue("#f-subject"), "typed value kept");
            keep(page, "complaint-errors");
            checkAccessibility(page, failures);
            page.keyboard().press("Tab"); // from the top again
            typeInto(page, "#f-description", "Nomor antrean saya dilewati dua kali.");
            chooseOption(page, "#f-serviceCode", "KK");
            chooseOption(page, "#f-problemTypeCode", "PERILAKU_PETUGAS");
            typeDate(page, "#f-eventDate", "2026-11-02");
            typeInto(page, "#f-eventPlace", "Kantor Dinas loket 2");
            String complaintCode = submitAndReadCode(page);
            page.waitForSelector("[data-copy]:not([hidden])");
            assertTrue(page.isVisible("[data-print]"), "the self-hosted receipt script runs under the CSP");
            keep(page, "complaint-receipt");
            assertTrue(page.textContent("#registration-number").startsWith("ADU-"));
            checkAccessibility(page, failures);

            // Anonymous WBS tip: ANONIM is preselected, the contact fields are hidden.
            page.navigate(url("/wbs"));
            assertTrue(page.isChecked("#f-identityMode-ANONIM"));
            assertFalse(page.isVisible("#f-reporter-name"), "contact fields hidden for anonymous tips");
            chooseOption(page, "#f-categoryCode", "PUNGUTAN_LIAR");
            typeInto(page, "#f-what", "Diminta uang agar KK cepat selesai.");
            typeInto(page, "#f-where", "Loket 4");
            typeDate(page, "#f-whenFrom", "2026-10-20");
            typeInto(page, "#f-persons-0-name", "Inisial XY");
            typeInto(page, "#f-how", "Diminta di luar loket.");
            String tipCode = submitAndReadCode(page);
            assertTrue(page.textContent("#registration-number").startsWith("WBS-"));

            // Track both codes.
            for (String[] c : new String[][] { { complaintCode, "ADU-" }, { tipCode, "WBS-" } }) {
                page.navigate(url("/lacak"));
                typeInto(page, "#f-trackingCode", c[0]);
                page.keyboard().press("Enter");
                page.waitForSelector("#public-status");
                assertEquals("Diterima", page.textContent("#public-status").trim());
                keep(page, "tracking-" + c[1].replace("-", ""));
                assertTrue(page.textContent("#case-title").startsWith(c[1]));
                checkAccessibility(page, failures);
            }
            assertTrue(ctx[0].cookies().stream().noneMatch(k -> k.name.equals("portal_session")), "no session for citizens");
        } finally {
            ctx[0].close();
        }
        assertEquals(List.of(), failures);
    }
}
