package id.integritas.portal.system.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Times as people in the office read them, with the Indonesian zone name: "24 November 2026 14.05 WIB"
 * (English: "24 November 2026, 14:05 WIB"). The JDK's own short zone names vary by locale and version, so the
 * three Indonesian zones are named here; other zones show their UTC offset.
 */
public final class OfficeTime {

    private static final Map<String, String> INDONESIAN_ZONES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Ujung_Pandang", "WITA",
            "Asia/Jayapura", "WIT");
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", Texts.INDONESIAN);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private OfficeTime() {
    }

    public static String format(Instant at, ZoneId zone, Locale locale) {
        ZonedDateTime local = at.atZone(zone);
        DateTimeFormatter f = "en".equals(locale.getLanguage()) ? EN : ID;
        return f.format(local) + " " + zoneName(zone, local);
    }

    public static String format(Instant at, String zone, Texts t) {
        return format(at, ZoneId.of(zone), t.locale());
    }

    /** A calendar day as people write it: "2 November 2026" (English: "2 November 2026"). */
    public static String date(java.time.LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Texts.INDONESIAN)
                .format(day);
    }

    /** The office's calendar day of an instant, as people write it. */
    public static String date(Instant at, String zone, Texts t) {
        return date(at.atZone(ZoneId.of(zone)).toLocalDate(), t.locale());
    }

    static String zoneName(ZoneId zone, ZonedDateTime at) {
        String name = INDONESIAN_ZONES.get(zone.getId());
        if (name != null) {
            return name;
        }
        String offset = at.getOffset().getId();
        return "Z".equals(offset) ? "UTC" : "UTC" + offset;
    }
}
