package id.integritas.portal.publication;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public monthly summary of one month and version, exactly as it is published (open data JSON, page, PDF and
 * infographic are all made from this record and nothing else). Channels keyed ADU, GRT, WBS, BKP in that order.
 *
 * @param month     "2026-10"
 * @param version   1 for the first publication, n+1 for each correction
 * @param threshold the small-cell threshold applied (cells under it show as "< threshold")
 * @param computedAt when the figures were computed (the internal report it was derived from)
 * @param correctionReason null for version 1; the public reason for a correction
 */
@io.quarkus.qute.TemplateData
public record PublicSummary(
        String month,
        int version,
        int threshold,
        Instant computedAt,
        String correctionReason,
        Map<String, ChannelSummary> channels) {

    public PublicSummary {
        channels = channels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(channels);
    }
}
