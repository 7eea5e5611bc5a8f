package id.integritas.portal.receipt;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.DataCipher;

/**
 * Carries a fresh acknowledgement across the redirect after a form POST: an encrypted, HttpOnly cookie limited to
 * /tanda-terima, expiring after ten minutes. It holds the reporter's own receipt and a one-time id, nothing about
 * the browser; the server keeps only the id's hash ({@link ReceiptDisplay}), so the page shows the code once even
 * when the same cookie is sent again.
 */
@ApplicationScoped
public class ReceiptFlash {

    public static final String COOKIE = "portal_receipt";
    static final String PATH = "/tanda-terima";
    static final String PURPOSE = "receipt.flash";

    @io.quarkus.qute.TemplateData
    public record Shown(String registrationNumber, String channel, String trackingCode, Instant submittedAt,
            String token, String contentDigest, String once) {
    }

    @Inject
    DataCipher cipher;

    @Inject
    ObjectMapper mapper;

    @Inject
    PortalConfig config;

    @Inject
    ReceiptDisplay display;

    public NewCookie cookie(Acknowledgement a) {
        try {
            byte[] json = mapper.writeValueAsBytes(new Shown(a.registrationNumber(), a.channel(), a.trackingCode(),
                    a.submittedAt(), a.receipt().token(), a.receipt().contentDigest(), display.issue()));
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(cipher.encrypt(json, PURPOSE));
            return new NewCookie.Builder(COOKIE).value(value).path(PATH).httpOnly(true)
                    .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.STRICT).maxAge((int) ReceiptDisplay.LIFETIME.toSeconds()).build();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The receipt this cookie carries, only the first time it is asked for (on any instance). */
    public Optional<Shown> take(String value) {
        return read(value).filter(s -> display.consume(s.once()));
    }

    Optional<Shown> read(String value) {
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
