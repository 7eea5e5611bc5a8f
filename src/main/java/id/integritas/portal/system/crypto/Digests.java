package id.integritas.portal.system.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Plain (unkeyed) digests. For anything an attacker could guess and confirm, use {@link Hmac} instead. */
public final class Digests {

    private Digests() {
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
