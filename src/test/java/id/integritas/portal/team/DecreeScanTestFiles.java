package id.integritas.portal.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** A small valid PDF, as a scanned decree. */
public final class DecreeScanTestFiles {

    private DecreeScanTestFiles() {
    }

    public static byte[] pdf() {
        return pdf("Sekretariat");
    }

    public static byte[] pdf(String author) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setAuthor(author);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
