package id.integritas.portal.publication.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;

import id.integritas.portal.publication.ChannelSummary;
import id.integritas.portal.publication.PublicSummary;
import id.integritas.portal.system.i18n.Texts;

/**
 * The square infographic (1080×1080) for the office's Instagram and Facebook posts: the month, the four channels'
 * received and finished counts and % finished, the office's name and the page's address, as an SVG drawn here and
 * rasterised by Apache Batik with the bundled font. Suppressed counts show as "&lt; 3", like everywhere else.
 */
final class Infographic {

    static final int SIZE = 1080;
    private static final String FONT = "font-family=\"" + BundledFonts.FAMILY + ", sans-serif\"";

    private Infographic() {
    }

    static String svg(PublicSummary s, Texts t, String officeName, String pageUrl) {
        StringBuilder b = new StringBuilder(8 * 1024);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(SIZE).append("\" height=\"").append(SIZE)
                .append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE).append("\" ").append(FONT).append(">\n");
        b.append("<rect width=\"1080\" height=\"1080\" fill=\"#ffffff\"/>\n");
        List<String> office = wrap(officeName, 58, 2);
        int band = 200 + 34 * office.size();
        b.append("<rect width=\"1080\" height=\"").append(band).append("\" fill=\"#0b3d6e\"/>\n");
        text(b, 60, 78, 30, "bold", "#ffffff", t.get("pubsum.png.heading").toUpperCase(t.locale()));
        text(b, 60, 158, 64, "bold", "#ffffff", Views.monthName(s.month(), t));
        int y = 158 + 44;
        for (String line : office) {
            text(b, 60, y, 26, "normal", "#ffffff", line);
            y += 34;
        }
        int top = band + 40;
        int cardHeight = (1080 - top - 150) / 2;
        int i = 0;
        for (ChannelSummary c : Views.ordered(s)) {
            if (i == 4) {
                break;
            }
            int x = i % 2 == 0 ? 40 : 560;
            int cy = top + (i / 2) * (cardHeight + 20);
            card(b, x, cy, cardHeight, c, t);
            i++;
        }
        text(b, 40, 1080 - 92, 22, "normal", "#1b1b1b", t.format("pubsum.png.note", s.threshold()));
        text(b, 40, 1080 - 52, 22, "bold", "#0b4f9c", pageUrl.replaceFirst("^https?://", ""));
        b.append("</svg>\n");
        return b.toString();
    }

    private static void card(StringBuilder b, int x, int y, int h, ChannelSummary c, Texts t) {
        b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"480\" height=\"").append(h)
                .append("\" rx=\"12\" fill=\"#eef4fb\" stroke=\"#0b4f9c\" stroke-width=\"3\"/>\n");
        String label = t.has("pubsum.short." + c.channel()) ? t.get("pubsum.short." + c.channel()) : c.channel();
        text(b, x + 28, y + 56, 34, "bold", "#0b3d6e", label);
        int row = y + 56 + (h - 56) / 2 - 10;
        text(b, x + 28, row - 44, 24, "normal", "#1b1b1b", t.get("pubsum.received"));
        text(b, x + 28, row + 14, 56, "bold", "#1b5e9e", Views.cell(c.received()));
        text(b, x + 250, row - 44, 24, "normal", "#1b1b1b", t.get("pubsum.finished"));
        text(b, x + 250, row + 14, 56, "bold", "#2e7d32", Views.cell(c.finished()));
        text(b, x + 28, y + h - 28, 26, "normal", "#1b1b1b",
                t.get("pubsum.finishedPercent") + ": " + Views.percent(c.finishedPercent(), t));
    }

    private static void text(StringBuilder b, int x, int y, int size, String weight, String fill, String text) {
        b.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\" font-weight=\"").append(weight).append("\" fill=\"").append(fill).append("\">")
                .append(escape(text)).append("</text>\n");
    }

    /** Words into at most {@code lines} lines of about {@code width} characters (the last one cut with "…"). */
    static List<String> wrap(String text, int width, int lines) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text.trim()).split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        if (out.size() > lines) {
            List<String> cut = new ArrayList<>(out.subList(0, lines));
            String last = cut.get(lines - 1);
            cut.set(lines - 1, (last.length() > width - 1 ? last.substring(0, width - 1) : last) + "…");
            return cut;
        }
        return out;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Rasterises the SVG at 1080×1080 (about 5 MB of pixels while it runs; nothing is kept afterwards). */
    static byte[] png(String svg) {
        BundledFonts.registerWithJava2d();
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) SIZE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) SIZE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        input.setURI("file:/portal-integritas/infographic.svg");
        try {
            transcoder.transcode(input, new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("the infographic could not be drawn", e);
        }
        return out.toByteArray();
    }
}
