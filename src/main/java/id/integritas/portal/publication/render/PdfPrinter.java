package id.integritas.portal.publication.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Prints the summary's standalone page (well-formed XHTML, inline CSS, inline SVG charts) to PDF with openhtmltopdf:
 * the text is real text in the bundled DejaVu Sans (embedded as a subset), the charts are drawn by Batik, scripts and
 * external resources in SVG are refused, and nothing is fetched from the network (the page links to nothing it needs).
 */
final class PdfPrinter {

    private PdfPrinter() {
    }

    static byte[] print(String xhtml) {
        BundledFonts.registerWithJava2d(); // the charts' text, drawn by Batik through Java2D
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> BundledFonts.open(BundledFonts.REGULAR), BundledFonts.FAMILY, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> BundledFonts.open(BundledFonts.BOLD), BundledFonts.FAMILY, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            builder.useUriResolver((base, uri) -> null);
            builder.withProducer("Portal Integritas");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
