package id.integritas.portal.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes the copy handlers see: images are decoded and encoded again (which keeps pixels and drops EXIF, GPS, XMP
 * and comments); PDFs lose their document information and XMP metadata.
 */
@ApplicationScoped
public class MetadataStripper {

    public static class UnreadableFileException extends Exception {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    public byte[] strip(String mediaType, byte[] content) throws UnreadableFileException {
        try {
            return switch (mediaType) {
                case "image/jpeg" -> reencode(content, "jpeg");
                case "image/png" -> reencode(content, "png");
                case "application/pdf" -> pdf(content);
                default -> content;
            };
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(mediaType);
        }
    }

    private static byte[] reencode(byte[] content, String format) throws IOException, UnreadableFileException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) {
            throw new UnreadableFileException(format);
        }
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        if (!ImageIO.write(image, format, out)) {
            throw new UnreadableFileException(format);
        }
        return out.toByteArray();
    }

    private static byte[] pdf(byte[] content) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            doc.setDocumentInformation(new PDDocumentInformation());
            doc.getDocumentCatalog().setMetadata(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
