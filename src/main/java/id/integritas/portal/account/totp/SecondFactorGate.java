package id.integritas.portal.account.totp;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import id.integritas.portal.account.RoleNavigation;
import id.integritas.portal.account.SessionCheck;
import id.integritas.portal.account.SessionTokens;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A person whose role requires a second factor and who has none yet is sent to its enrolment from any page they
 * open; until then their session has no role (the API answers 403). A one-time password is replaced first.
 */
public class SecondFactorGate {

    @Inject
    CurrentIdentityAssociation association;

    @Inject
    SessionTokens tokens;

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> gate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"GET".equals(request.getMethod()) || !request.getCookies().containsKey(tokens.cookieName())
                || path.startsWith("/api/") || path.startsWith("/static/") || path.startsWith("/q/")
                || path.equals(RoleNavigation.SECOND_FACTOR) || path.equals(RoleNavigation.CHANGE_PASSWORD)
                || path.equals("/masuk")) {
            return Uni.createFrom().nullItem();
        }
        return association.getDeferredIdentity().onFailure().recoverWithNull().map(identity -> {
            if (identity == null || identity.isAnonymous()
                    || Boolean.TRUE.equals(identity.getAttribute(SessionCheck.MUST_CHANGE_PASSWORD))
                    || !Boolean.TRUE.equals(identity.getAttribute(SessionCheck.SECOND_FACTOR_PENDING))) {
                return null;
            }
            return Response.seeOther(URI.create(RoleNavigation.SECOND_FACTOR)).build();
        });
    }
}
