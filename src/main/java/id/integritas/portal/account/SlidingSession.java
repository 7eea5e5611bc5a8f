package id.integritas.portal.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.SessionTokens;

/** Renews the session cookie once half its lifetime has passed, on any authenticated browser request. */
public class SlidingSession {

    @Inject
    SessionTokens tokens;

    @Inject
    AccountRepository accounts;

    @Inject
    java.time.Clock clock;

    @ServerResponseFilter
    public void renew(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)
                || !request.getCookies().containsKey(tokens.cookieName())
                || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            return;
        }
        long age = clock.instant().getEpochSecond() - jwt.getIssuedAtTime();
        if (age < tokens.lifetimeSeconds() / 2) {
            return;
        }
        var account = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> accounts.findById(Long.valueOf(jwt.getSubject())));
        if (account != null && account.enabled) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, tokens.cookie(tokens.issue(account)));
        }
    }
}
