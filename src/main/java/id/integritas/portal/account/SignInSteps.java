package id.integritas.portal.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.Hmac;

/**
 * The ticket that carries a right password from the sign-in page's first step to its second (the code), so the
 * password is not sent again nor kept anywhere. It names the account and its session version, lives five minutes
 * and only works from the source (keyed client address hash) it was issued to. It signs nobody in by itself.
 */
@ApplicationScoped
public class SignInSteps {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    public record Ticket(long accountId, int sessionVersion) {
    }

    private final byte[] key;

    public SignInSteps(PortalConfig config) {
        // Derived with its own label, so no new secret has to be configured.
        this.key = Hmac.sha256(Base64.getDecoder().decode(config.crypto().lookupKey()), "sign-in-step");
    }

    public String issue(long accountId, int sessionVersion, String source, Instant now) {
        String body = accountId + "." + sessionVersion + "." + now.plus(LIFETIME).getEpochSecond();
        return body + "." + mac(body, source);
    }

    public Optional<Ticket> read(String ticket, String source, Instant now) {
        if (ticket == null || ticket.length() > 200) {
            return Optional.empty();
        }
        String[] parts = ticket.split("\\.");
        if (parts.length != 4) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!Hmac.equal(mac(body, source).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            if (now.getEpochSecond() > Long.parseLong(parts[2])) {
                return Optional.empty();
            }
            return Optional.of(new Ticket(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String mac(String body, String source) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(key, body + "|" + source));
    }
}
