package id.integritas.portal.edges;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.integritas.portal.system.validation.StrictUtf8InputStream;
import id.integritas.portal.system.validation.TextRules;

/** The text rule and the strict UTF-8 stream on their own, byte by byte. */
class TextRulesTest {

    private static String through(int... bytes) throws IOException {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new String(new StrictUtf8InputStream(new ByteArrayInputStream(b)).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void wellFormedTextPassesUnchanged() throws IOException {
        String text = "Pelayanan lambat, Rp 50.000 — ñ ü 😀\tbaris\r\nbaru";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(text, new String(new StrictUtf8InputStream(new ByteArrayInputStream(utf8)).readAllBytes(),
                StandardCharsets.UTF_8));
        assertTrue(TextRules.clean(text));
    }

    @Test
    void illFormedSequencesBecomeReplacementCharacters() throws IOException {
        assertEquals("a\uFFFD\uFFFDb", through('a', 0xC0, 0xAF, 'b')); // overlong "/"
        assertEquals("\uFFFD\uFFFD\uFFFD", through(0xED, 0xA0, 0x80)); // UTF-8-encoded surrogate
        assertFalse(through(0xED, 0xA0, 0x80).contains("\uD800")); // an encoded surrogate never becomes one
        assertEquals("x\uFFFD", through('x', 0xE2, 0x82)); // truncated at the end
        assertEquals("\uFFFDA", through(0xC3, 'A')); // the byte after a broken lead survives
        assertEquals("\u00e9", through(0xC3, 0xA9));
    }

    @Test
    void controlCharactersLoneSurrogatesAndReplacementAreNotClean() {
        assertFalse(TextRules.clean("a\u0000b"));
        assertFalse(TextRules.clean("a\u001Bb"));
        assertFalse(TextRules.clean("a\u0085b"));
        assertFalse(TextRules.clean("a\uD800b"));
        assertFalse(TextRules.clean("a\uDC00"));
        assertFalse(TextRules.clean("a\uFFFDb"));
        assertTrue(TextRules.clean("tab\tand\nnewline\r"));
        assertTrue(TextRules.clean(null));
    }
}
