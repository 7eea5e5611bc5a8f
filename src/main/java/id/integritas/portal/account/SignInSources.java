package id.integritas.portal.account;

import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.Hmac;

/**
 * Where a sign-in came from, as a keyed hash of the client address (as Quarkus sees it through the configured
 * proxy headers). The address itself is never stored; without the key the hash cannot be reversed by trying
 * every IPv4 address.
 */
@ApplicationScoped
public class SignInSources {

    private final byte[] key;

    public SignInSources(PortalConfig config) {
        // Derived from the lookup key with its own label, so no new secret has to be configured.
        this.key = Hmac.sha256(Base64.getDecoder().decode(config.crypto().lookupKey()), "sign-in-source");
    }

    public String hash(String address) {
        return HexFormat.of().formatHex(Hmac.sha256(key, address == null ? "" : address));
    }

    /** The short form shown to administrators and written to the audit log. */
    public static String shortForm(String hash) {
        return hash.substring(0, 12);
    }
}
