package id.integritas.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

import id.integritas.portal.system.PortalConfig;

/** bcrypt through Bouncy Castle, cost {@code portal.password.bcrypt-cost}. */
@ApplicationScoped
public class PasswordHasher {

    public static final int MAX_BYTES = 72;
    private final SecureRandom random = new SecureRandom();
    private final LongAdder verifications = new LongAdder();
    private final int cost;
    private final String dummy;

    @Inject
    public PasswordHasher(PortalConfig config) {
        this.cost = config.password().bcryptCost();
        this.dummy = hash("timing-equaliser-not-a-password");
    }

    public String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("password longer than 72 bytes");
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    /**
     * Runs exactly one bcrypt verification whatever the input: against {@code hash}, or against a dummy hash of
     * the same cost when there is none (unknown, disabled or paused account). A missing or over-long password is
     * still verified (as an empty one) and then refused, so no path is faster than another.
     */
    public boolean verify(String password, String hash) {
        boolean usable = password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        String against = hash != null ? hash : dummy;
        verifications.increment();
        boolean ok = OpenBSDBCrypt.checkPassword(against, (usable ? password : "").toCharArray());
        return ok && usable && hash != null;
    }

    /** How many verifications ran since start (lets tests prove each sign-in path costs one). */
    public long verifications() {
        return verifications.sum();
    }
}
