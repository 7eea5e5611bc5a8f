package id.integritas.portal.publication;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One count in a public summary: either the number, or suppressed because it (or a cell that could be recovered from
 * it) is under the small-cell threshold. A suppressed cell never carries its number, not even in memory after
 * suppression: the public content is built from these cells only. In JSON it is a number or the string
 * {@code "<3"} (the threshold shown).
 */
@io.quarkus.qute.TemplateData
public record Cell(Long value, Integer threshold) {

    public Cell {
        if ((value == null) == (threshold == null)) {
            throw new IllegalArgumentException("a cell is either a count or suppressed");
        }
    }

    public static Cell of(long value) {
        return new Cell(value, null);
    }

    public static Cell suppressed(int threshold) {
        return new Cell(null, threshold);
    }

    public boolean isSuppressed() {
        return value == null;
    }

    /** What a reader sees: "12" or "< 3". */
    public String display() {
        return isSuppressed() ? "< " + threshold : Long.toString(value);
    }

    @JsonValue
    public Object json() {
        return isSuppressed() ? "<" + threshold : value;
    }

    @JsonCreator
    public static Cell fromJson(Object json) {
        if (json instanceof Number n) {
            return of(n.longValue());
        }
        String text = String.valueOf(json).trim();
        if (text.startsWith("<")) {
            return suppressed(Integer.parseInt(text.substring(1).trim()));
        }
        return of(Long.parseLong(text));
    }
}
