package id.integritas.portal.publication.render;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import id.integritas.portal.publication.SummaryArtifacts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The rendered files of a hand-built summary (suppressed cells, missing percentages, a correction, two versions): the
 * page, the embeddable page, the PDF (opened with PDFBox) and the PNG (opened with ImageIO); the index and the yearly
 * page with the rule that a yearly total is never computed over a hidden month.
 */
@QuarkusTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryRendererTest {

    @Inject
    SummaryArtifacts artifacts;

    SummaryArtifacts.Artifacts files;

    @BeforeAll
    void render() {
        files = artifacts.render(SampleSummaries.october(), SampleSummaries.octoberHistory());
        // Kept for review (like the browser tests' screenshots): target/pubsum/.
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pubsum"));
            java.nio.file.Files.write(dir.resolve("2026-10.html"), files.pageHtml());
            java.nio.file.Files.write(dir.resolve("2026-10-embed.html"), files.embedHtml());
            java.nio.file.Files.write(dir.resolve("2026-10.pdf"), files.pdf());
            java.nio.file.Files.write(dir.resolve("2026-10.png"), files.png());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theRendererIsThisBean() {
        assertTrue(artifacts instanceof SummaryRenderer || artifacts.getClass().getSuperclass() == SummaryRenderer.class,
                artifacts.getClass().getName());
    }

    @Test
    void thePageShowsTotalsSuppressionHistoryAndLinks() {
        String html = new String(files.pageHtml(), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertEquals("id", doc.selectFirst("html").attr("lang"));
        assertEquals("Ringkasan Bulanan Oktober 2026", doc.selectFirst("h1").text());
        assertTrue(doc.title().startsWith("Ringkasan Bulanan Oktober 2026"));
        assertNotNull(doc.selectFirst("link[href=/static/portal.css]"), "the portal's layout");

        Element totals = doc.getElementById("pubsum-totals");
        assertEquals(List.of("Pengaduan Masyarakat", "12", "9", "5", "75,0%"), rowTexts(totals, 0));
        assertEquals(List.of("Laporan Gratifikasi", "< 3", "< 3", "3", "–"), rowTexts(totals, 1));
        assertEquals(List.of("Whistleblowing System (WBS)", "5", "< 3", "< 3", "–"), rowTexts(totals, 2));
        assertEquals(List.of("Konflik Kepentingan", "7", "6", "1", "85,7%"), rowTexts(totals, 3));

        String adu = doc.getElementById("pubsum-ADU").text();
        for (String shown : List.of("% tepat waktu 80,0%", "Rata-rata hari kerja penyelesaian 4,2",
                "Perbaikan layanan karena pengaduan 2", "% pelapor puas 87,5%", "Menunggu verifikasi 4", "Selesai 9")) {
            assertTrue(adu.contains(shown), shown + " in " + adu);
        }
        String grt = doc.getElementById("pubsum-GRT").text();
        assertTrue(grt.contains("Diteruskan ke KPK < 3"), grt);
        assertFalse(grt.contains("Perbaikan layanan"), "improvements are for complaints only");

        String note = doc.getElementById("pubsum-suppression").text();
        assertTrue(note.contains("melindungi pelapor") && note.contains("\"< 3\""), note);
        assertTrue(doc.selectFirst(".pubsum-correction").text().contains(SampleSummaries.CORRECTION));

        Element history = doc.getElementById("pubsum-history");
        String historyText = history.text();
        assertTrue(historyText.contains(SampleSummaries.SHA_V1) && historyText.contains(SampleSummaries.SHA_V2));
        assertTrue(historyText.contains("Terbitan pertama") && historyText.contains(SampleSummaries.CORRECTION));
        assertTrue(historyText.contains("5 November 2026 10.15 WIB"), historyText);
        assertEquals(2, history.select("tbody tr").size());

        Set<String> links = new HashSet<>(doc.getElementById("pubsum-downloads").select("a").eachAttr("href"));
        assertEquals(Set.of("/api/v1/public/monthly-summaries/2026-10", "/api/v1/public/monthly-summaries/2026-10?format=csv",
                "/laporan-bulanan/2026/10.pdf", "/laporan-bulanan/2026/10.png"), links);

        // Charts: inline SVG with a text alternative, no bar for a hidden value, no script anywhere.
        var charts = doc.select("svg[role=img]");
        assertEquals(1 + 4, charts.size(), "overview + one status chart per channel");
        for (Element svg : charts) {
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertFalse(doc.getElementById(id).text().isBlank(), id);
            }
        }
        assertTrue(doc.getElementById("pubsum-overview-d").text().contains("Gratifikasi · diterima: < 3"));
        assertTrue(doc.select("script").isEmpty());
        assertFalse(html.contains("??pubsum"), "every text key exists");
    }

    @Test
    void theEmbeddablePageStandsAlone() throws Exception {
        String html = new String(files.embedHtml(), StandardCharsets.UTF_8);
        // Well-formed (XHTML), so any parser reads it.
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(files.embedHtml()));

        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, link, iframe, img, object, form, nav, header, footer").isEmpty(), html);
        assertTrue(doc.select("[src], [style]").isEmpty(), "no external resource, no style attribute");
        assertEquals(List.of("Pengaduan", "12", "9", "5", "75,0%"), rowTexts(doc.getElementById("pubsum-totals"), 0));
        assertEquals(List.of("Gratifikasi", "< 3", "< 3", "3", "–"), rowTexts(doc.getElementById("pubsum-totals"), 1));
        Element back = doc.selectFirst("a[target=_top]");
        assertEquals("http://localhost:8080/laporan-bulanan/2026/10", back.attr("href"));
        for (String href : doc.select("a").eachAttr("href")) {
            assertTrue(href.startsWith("http://localhost:8080/"), href);
        }
        // The CSP the serving route sends allows exactly this inline style.
        String css = doc.selectFirst("style").data();
        assertTrue(SummaryRenderer.EMBED_CONTENT_SECURITY_POLICY.contains(SummaryRenderer.sha256Base64(css)));
        assertTrue(SummaryRenderer.EMBED_CONTENT_SECURITY_POLICY.contains("frame-ancestors *"));
    }

    @Test
    void thePdfHoldsTheFiguresAsText() throws Exception {
        assertTrue(new String(files.pdf(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        try (PDDocument pdf = Loader.loadPDF(files.pdf())) {
            assertTrue(pdf.getNumberOfPages() >= 1);
            assertEquals("Ringkasan Bulanan Oktober 2026 · Dinas Kependudukan dan Pencatatan Sipil Kota Medan",
                    pdf.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("Ringkasan Bulanan Oktober 2026", "Pengaduan Masyarakat 12 9 5 75,0%",
                    "Laporan Gratifikasi < 3 < 3 3 –", "Konflik Kepentingan 7 6 1 85,7%", "melindungi pelapor",
                    SampleSummaries.SHA_V1.substring(0, 20), "Terbitan pertama", "Riwayat versi")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertTrue(pdf.getPage(0).getResources().getFontNames().iterator().hasNext());
        }
    }

    @Test
    void thePngIsASquareInfographic() throws Exception {
        assertTrue(files.png().length > 10_000);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(files.png()));
        assertEquals(1080, image.getWidth());
        assertEquals(1080, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        long notWhite = 0;
        for (int y = 0; y < 1080; y += 3) {
            for (int x = 0; x < 1080; x += 3) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    notWhite++;
                }
            }
        }
        assertTrue(colours.size() > 50, "text is anti-aliased: many shades, got " + colours.size());
        double share = notWhite / (360.0 * 360.0);
        assertTrue(share > 0.2 && share < 0.95, "drawn, not blank: " + share);
        // Header band in the portal's blue at the top-left, white page below the cards.
        assertEquals(0x0b3d6e, image.getRGB(5, 5) & 0xffffff);
    }

    @Test
    void theInfographicSaysTheMonthOfficeAndFigures() {
        String svg = Infographic.svg(SampleSummaries.october(), id.integritas.portal.system.i18n.Texts.of(
                id.integritas.portal.system.i18n.Texts.INDONESIAN), "Dinas A & B", "https://portal.example/laporan-bulanan/2026/10");
        assertTrue(svg.contains(">Oktober 2026<"));
        assertTrue(svg.contains(">Dinas A &amp; B<"));
        assertTrue(svg.contains(">&lt; 3<"));
        assertTrue(svg.contains(">12<") && svg.contains(">% selesai: 75,0%<") && svg.contains(">% selesai: –<"));
        assertTrue(svg.contains(">portal.example/laporan-bulanan/2026/10<"));
    }

    @Test
    void theIndexListsMonthsNewestFirst() {
        String html = artifacts.indexPage(List.of(SampleSummaries.known("2026-09", 10, 4), SampleSummaries.october(),
                SampleSummaries.known("2025-12", 8, 5)));
        Document doc = Jsoup.parse(html);
        assertEquals("Ringkasan Bulanan", doc.selectFirst("h1").text());
        assertEquals(List.of("/laporan-bulanan/2026/10", "/laporan-bulanan/2026/09", "/laporan-bulanan/2025/12"),
                doc.select("#pubsum-months a").eachAttr("href"));
        assertEquals(List.of("Oktober 2026", "September 2026", "Desember 2025"), doc.select("#pubsum-months a").eachText());
        assertTrue(doc.getElementById("pubsum-months").text().contains("Oktober 2026 (versi 2)"));
        assertEquals(List.of("/laporan-bulanan/2026", "/laporan-bulanan/2025"), doc.select("#pubsum-years a").eachAttr("href"));

        assertTrue(Jsoup.parse(artifacts.indexPage(List.of())).getElementById("pubsum-none") != null);
    }

    @Test
    void theYearSumsOnlyWhenEveryMonthIsKnown() {
        String html = artifacts.yearPage(2026, List.of(SampleSummaries.october(), SampleSummaries.known("2026-09", 10, 4)));
        Document doc = Jsoup.parse(html);
        assertEquals("Ringkasan Tahun 2026", doc.selectFirst("h1").text());
        Element adu = doc.getElementById("pubsum-ADU-year");
        assertEquals(List.of("September 2026", "Oktober 2026"), adu.select("tbody th").eachText(), "oldest first");
        assertEquals(List.of("Jumlah setahun", "22", "18", "5", "–"), adu.select("tfoot tr").first().children().eachText());
        // GRT: October received and finished are hidden, so the year's totals are unknown, not 4 (never "≥ 4").
        Element grt = doc.getElementById("pubsum-GRT-year");
        assertEquals(List.of("Jumlah setahun", "–", "–", "3", "–"), grt.select("tfoot tr").first().children().eachText());
        // WBS: received known both months (4 + 5), finished hidden in October; in process at year end hidden.
        Element wbs = doc.getElementById("pubsum-WBS-year");
        assertEquals(List.of("Jumlah setahun", "9", "–", "< 3", "–"), wbs.select("tfoot tr").first().children().eachText());
        assertNotNull(doc.getElementById("pubsum-year-unknown"));

        Document allKnown = Jsoup.parse(artifacts.yearPage(2026,
                List.of(SampleSummaries.known("2026-01", 3, 5), SampleSummaries.known("2026-02", 4, 6))));
        assertEquals(List.of("Jumlah setahun", "11", "11", "0", "–"),
                allKnown.getElementById("pubsum-GRT-year").select("tfoot tr").first().children().eachText());
        assertNull(allKnown.getElementById("pubsum-year-unknown"));
    }

    private static List<String> rowTexts(Element table, int row) {
        return table.select("tbody tr").get(row).children().eachText();
    }

    static int count(String text, String pattern) {
        Matcher m = Pattern.compile(Pattern.quote(pattern)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
