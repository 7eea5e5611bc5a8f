package id.integritas.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * One flow's browser: its own context (cookies), one page, keyboard helpers and the list of what went wrong.
 * Every page that loads must get {@link #check()} (axe WCAG 2.1 AA and "wider than the screen") before the next one
 * loads; a page left unchecked is itself a failure. The flow asserts {@link #assertNoFailures()} at its end.
 */
final class Tab implements AutoCloseable {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The innermost elements reaching past the window's right edge, to name the culprit of an overflow. */
    private static final String WIDEST = "() => [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)"
            + ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))"
            + ".slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')"
            + " + ' \\'' + (e.textContent || '').trim().slice(0, 30) + '\\'').join(', ')";

    final BrowserContext context;
    final Page page;
    private final String origin;
    private final List<String> failures = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private String unchecked;

    Tab(BrowserContext context, String origin) {
        this.context = context;
        this.origin = origin;
        this.page = context.newPage();
        page.onLoad(p -> {
            if (unchecked != null) {
                failures.add(unchecked + ": page left without the accessibility check");
            }
            unchecked = p.url();
        });
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(page.url() + ": console error " + m.text());
            }
        });
    }

    String url(String path) {
        return origin + path;
    }

    /** Opens a page of this site and checks it. */
    Tab open(String path) {
        page.navigate(url(path));
        return check();
    }

    /** Waits for the page a click or key press led to, then checks it. */
    Tab arrived(String selector) {
        page.waitForSelector(selector);
        page.waitForLoadState();
        return check();
    }

    /** axe-core WCAG 2.1 AA on the page as it is now, and nothing wider than the screen. */
    Tab check() {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        for (Rule v : results.getViolations()) {
            failures.add(page.url() + ": " + v.getId() + " - " + v.getHelp() + " at "
                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        int overflow = overflow();
        if (overflow > 0) {
            failures.add(page.url() + ": wider than the " + page.viewportSize().width + "-px screen by " + overflow + " px at "
                    + page.evaluate(WIDEST));
        }
        unchecked = null;
        return this;
    }

    /** How many pixels the page is wider than the window (0 when it fits). */
    int overflow() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    /** Presses Tab until the element is focused: proves it is reachable with the keyboard in page order. */
    Tab tabTo(String selector) {
        for (int i = 0; i < 150; i++) {
            Boolean focused = (Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector);
            if (Boolean.TRUE.equals(focused)) {
                return this;
            }
            page.keyboard().press("Tab");
        }
        fail("could not reach " + selector + " with the Tab key on " + page.url());
        return this;
    }

    Tab typeInto(String selector, String text) {
        tabTo(selector);
        page.keyboard().type(text);
        return this;
    }

    Tab chooseOption(String selector, String value) {
        tabTo(selector);
        for (int i = 0; i < 30 && !value.equals(page.inputValue(selector)); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertEquals(value, page.inputValue(selector));
        return this;
    }

    /** Types a date into a date input in the order the browser's locale shows (day first, else month first). */
    Tab typeDate(String selector, String iso) {
        String[] p = iso.split("-");
        tabTo(selector);
        page.keyboard().type(p[2] + p[1] + p[0]);
        if (!iso.equals(page.inputValue(selector))) {
            page.keyboard().press("Shift+Tab");
            page.keyboard().press("Shift+Tab");
            tabTo(selector);
            page.keyboard().type(p[1] + p[2] + p[0]);
        }
        assertEquals(iso, page.inputValue(selector));
        return this;
    }

    /** Reaches the element with Tab and presses Enter on it. */
    Tab enter(String selector) {
        tabTo(selector);
        page.keyboard().press("Enter");
        return this;
    }

    /** Moves the focus back to the start of the page (the skip link is then the next stop). */
    Tab fromTheTop() {
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        return this;
    }

    String text(String selector) {
        return page.textContent(selector).trim();
    }

    /** Keeps what a person saw, for review: target/screenshots/NAME.png. */
    Tab keep(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        return this;
    }

    /** Console errors seen so far (a CSP refusal, a failed script), with the page they happened on. */
    List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    void assertNoFailures() {
        if (unchecked != null) {
            failures.add(unchecked + ": page left without the accessibility check");
            unchecked = null;
        }
        assertEquals(List.of(), failures, "accessibility, width or unchecked pages");
    }

    @Override
    public void close() {
        context.close();
    }
}
