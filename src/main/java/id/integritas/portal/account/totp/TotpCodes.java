package id.integritas.portal.account.totp;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, 6 digits, 30-second steps (java-otp computes them).
 * A code of the step before or after the current one is accepted too, for a phone whose clock is a little off.
 */
public final class TotpCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    public static final int SECRET_BYTES = 20;
    private static final int DRIFT_STEPS = 1;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as authenticator apps take it: Base32 without padding. */
    public static String base32(byte[] secret) {
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    public static byte[] fromBase32(String text) {
        return new Base32().decode(text);
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** Whether the text has the form of a TOTP code (otherwise it may be a recovery code). */
    public static boolean looksLikeCode(String text) {
        return text != null && CODE.matcher(text.strip()).matches();
    }

    public String code(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time step whose code {@code given} is, within the accepted drift around {@code now}; empty if none. */
    public OptionalLong matchingStep(byte[] secret, String given, Instant now) {
        if (!looksLikeCode(given)) {
            return OptionalLong.empty();
        }
        byte[] wanted = given.strip().getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
            // Every candidate is compared (no early exit), in constant time.
            if (MessageDigest.isEqual(wanted, code(secret, s).getBytes(StandardCharsets.US_ASCII)) && found.isEmpty()) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }
}
