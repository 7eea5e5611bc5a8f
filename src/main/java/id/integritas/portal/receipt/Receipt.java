package id.integritas.portal.receipt;

import java.time.Instant;

/**
 * What a receipt (tanda terima) states; {@code token} is the signed form a person keeps and can have verified.
 * {@code digestVersion} says how the digest was computed (intake.ContentDigest; absent from old receipts: 1).
 */
@io.quarkus.qute.TemplateData
public record Receipt(String registrationNumber, String channel, Instant submittedAt, String contentDigest,
        int digestVersion, String token) {
}
