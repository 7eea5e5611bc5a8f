package id.integritas.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt (cost 11) through Bouncy Castle. */
@ApplicationScoped
public class PasswordHasher {

    static final int COST = 11;
    public static final int MAX_BYTES = 72;
    private final SecureRandom random = new SecureRandom();
    private volatile String dummy;

    public String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("password longer than 72 bytes");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, COST);
    }

    public boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    }

    /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
    public void burn(String password) {
        if (dummy == null) {
            dummy = hash("timing-equaliser-not-a-password");
        }
        matches(password == null ? "" : password, dummy);
    }
}
