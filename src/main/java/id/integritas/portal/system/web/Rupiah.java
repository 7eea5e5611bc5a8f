package id.integritas.portal.system.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money as Indonesians write it: an optional "Rp"/"IDR", dots between thousands, spaces, and
 * an optional decimal tail of two digits after a comma (",00") or ",-". Anything that could be read two ways
 * ("1,500,000", "1.50", "1.500,000") is refused rather than guessed: a wrong guess changes the amount a
 * thousandfold.
 */
public final class Rupiah {

    private static final Pattern PREFIX = Pattern.compile("^(?i)(rp\\.?|idr)");
    private static final Pattern AMOUNT = Pattern.compile("^(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{2}|-))?$");

    private Rupiah() {
    }

    /** The amount, or empty when the text is not an unambiguous Rupiah amount. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        s = PREFIX.matcher(s).replaceFirst("");
        s = s.replaceAll("[\\s\\u00A0\\u202F]", "");
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String whole = m.group(1).replace(".", "");
        String cents = m.group(2) == null || "-".equals(m.group(2)) ? null : m.group(2);
        return Optional.of(new BigDecimal(cents == null ? whole : whole + "." + cents));
    }
}
