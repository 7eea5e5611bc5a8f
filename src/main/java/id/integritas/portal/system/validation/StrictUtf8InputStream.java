package id.integritas.portal.system.validation;

import java.io.IOException;
import java.io.InputStream;

/**
 * Passes well-formed UTF-8 through and turns every ill-formed sequence (overlong forms such as {@code C0 AF},
 * encoded surrogates, stray continuation bytes, truncated sequences) into U+FFFD, which {@link TextRules} refuses.
 * Jackson decodes {@code C0 AF} as "/" on its own; this stream keeps such bytes from ever becoming text.
 * Streaming, so a large body is never copied.
 */
public final class StrictUtf8InputStream extends InputStream {

    private static final byte[] REPLACEMENT = { (byte) 0xEF, (byte) 0xBF, (byte) 0xBD };

    private final InputStream in;
    private final byte[] out = new byte[4];
    private int outPos;
    private int outLen;
    private int pushedBack = -2;

    public StrictUtf8InputStream(InputStream in) {
        this.in = new java.io.BufferedInputStream(in, 8192);
    }

    @Override
    public int read() throws IOException {
        if (outPos < outLen) {
            return out[outPos++] & 0xFF;
        }
        int b = next();
        if (b < 0x80) {
            return b; // ASCII or end of stream
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b == 0xE0) {
            need = 2;
            lo = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            need = 2;
        } else if (b == 0xED) {
            need = 2;
            hi = 0x9F;
        } else if (b == 0xF0) {
            need = 3;
            lo = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            need = 3;
        } else if (b == 0xF4) {
            need = 3;
            hi = 0x8F;
        } else {
            return replacement();
        }
        out[0] = (byte) b;
        for (int i = 1; i <= need; i++) {
            int c = next();
            boolean ok = i == 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xBF;
            if (!ok) {
                pushedBack = c;
                return replacement();
            }
            out[i] = (byte) c;
        }
        outPos = 1;
        outLen = need + 1;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            int c = read();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            b[off + n++] = (byte) c;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private int replacement() {
        System.arraycopy(REPLACEMENT, 0, out, 0, 3);
        outPos = 1;
        outLen = 3;
        return REPLACEMENT[0] & 0xFF;
    }

    private int next() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
