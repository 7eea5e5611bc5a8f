package id.integritas.portal.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What Lighthouse's best-practice audits look at in a real browser: no console error or failed request (the
 * favicon), the last button clear of the footer, and the language link keeping the reader on the same page.
 */
@QuarkusTest
class LayoutBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        boolean required = "true".equals(System.getenv("PORTAL_REQUIRE_BROWSER"));
        if (!Files.isExecutable(PublicPagesBrowserTest.CHROMIUM)) {
            assertFalse(required, "PORTAL_REQUIRE_BROWSER=true but " + PublicPagesBrowserTest.CHROMIUM + " is missing");
            Assumptions.abort("no chromium at " + PublicPagesBrowserTest.CHROMIUM);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(PublicPagesBrowserTest.CHROMIUM).setHeadless(true)
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

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void publicPagesLoadWithoutConsoleErrorsAndWithAFavicon() {
        try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("en-US").setExtraHTTPHeaders(Map.of("Accept-Language", "en-US,en;q=0.9")))) {
            Page page = ctx.newPage();
            List<String> problems = new ArrayList<>();
            List<String> loaded = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    problems.add(page.url() + ": console error " + m.text());
                }
            });
            page.onRequestFailed(r -> problems.add(page.url() + ": request failed " + r.url()));
            page.onResponse(r -> {
                loaded.add(r.url());
                if (r.status() >= 400) {
                    problems.add(page.url() + ": " + r.status() + " for " + r.url());
                }
            });
            for (String path : List.of("/", "/pengaduan", "/wbs", "/lacak", "/masuk", "/tanda-terima/periksa")) {
                page.navigate(url(path));
                assertEquals("id", page.getAttribute("html", "lang"), "Indonesian first, whatever the browser says");
                page.waitForLoadState();
            }
            // Browsers also ask for /favicon.ico on their own (not opened as a page: the image viewer's inline styles
            // would trip the CSP in the console).
            assertEquals(200, ctx.request().get(url("/favicon.ico")).status());
            assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/static/favicon.svg") || u.endsWith("/favicon.ico")),
                    "the browser fetched the favicon: " + loaded);
            assertEquals(List.of(), problems);
            assertTrue(ctx.cookies().stream().noneMatch(c -> c.name.equals("lang")), "no language cookie for Indonesian");
        }
    }

    @Test
    void theSubmitButtonKeepsClearOfTheFooter() {
        try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
            Page page = ctx.newPage();
            for (String path : List.of("/pengaduan", "/wbs", "/lacak", "/masuk")) {
                page.navigate(url(path));
                Number gap = (Number) page.evaluate("() => { const b = [...document.querySelectorAll('main button[type=submit]')].pop();"
                        + " return document.querySelector('.site-footer').getBoundingClientRect().top - b.getBoundingClientRect().bottom; }");
                assertTrue(gap.doubleValue() >= 24, path + ": the last button is " + gap + " px from the footer");
            }
        }
    }

    @Test
    void theLanguageLinkKeepsTheReaderOnThePage() {
        try (BrowserContext ctx = browser.newContext()) {
            Page page = ctx.newPage();
            page.navigate(url("/wbs"));
            page.click("a[hreflang=en]");
            page.waitForURL("**/wbs");
            assertEquals("en", page.getAttribute("html", "lang"));
            assertTrue(page.textContent("h1").contains("Whistleblowing System (WBS)"));
            page.navigate(url("/lacak"));
            assertEquals("en", page.getAttribute("html", "lang"), "the choice is remembered");
            page.click("a[hreflang=id]");
            page.waitForURL("**/lacak");
            assertEquals("id", page.getAttribute("html", "lang"));
            assertTrue(ctx.cookies().stream().noneMatch(c -> c.name.equals("lang") && !c.value.isEmpty()));
        }
    }
}
