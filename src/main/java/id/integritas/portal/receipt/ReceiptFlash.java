package id.integritas.portal.receipt;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.intake.Acknowledgement;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.DataCipher;

/**
 * Carries a fresh acknowledgement across the redirect after a form POST without server state: an encrypted,
 * HttpOnly cookie limited to /tanda-terima, cleared when the receipt is shown (so the code is shown once) and
 * expiring after ten minutes anyway. It holds the reporter's own receipt, nothing about the browser.
 */
@ApplicationScoped
public class ReceiptFlash {

    public static final String COOKIE = "portal_receipt";
    static final String PATH = "/tanda-terima";
    static final String PURPOSE = "receipt.flash";

    @io.quarkus.qute.TemplateData
    public record Shown(String registrationNumber, String channel, String trackingCode, Instant submittedAt,
            String token, String contentDigest) {
    }

    @Inject
    DataCipher cipher;

    @Inject
    ObjectMapper mapper;

    @Inject
    PortalConfig config;

    public NewCookie cookie(Acknowledgement a) {
        try {
            byte[] json = mapper.writeValueAsBytes(new Shown(a.registrationNumber(), a.channel(), a.trackingCode(),
                    a.submittedAt(), a.receipt().token(), a.receipt().contentDigest()));
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(cipher.encrypt(json, PURPOSE));
            return new NewCookie.Builder(COOKIE).value(value).path(PATH).httpOnly(true)
                    .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.STRICT).maxAge(600).build();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Shown> read(String value) {
        if (value == null || value.isEmpty() || value.length() > 8192) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(cipher.decrypt(Base64.getUrlDecoder().decode(value), PURPOSE), Shown.class));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    public NewCookie cleared() {
        return new NewCookie.Builder(COOKIE).value("").path(PATH).httpOnly(true).secure(config.session().secureCookie())
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
    }
}
