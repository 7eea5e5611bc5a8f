import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes the bench's five ~10-MB files (2 JPEG, 2 PNG, 1 PDF), incompressible so they stay that size. */
public class GenUploads {
    static final long LIMIT = 10L * 1024 * 1024;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Random random = new Random(42);
        for (int i = 1; i <= 2; i++) {
            Files.write(dir.resolve("foto" + i + ".jpg"), jpeg(random));
            Files.write(dir.resolve("gambar" + i + ".png"), png(1800, random));
        }
        Files.write(dir.resolve("dokumen.pdf"), pdf(random, (int) (LIMIT - 200_000)));
    }

    static BufferedImage noise(int w, int h, Random random) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    static byte[] png(int side, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noise(side, side, random), "png", out);
        return out.toByteArray();
    }

    /** A noisy JPEG just under the limit: the side is searched so that the file is 9-10 MB. */
    static byte[] jpeg(Random random) throws IOException {
        int side = 2000;
        while (true) {
            byte[] data = jpeg(noise(side, side, random));
            if (data.length > LIMIT) {
                side -= 40;
            } else if (data.length < LIMIT * 9 / 10) {
                side += 40;
            } else {
                return data;
            }
        }
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        return out.toByteArray();
    }

    /** One page showing text, plus an unused stream of random bytes that makes the file ~10 MB. */
    static byte[] pdf(Random random, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n");
        byte[] content = "BT /F1 24 Tf 72 700 Td (Bukti pengaduan) Tj ET".getBytes(StandardCharsets.US_ASCII);
        byte[] blob = new byte[padding];
        random.nextBytes(blob);
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /PieceInfo << /Bench << /Data 6 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            null };
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            if (i == 3 || i == 5) {
                byte[] data = i == 3 ? content : blob;
                write(out, "<< /Length " + data.length + " >>\nstream\n");
                out.write(data);
                write(out, "\nendstream\n");
            } else {
                write(out, objects[i] + "\n");
            }
            write(out, "endobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            write(out, String.format("%010d 00000 n \n", o));
        }
        write(out, "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.US_ASCII));
    }
}
