package id.integritas.portal.publication.render;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.integritas.portal.publication.Cell;
import id.integritas.portal.publication.ChannelSummary;
import id.integritas.portal.publication.PublicSummary;
import id.integritas.portal.publication.PublishedVersion;

/** Public summaries built by hand: suppressed cells, missing percentages, a correction and two versions. */
public final class SampleSummaries {

    public static final String SHA_V1 = "a".repeat(63) + "1";
    public static final String SHA_V2 = "b".repeat(63) + "2";
    public static final String CORRECTION = "Angka gratifikasi bulan Oktober dihitung ulang setelah satu laporan dipindahkan.";

    private SampleSummaries() {
    }

    static Cell n(long v) {
        return Cell.of(v);
    }

    static Cell hidden() {
        return Cell.suppressed(3);
    }

    /** October 2026, version 2: complaints all known, GRT and WBS partly suppressed. */
    public static PublicSummary october() {
        Map<String, ChannelSummary> ch = new LinkedHashMap<>();
        Map<String, Cell> aduStatus = new TreeMap<>();
        aduStatus.put("MENUNGGU_VERIFIKASI", n(4));
        aduStatus.put("DIPROSES", n(1));
        aduStatus.put("SELESAI", n(9));
        ch.put("ADU", new ChannelSummary("ADU", n(12), n(9), n(5), aduStatus, 75.0, 80.0, 4.2, n(2), 87.5));
        Map<String, Cell> grtStatus = new TreeMap<>();
        grtStatus.put("DITERIMA_UPG", hidden());
        grtStatus.put("DITERUSKAN_KE_KPK", hidden());
        ch.put("GRT", new ChannelSummary("GRT", hidden(), hidden(), n(3), grtStatus, null, null, null, null, null));
        ch.put("WBS", new ChannelSummary("WBS", n(5), hidden(), hidden(), Map.of("TELAAH", hidden()), null, 50.0, 11.0,
                null, null));
        ch.put("BKP", new ChannelSummary("BKP", n(7), n(6), n(1), Map.of("SELESAI", n(6), "DIAJUKAN", n(1)), 85.7, 100.0,
                2.5, null, null));
        return new PublicSummary("2026-10", 2, 3, Instant.parse("2026-11-02T01:00:00Z"), CORRECTION, ch);
    }

    public static List<PublishedVersion> octoberHistory() {
        return List.of(new PublishedVersion(1, Instant.parse("2026-11-05T03:15:00Z"), null, SHA_V1),
                new PublishedVersion(2, Instant.parse("2026-11-12T07:40:00Z"), CORRECTION, SHA_V2));
    }

    /** A month with every cell known (for yearly totals). */
    public static PublicSummary known(String month, long aduReceived, long grtReceived) {
        Map<String, ChannelSummary> ch = new LinkedHashMap<>();
        ch.put("ADU", new ChannelSummary("ADU", n(aduReceived), n(aduReceived - 1), n(2), Map.of(), 90.0, 90.0, 3.0, n(1), 80.0));
        ch.put("GRT", new ChannelSummary("GRT", n(grtReceived), n(grtReceived), n(0), Map.of(), 100.0, 100.0, 5.0, null, null));
        ch.put("WBS", new ChannelSummary("WBS", n(4), n(3), n(3), Map.of(), 60.0, 100.0, 8.0, null, null));
        ch.put("BKP", new ChannelSummary("BKP", n(6), n(6), n(0), Map.of(), 100.0, 100.0, 1.0, null, null));
        return new PublicSummary(month, 1, 3, Instant.parse(month + "-28T00:00:00Z"), null, ch);
    }
}
