package id.integritas.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How an audit entry is hashed into the chain: SHA-256 over the previous entry's hash followed by the entry's
 * fields, one per line, in a fixed order (the instant as microseconds since the epoch, as PostgreSQL keeps it; an
 * absent value as an empty line). Written down in docs/operations.md so an operator can recompute it independently.
 */
public final class AuditChain {

    public static final byte[] GENESIS = new byte[32];

    private AuditChain() {
    }

    public static byte[] hash(byte[] previous, long seq, Instant occurredAt, Long actor, String action, String targetType,
            Long targetId, String reason) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            String fields = seq + "\n" + micros(occurredAt) + "\n" + text(actor) + "\n" + text(action) + "\n"
                    + text(targetType) + "\n" + text(targetId) + "\n" + text(reason);
            return sha.digest(fields.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] hash(AuditEntry e) {
        return hash(e.prevHash, e.seq, e.occurredAt, e.actorAccountId, e.action, e.targetType, e.targetId, e.reason);
    }

    static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : java.util.HexFormat.of().formatHex(bytes);
    }
}
