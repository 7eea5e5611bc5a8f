package id.integritas.portal.system.web;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.Hmac;

/**
 * CSRF tokens without cookies or server state: a timestamp and nonce signed with {@code portal.crypto.form-key}
 * and bound to the signed-in user, if any. No cookie means nothing to identify an anonymous visitor by, and any
 * instance holding the key can check a token another issued. Cross-site form posts are also refused by the
 * {@code Sec-Fetch-Site} check and the SameSite=Strict session cookie.
 */
@ApplicationScoped
public class FormTokens {

    private static final long MAX_AGE_SECONDS = 4 * 3600;
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    @Inject
    Clock clock;

    public FormTokens(PortalConfig config) {
        this.key = Base64.getDecoder().decode(config.crypto().formKey());
    }

    public String issue(String subject) {
        long now = clock.instant().getEpochSecond();
        byte[] nonce = new byte[8];
        random.nextBytes(nonce);
        byte[] body = ByteBuffer.allocate(16).putLong(now).put(nonce).array();
        byte[] mac = Arrays.copyOf(Hmac.sha256(key, Base64.getEncoder().encodeToString(body) + "|" + subject), 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(32).put(body).put(mac).array());
    }

    public boolean valid(String token, String subject) {
        if (token == null) {
            return false;
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (raw.length != 32) {
            return false;
        }
        byte[] body = Arrays.copyOf(raw, 16);
        byte[] mac = Arrays.copyOfRange(raw, 16, 32);
        byte[] expected = Arrays.copyOf(Hmac.sha256(key, Base64.getEncoder().encodeToString(body) + "|" + subject), 16);
        long issued = ByteBuffer.wrap(body).getLong();
        long age = clock.instant().getEpochSecond() - issued;
        return Hmac.equal(mac, expected) && age >= 0 && age <= MAX_AGE_SECONDS;
    }
}
