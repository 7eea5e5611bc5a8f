package id.integritas.portal.browser;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Route;

import id.integritas.portal.publication.SummaryArtifacts;
import id.integritas.portal.publication.render.SampleSummaries;
import id.integritas.portal.publication.render.SummaryRenderer;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public summary's stored pages on a 360-px phone, axe WCAG 2.1 AA and width checked. The routes that serve them
 * belong to the publication workflow; here the browser gets the rendered files at their addresses on the test
 * server (Playwright answers those paths, the portal's stylesheet still comes from the server), and the embeddable
 * page under the Content-Security-Policy its route must send (a refused inline style would show as a console error).
 */
@QuarkusTest
@Tag("persistence")
class PublicSummaryBrowserTest extends Chromium {

    @Inject
    SummaryArtifacts artifacts;

    @Test
    void summaryPagesPassTheAccessibilityCheckOnAPhone() {
        SummaryArtifacts.Artifacts files = artifacts.render(SampleSummaries.october(), SampleSummaries.octoberHistory());
        Map<String, String> pages = Map.of(
                "/laporan-bulanan/2026/10", new String(files.pageHtml(), StandardCharsets.UTF_8),
                "/laporan-bulanan", artifacts.indexPage(List.of(SampleSummaries.october(), SampleSummaries.known("2026-09", 10, 4))),
                "/laporan-bulanan/2026", artifacts.yearPage(2026, List.of(SampleSummaries.known("2026-09", 10, 4),
                        SampleSummaries.october())));
        try (Tab tab = phone()) {
            pages.forEach((path, html) -> tab.page.route(tab.url(path), route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("text/html; charset=UTF-8").setBody(html))));
            tab.page.route(tab.url("/laporan-bulanan/2026/10/embed"), route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("text/html; charset=UTF-8")
                    .setHeaders(Map.of("Content-Security-Policy", SummaryRenderer.EMBED_CONTENT_SECURITY_POLICY))
                    .setBody(new String(files.embedHtml(), StandardCharsets.UTF_8))));
            tab.open("/laporan-bulanan/2026/10").keep("pubsum-month");
            assertEquals("Ringkasan Bulanan Oktober 2026", tab.text("h1"));
            assertTrue(tab.page.isVisible("#pubsum-overview svg"));
            tab.open("/laporan-bulanan").keep("pubsum-index");
            tab.open("/laporan-bulanan/2026").keep("pubsum-year");
            tab.open("/laporan-bulanan/2026/10/embed").keep("pubsum-embed");
            assertEquals("rgb(11, 79, 156)", tab.page.evaluate("() => getComputedStyle(document.querySelector('a')).color"),
                    "the inline style applies under the CSP");
            assertEquals(List.of(), tab.consoleErrors());
            tab.assertNoFailures();
        }
    }
}
