package id.integritas.portal.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What Lighthouse's best-practice audits look at in a real browser: no console error or failed request (the
 * favicon), the last button clear of the footer, and the language link keeping the reader on the same page, in
 * English as well as Indonesian (each page passing the accessibility check).
 */
@QuarkusTest
@Tag("persistence")
class LayoutBrowserTest extends Chromium {

    @Test
    void publicPagesLoadWithoutConsoleErrorsAndWithAFavicon() {
        try (Tab tab = englishPhone()) {
            List<String> problems = new ArrayList<>();
            List<String> loaded = new ArrayList<>();
            tab.page.onRequestFailed(r -> problems.add(tab.page.url() + ": request failed " + r.url()));
            tab.page.onResponse(r -> {
                loaded.add(r.url());
                if (r.status() >= 400) {
                    problems.add(tab.page.url() + ": " + r.status() + " for " + r.url());
                }
            });
            for (String path : List.of("/", "/pengaduan", "/wbs", "/lacak", "/masuk", "/tanda-terima/periksa")) {
                tab.open(path);
                assertEquals("id", tab.page.getAttribute("html", "lang"), "Indonesian first, whatever the browser says");
            }
            // Browsers also ask for /favicon.ico on their own (not opened as a page: the image viewer's inline styles
            // would trip the CSP in the console).
            assertEquals(200, tab.context.request().get(tab.url("/favicon.ico")).status());
            assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/static/favicon.svg") || u.endsWith("/favicon.ico")),
                    "the browser fetched the favicon: " + loaded);
            problems.addAll(tab.consoleErrors());
            assertEquals(List.of(), problems);
            assertTrue(tab.context.cookies().stream().noneMatch(c -> c.name.equals("lang")), "no language cookie for Indonesian");
            tab.assertNoFailures();
        }
    }

    @Test
    void theSubmitButtonKeepsClearOfTheFooter() {
        try (Tab tab = phone()) {
            for (String path : List.of("/pengaduan", "/wbs", "/lacak", "/masuk")) {
                tab.open(path);
                Number gap = (Number) tab.page.evaluate("() => { const b = [...document.querySelectorAll('main button[type=submit]')].pop();"
                        + " return document.querySelector('.site-footer').getBoundingClientRect().top - b.getBoundingClientRect().bottom; }");
                assertTrue(gap.doubleValue() >= 24, path + ": the last button is " + gap + " px from the footer");
            }
            tab.assertNoFailures();
        }
    }

    @Test
    void theEnglishChoiceKeepsTheReaderOnThePage() {
        try (Tab tab = phone()) {
            tab.open("/wbs");
            tab.page.click("a[hreflang=en]");
            tab.page.waitForURL("**/wbs");
            tab.check().keep("wbs-english");
            assertEquals("en", tab.page.getAttribute("html", "lang"));
            assertTrue(tab.text("h1").contains("Whistleblowing System (WBS)"));
            tab.open("/lacak");
            assertEquals("en", tab.page.getAttribute("html", "lang"), "the choice is remembered");
            tab.open("/privasi");
            assertEquals("en", tab.page.getAttribute("html", "lang"));
            assertEquals("Privacy notice", tab.text("h1"));
            tab.open("/lacak");
            tab.page.click("a[hreflang=id]");
            tab.page.waitForURL("**/lacak");
            tab.check();
            assertEquals("id", tab.page.getAttribute("html", "lang"));
            assertTrue(tab.context.cookies().stream().noneMatch(c -> c.name.equals("lang") && !c.value.isEmpty()));
            tab.assertNoFailures();
        }
    }
}
