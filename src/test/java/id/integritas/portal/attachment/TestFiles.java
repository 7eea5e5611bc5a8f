package id.integritas.portal.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.imageio.ImageIO;

/** Files built in the tests: large noisy PNGs, JPEGs with EXIF GPS, JPEGs that lie about their size. */
final class TestFiles {

    private TestFiles() {
    }

    /** A PNG of random pixels (incompressible): {@code side}² × 3 bytes of pixels, about that many bytes in all. */
    static byte[] noisyPng(int side, long seed) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] smallJpeg() throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The small JPEG with its frame header (SOF0) claiming {@code width} × {@code height}. */
    static byte[] jpegClaiming(int width, int height) throws IOException {
        byte[] jpeg = smallJpeg();
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new AssertionError("no SOF0 in the JPEG");
    }

    /**
     * The small JPEG with an EXIF APP1 segment right after SOI: IFD0 points to a GPS IFD holding a latitude
     * reference and a GPS area text {@code marker}.
     */
    static byte[] jpegWithGps(String marker) throws IOException {
        byte[] jpeg = smallJpeg();
        byte[] area = ("ASCII\0\0\0" + marker).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + 2 + 2 * 12 + 4 + area.length);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        int gpsIfd = 8 + 2 + 12 + 4;
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd).putInt(0);
        int areaOffset = gpsIfd + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'S', 0, 0, 0 }); // GPSLatitudeRef
        tiff.putShort((short) 0x1c).putShort((short) 7).putInt(area.length).putInt(areaOffset); // GPSAreaInformation
        tiff.putInt(0).put(area);
        byte[] exif = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + exif.length;
        out.write(new byte[] { (byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length });
        out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }
}
