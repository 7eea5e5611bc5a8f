package id.integritas.portal.system.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class OfficeTimeTest {

    private static final Instant AT = Instant.parse("2026-11-24T07:05:00Z");

    @Test
    void officeTimeIsShownWithTheIndonesianZoneName() {
        assertEquals("24 November 2026 14.05 WIB", OfficeTime.format(AT, ZoneId.of("Asia/Jakarta"), Texts.INDONESIAN));
        assertEquals("24 November 2026, 14:05 WIB", OfficeTime.format(AT, ZoneId.of("Asia/Jakarta"), Locale.ENGLISH));
        assertEquals("24 November 2026 15.05 WITA", OfficeTime.format(AT, ZoneId.of("Asia/Makassar"), Texts.INDONESIAN));
        assertEquals("24 November 2026 16.05 WIT", OfficeTime.format(AT, ZoneId.of("Asia/Jayapura"), Texts.INDONESIAN));
        assertEquals("1 Februari 2026 07.05 WIB",
                OfficeTime.format(Instant.parse("2026-02-01T00:05:00Z"), ZoneId.of("Asia/Jakarta"), Texts.INDONESIAN));
    }

    @Test
    void otherZonesShowTheirOffset() {
        assertEquals("24 November 2026 07.05 UTC", OfficeTime.format(AT, ZoneId.of("UTC"), Texts.INDONESIAN));
        assertEquals("24 November 2026 16.05 UTC+09:00", OfficeTime.format(AT, ZoneId.of("Asia/Tokyo"), Texts.INDONESIAN));
    }
}
