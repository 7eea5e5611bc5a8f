package id.integritas.portal.publication;

import java.time.Instant;

/**
 * One published version as the public version history shows it: number, time, the correction's reason (null for
 * version 1) and the SHA-256 (hex) of its open-data JSON, so that a reader can verify the file they hold.
 */
@io.quarkus.qute.TemplateData
public record PublishedVersion(int version, Instant publishedAt, String correctionReason, String sha256) {
}
