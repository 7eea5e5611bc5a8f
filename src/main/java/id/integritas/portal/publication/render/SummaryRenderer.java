package id.integritas.portal.publication.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.integritas.portal.publication.PublicSummary;
import id.integritas.portal.publication.PublishedVersion;
import id.integritas.portal.publication.SummaryArtifacts;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders a public monthly summary into its stored files (issue 9 §2): the public page in the portal's layout, the
 * embeddable page, the PDF (the same content printed by openhtmltopdf) and the 1080×1080 PNG infographic (Batik); and
 * the index and yearly pages. Everything is made from the {@link PublicSummary} record alone and in Bahasa Indonesia
 * (the stored files are the same for every reader). The PDF and PNG libraries and the fonts are loaded on the first
 * render, never at start-up.
 */
@ApplicationScoped
public class SummaryRenderer implements SummaryArtifacts {

    private static final Logger LOG = Logger.getLogger(SummaryRenderer.class);

    /** The embeddable page's only style (inline: the page must stand alone inside another site's iframe). */
    static final String EMBED_CSS = """
            body{margin:0;padding:.75rem;font-family:"DejaVu Sans",system-ui,Arial,sans-serif;line-height:1.45;\
            color:#1b1b1b;background:#fff}\
            h1{font-size:1.3rem;margin:0 0 .25rem}a{color:#0b4f9c}\
            .pubsum-office{margin:0 0 .5rem;color:#454a4d}\
            .notice{background:#eef4fb;border-left:4px solid #0b4f9c;padding:.25rem .75rem;margin:.5rem 0;font-size:.9rem}\
            .table{width:100%;border-collapse:collapse;margin:.5rem 0}\
            .table th,.table td{border-bottom:1px solid #b1b4b6;text-align:left;padding:.3rem;overflow-wrap:anywhere}\
            caption{text-align:left;font-weight:700}.small{font-size:.85rem}\
            figure{margin:.5rem 0}svg{width:100%;max-width:30rem;height:auto}figcaption{font-size:.85rem}\
            """;

    /** The PDF's style (openhtmltopdf: CSS 2.1 and paged media). */
    static final String PRINT_CSS = """
            @page{size:A4;margin:16mm 15mm 18mm 15mm;\
            @bottom-right{content:counter(page) " / " counter(pages);font-family:"DejaVu Sans";font-size:8pt}}\
            body{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt;line-height:1.4;color:#1b1b1b}\
            h1{font-size:17pt;margin:0 0 6pt}h2{font-size:12.5pt;margin:14pt 0 4pt;page-break-after:avoid}\
            a{color:#0b4f9c}.lead{font-size:10.5pt}.small{font-size:8pt}\
            .pubsum-office{font-size:8.5pt;color:#454a4d;margin:0 0 6pt}\
            .notice,.warning{border-left:3pt solid #0b4f9c;background:#eef4fb;padding:2pt 6pt;margin:6pt 0}\
            .warning{border-left-color:#8a5a00;background:#fff7e0}\
            .table{width:100%;border-collapse:collapse;margin:4pt 0 8pt}\
            .table th,.table td{border-bottom:0.5pt solid #b1b4b6;text-align:left;padding:2pt 3pt;vertical-align:top}\
            caption{text-align:left;font-weight:bold;padding:2pt 0}\
            .pubsum-hash{font-size:6.5pt;word-wrap:break-word}\
            .pubsum-figures div{margin:0 0 1pt}.pubsum-figures dt{display:inline;font-weight:bold}\
            .pubsum-figures dt:after{content:": "}.pubsum-figures dd{display:inline;margin:0}\
            figure{margin:4pt 0;page-break-inside:avoid}figcaption{font-size:8pt;color:#454a4d}\
            section{page-break-inside:auto}tr{page-break-inside:avoid}\
            """;

    /**
     * The Content-Security-Policy under which the embeddable page works: its one inline style by hash, no script, no
     * form, framed by any site (the route that serves it sets this instead of the portal's default
     * {@code frame-ancestors 'none'}).
     */
    public static final String EMBED_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '"
            + sha256Base64(EMBED_CSS) + "'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors *";

    @CheckedTemplate(basePath = "SummaryRenderer")
    static class Templates {
        static native TemplateInstance page(Page page, Texts t, Views.MonthView v, String base);

        static native TemplateInstance standalone(Texts t, Views.MonthView v, String base, boolean embed, String css);

        static native TemplateInstance index(Page page, Texts t, Views.IndexView v);

        static native TemplateInstance year(Page page, Texts t, Views.YearView v);
    }

    @Inject
    PortalConfig config;

    /** Every stored file is Indonesian: the portal's first language and the office's public language. */
    private static Texts texts() {
        return Texts.of(Texts.INDONESIAN);
    }

    @Override
    public Artifacts render(PublicSummary summary, List<PublishedVersion> history) {
        long started = System.nanoTime();
        Texts t = texts();
        String base = Views.trimSlash(config.mail().baseUrl());
        Views.MonthView v = Views.month(summary, history, t, config.office().timeZone(), base, config.office().name());
        String page = Templates.page(page(t, v.title(), v.pagePath()), t, v, "").render();
        String embed = Templates.standalone(t, v, base, true, EMBED_CSS).render();
        long htmlDone = System.nanoTime();
        byte[] pdf = PdfPrinter.print(Templates.standalone(t, v, base, false, PRINT_CSS).render());
        long pdfDone = System.nanoTime();
        byte[] png = Infographic.png(Infographic.svg(summary, t, config.office().name(), base + v.pagePath()));
        long pngDone = System.nanoTime();
        LOG.infof("public summary %s v%d rendered: html %d ms, pdf %d ms (%d bytes), png %d ms (%d bytes)",
                summary.month(), summary.version(), (htmlDone - started) / 1_000_000, (pdfDone - htmlDone) / 1_000_000,
                pdf.length, (pngDone - pdfDone) / 1_000_000, png.length);
        return new Artifacts(page.getBytes(StandardCharsets.UTF_8), embed.getBytes(StandardCharsets.UTF_8), pdf, png);
    }

    @Override
    public String indexPage(List<PublicSummary> latestPerMonth) {
        Texts t = texts();
        Views.IndexView v = Views.index(latestPerMonth, t);
        return Templates.index(page(t, v.title(), "/laporan-bulanan"), t, v).render();
    }

    @Override
    public String yearPage(int year, List<PublicSummary> months) {
        Texts t = texts();
        Views.YearView v = Views.year(year, months, t);
        return Templates.year(page(t, v.title(), "/laporan-bulanan/" + year), t, v).render();
    }

    /**
     * The layout's page for a stored public file: nobody signed in (the file is the same for everyone), no form token
     * (these pages have no form).
     */
    private Page page(Texts t, String title, String path) {
        return new Page(t, config.office(), "", null, false, false, title, path, t.get("pubsum.description"), List.of(),
                "", List.of());
    }

    static String sha256Base64(String text) {
        try {
            return "sha256-" + Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
