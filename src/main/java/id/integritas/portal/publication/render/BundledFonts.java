package id.integritas.portal.publication.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font that ships with the portal for the PDF and the infographic: DejaVu Sans (regular and bold, from Debian's
 * {@code fonts-dejavu-core}, Bitstream Vera licence, {@code fonts/LICENSE-DejaVu.txt}). Nothing here runs at start-up:
 * the files are read from the class path when a summary is rendered, and registered with Java2D (for Batik's text)
 * once, at the first render.
 */
final class BundledFonts {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private BundledFonts() {
    }

    static InputStream open(String resource) {
        InputStream in = BundledFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the bundled font " + resource + " is missing from the class path");
        }
        return in;
    }

    /** Registers both faces with Java2D on first use (idempotent; a system copy of the same family is fine too). */
    static void registerWithJava2d() {
        Registration.DONE.hashCode();
    }

    /** Holder idiom: the class initialiser runs once, on the first render. */
    private static final class Registration {
        static final Boolean DONE = register();

        private static Boolean register() {
            GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (String resource : new String[] { REGULAR, BOLD }) {
                try (InputStream in = open(resource)) {
                    env.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("the bundled font " + resource + " cannot be read", e);
                }
            }
            return Boolean.TRUE;
        }
    }
}
