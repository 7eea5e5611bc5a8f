package id.integritas.portal.intake;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.crypto.Digests;
import id.integritas.portal.system.crypto.Hmac;

/**
 * The digest a receipt signs: what was submitted (channel, content, identity, attachment originals), summarised
 * as canonical JSON of SHA-256 hashes.
 * <ul>
 * <li>Version 1 (old rows): SHA-256 of the summary. Unkeyed: identical reports share it and anyone holding a dump
 * can confirm guessed content. Kept only so that old receipts still verify.</li>
 * <li>Version 2: HMAC-SHA256 of the summary under a random 32-byte salt per report. The salt is stored encrypted
 * under the data keys, so the digests of identical reports differ and the office (holding the keys) can still
 * recompute a digest from the stored report.</li>
 * </ul>
 */
public final class ContentDigest {

    public static final int LEGACY = 1;
    public static final int SALTED = 2;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentDigest() {
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The canonical summary both versions hash: hashes only, in a fixed order. */
    static Map<String, Object> summary(Channel channel, byte[] contentJson, byte[] identityJson,
            List<String> attachmentSha256) {
        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("channel", channel.name());
        signed.put("content", Digests.sha256Hex(contentJson));
        signed.put("identity", identityJson == null ? null : Digests.sha256Hex(identityJson));
        signed.put("attachments", attachmentSha256);
        return signed;
    }

    /** Version 2: HMAC-SHA256 under the report's own salt, hex. */
    public static String salted(byte[] salt, byte[] summaryJson) {
        return HexFormat.of().formatHex(Hmac.sha256(salt, summaryJson));
    }

    /** Version 1, for old rows and tests only: the unkeyed SHA-256, hex. */
    public static String legacy(byte[] summaryJson) {
        return Digests.sha256Hex(summaryJson);
    }
}
