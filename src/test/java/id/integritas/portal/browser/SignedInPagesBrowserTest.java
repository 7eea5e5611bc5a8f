package id.integritas.portal.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** An administrator on a 360-px phone: the accounts page (every account's form open) fits the screen. */
@QuarkusTest
class SignedInPagesBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestAccounts accounts;

    @BeforeAll
    static void launch() {
        boolean required = "true".equals(System.getenv("PORTAL_REQUIRE_BROWSER"));
        if (!Files.isExecutable(PublicPagesBrowserTest.CHROMIUM)) {
            assertFalse(required, "PORTAL_REQUIRE_BROWSER=true but chromium is missing");
            Assumptions.abort("no chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(PublicPagesBrowserTest.CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking")));
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

    @Test
    void accountsPageFitsA360PixelScreen() {
        String admin = accounts.token("phone.admin", Set.of(Role.ADMIN), Set.of());
        accounts.token("a.rather.long.username.for.a.small.screen", Set.of(Role.PEGAWAI, Role.PETUGAS), Set.of());
        String origin = base.toString().replaceAll("/$", "");
        try (BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
            ctx.addCookies(List.of(new Cookie("portal_session", admin).setUrl(origin)));
            Page page = ctx.newPage();
            page.navigate(origin + "/admin/akun");
            assertTrue(page.content().contains("a.rather.long.username.for.a.small.screen"));
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertEquals(0, overflow.intValue(), "the accounts page is wider than a 360-px screen");
            page.navigate(origin + "/ganti-sandi");
            assertEquals(0, ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue());
        }
        given().get("/").then().statusCode(200);
    }
}
