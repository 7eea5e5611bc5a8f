package id.integritas.portal.tracking;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.Hmac;

/**
 * Secret tracking codes: 80 random bits as 16 Crockford base32 symbols in groups of four plus a mod-37 check
 * symbol ({@code 7KQM-2XPD-9RTA-HW3N-5}), so a typo is caught before any lookup and nobody mistakes it for a
 * 16-digit NIK. Stored only as HMAC-SHA256 under {@code portal.crypto.lookup-key}: a fast keyed hash is enough for
 * 80 random bits, and lookups stay a single indexed query.
 */
@ApplicationScoped
public class TrackingCodes {

    static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";
    private static final int DATA_SYMBOLS = 16;

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    public TrackingCodes(PortalConfig config) {
        this.key = Base64.getDecoder().decode(config.crypto().lookupKey());
    }

    public String generate() {
        byte[] bits = new byte[10];
        random.nextBytes(bits);
        BigInteger value = new BigInteger(1, bits);
        StringBuilder symbols = new StringBuilder();
        for (int i = DATA_SYMBOLS - 1; i >= 0; i--) {
            symbols.append(SYMBOLS.charAt(value.shiftRight(i * 5).intValue() & 31));
        }
        symbols.append(CHECK_SYMBOLS.charAt(value.mod(BigInteger.valueOf(37)).intValue()));
        return format(symbols.toString());
    }

    /** The canonical form of what a person typed, or empty if it cannot be a tracking code. */
    public Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String s = typed.toUpperCase().replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != DATA_SYMBOLS + 1) {
            return Optional.empty();
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < DATA_SYMBOLS; i++) {
            int v = SYMBOLS.indexOf(s.charAt(i));
            if (v < 0) {
                return Optional.empty();
            }
            value = value.shiftLeft(5).or(BigInteger.valueOf(v));
        }
        int check = CHECK_SYMBOLS.indexOf(s.charAt(DATA_SYMBOLS));
        if (check != value.mod(BigInteger.valueOf(37)).intValue()) {
            return Optional.empty();
        }
        return Optional.of(format(s));
    }

    public byte[] hash(String canonicalCode) {
        return Hmac.sha256(key, canonicalCode);
    }

    private static String format(String s) {
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12, 16) + "-"
                + s.substring(16);
    }
}
