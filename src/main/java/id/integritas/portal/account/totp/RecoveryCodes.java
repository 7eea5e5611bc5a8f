package id.integritas.portal.account.totp;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.Hmac;

/**
 * Ten single-use codes for a lost phone, shown once. Each has 50 random bits (10 characters of an alphabet without
 * look-alikes, written {@code xxxxx-xxxxx}), so a slow password hash would add nothing against guessing; what is
 * kept is an HMAC-SHA256 under a key derived from the lookup key, so a copy of the database alone cannot be used
 * to test guesses, and a code is found with one indexed equality instead of ten bcrypt checks per sign-in.
 */
@ApplicationScoped
public class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public RecoveryCodes(PortalConfig config) {
        // Derived with its own label, so no new secret has to be configured.
        this.key = Hmac.sha256(Base64.getDecoder().decode(config.crypto().lookupKey()), "recovery-code");
    }

    public List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder b = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    b.append('-');
                }
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(b.toString());
        }
        return codes;
    }

    /** The stored form of a code as a person types it (case, spaces and hyphens do not matter). */
    public byte[] hash(String typed) {
        String normal = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return Hmac.sha256(key, normal);
    }
}
