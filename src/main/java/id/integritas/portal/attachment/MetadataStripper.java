package id.integritas.portal.attachment;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes the copy handlers see, from a file into a file: images are decoded and encoded again (which keeps pixels
 * and drops EXIF, GPS, XMP and comments); PDFs lose their document information, XMP metadata and active content
 * (scripts, automatic and launch actions, embedded files, XFA). PDFs are parsed with a file-backed cache, so
 * neither needs the file in memory; an image needs its decoded pixels, which is why callers bound how many run
 * at once and the pixel count is checked from the header before decoding.
 */
@ApplicationScoped
public class MetadataStripper {

    public static class UnreadableFileException extends Exception {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    /** An image whose header declares more pixels than allowed (nothing was decoded). */
    public static class TooManyPixelsException extends Exception {
        TooManyPixelsException() {
            super("image too large");
        }
    }

    public void strip(String mediaType, Path in, Path out, long maxPixels)
            throws UnreadableFileException, TooManyPixelsException {
        try {
            switch (mediaType) {
                case "image/jpeg" -> reencode(in, out, "jpeg", maxPixels);
                case "image/png" -> reencode(in, out, "png", maxPixels);
                case "application/pdf" -> pdf(in, out);
                default -> Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(mediaType);
        }
    }

    /** True when the image's header can be read and declares more than {@code maxPixels}. */
    public static boolean tooManyPixels(Path image, long maxPixels) throws IOException {
        try (ImageInputStream iis = ImageIO.createImageInputStream(image.toFile())) {
            ImageReader reader = readerFor(iis);
            try {
                return (long) reader.getWidth(0) * reader.getHeight(0) > maxPixels;
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader readerFor(ImageInputStream iis) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
        if (iis == null || !readers.hasNext()) {
            throw new IOException("no image reader");
        }
        ImageReader reader = readers.next();
        reader.setInput(iis, true, true);
        return reader;
    }

    private static void reencode(Path in, Path out, String format, long maxPixels)
            throws IOException, UnreadableFileException, TooManyPixelsException {
        BufferedImage image;
        try (ImageInputStream iis = ImageIO.createImageInputStream(in.toFile())) {
            ImageReader reader = readerFor(iis);
            try {
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw new TooManyPixelsException();
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        }
        if (image == null) {
            throw new UnreadableFileException(format);
        }
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        Files.deleteIfExists(out);
        if (!ImageIO.write(image, format, out.toFile())) {
            throw new UnreadableFileException(format);
        }
    }

    private static void pdf(Path in, Path out) throws IOException {
        MemoryUsageSetting fileOnly = MemoryUsageSetting.setupTempFileOnly().setTempDir(out.getParent().toFile());
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(in.toFile()), "", null, null,
                () -> new ScratchFile(fileOnly))) {
            doc.setDocumentInformation(new PDDocumentInformation());
            doc.getDocumentCatalog().setMetadata(null);
            PdfActiveContent.remove(doc);
            doc.save(out.toFile());
        }
    }
}
