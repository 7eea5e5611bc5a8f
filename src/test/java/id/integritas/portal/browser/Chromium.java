package id.integritas.portal.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * Base of the browser tests: one headless Debian chromium per test class (no browser download), and a fresh
 * {@link Tab} (own context, so own cookies) per flow. Without chromium the tests are skipped locally and fail when
 * {@code PORTAL_REQUIRE_BROWSER=true} (CI).
 */
abstract class Chromium {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;
    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 800;

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
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** The site's origin without a trailing slash. */
    String origin() {
        return base.toString().replaceAll("/$", "");
    }

    /** A 360×740 phone whose browser prefers Indonesian. */
    Tab phone() {
        return open(PHONE_WIDTH, PHONE_HEIGHT, "id-ID");
    }

    /** A phone whose browser asks for English: pages stay Indonesian until the reader chooses otherwise. */
    Tab englishPhone() {
        return open(PHONE_WIDTH, PHONE_HEIGHT, "en-US");
    }

    Tab desktop() {
        return open(DESKTOP_WIDTH, DESKTOP_HEIGHT, "id-ID");
    }

    /**
     * Each tab comes from its own client address (proxy forwarding is on in tests), so the per-address tracking
     * limit of one flow never depends on what another test did in the same minute.
     */
    private Tab open(int width, int height, String locale) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
        String language = locale + "," + locale.substring(0, 2) + ";q=0.9";
        return new Tab(browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language, "X-Forwarded-For", address))), origin());
    }
}
