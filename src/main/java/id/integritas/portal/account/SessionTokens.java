package id.integritas.portal.account;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import id.integritas.portal.system.PortalConfig;
import io.smallrye.jwt.build.Jwt;

/** Issues the signed session JWT and the cookie that carries it in browsers. */
@ApplicationScoped
public class SessionTokens {

    public static final String AUDIENCE = "portal-session";

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    public String issue(Account account) {
        Set<String> groups = account.roles.stream().map(Enum::name).collect(Collectors.toSet());
        long now = clock.instant().getEpochSecond();
        return Jwt.issuer(config.session().issuer())
                .subject(String.valueOf(account.id))
                .upn(account.username)
                .audience(AUDIENCE)
                .groups(groups)
                .claim("name", account.displayName)
                .claim(SessionCheck.SESSION_VERSION_CLAIM, account.sessionVersion)
                .issuedAt(now)
                .expiresAt(now + config.session().lifetime().toSeconds())
                .sign();
    }

    public NewCookie cookie(String token) {
        return new NewCookie.Builder(config.session().cookieName()).value(token).path("/").httpOnly(true)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) config.session().lifetime().toSeconds()).build();
    }

    public NewCookie cleared() {
        return new NewCookie.Builder(config.session().cookieName()).value("").path("/").httpOnly(true)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
    }

    public String cookieName() {
        return config.session().cookieName();
    }

    public long lifetimeSeconds() {
        return config.session().lifetime().toSeconds();
    }
}
