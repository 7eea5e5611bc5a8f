package id.integritas.portal.account;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import id.integritas.portal.system.web.LocalPaths;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A session that still owes a step has no role until it is taken, so instead of meeting "not allowed" pages the
 * person is sent to that step from any page they open: first replacing an administrator's one-time password
 * ({@code /ganti-sandi}, and back afterwards), then enrolling the second factor their role requires
 * ({@code /akun/verifikasi-dua-langkah}). The API answers 403 meanwhile.
 */
public class PendingStepGate {

    @Inject
    CurrentIdentityAssociation association;

    @Inject
    SessionTokens tokens;

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> gate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"GET".equals(request.getMethod()) || !request.getCookies().containsKey(tokens.cookieName())
                || path.startsWith("/api/") || path.startsWith("/static/") || path.startsWith("/q/")
                || path.equals(RoleNavigation.CHANGE_PASSWORD) || path.equals("/masuk")) {
            return Uni.createFrom().nullItem();
        }
        return association.getDeferredIdentity().onFailure().recoverWithNull().map(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return null;
            }
            if (Boolean.TRUE.equals(identity.getAttribute(SessionCheck.MUST_CHANGE_PASSWORD))) {
                String local = LocalPaths.afterSignIn(LocalPaths.of(request.getUriInfo().getRequestUri()));
                return Response.seeOther(URI.create(RoleNavigation.CHANGE_PASSWORD + (local == null || local.equals("/") ? ""
                        : "?" + SignInPage.RETURN_TO + "=" + URLEncoder.encode(local, StandardCharsets.UTF_8)))).build();
            }
            if (Boolean.TRUE.equals(identity.getAttribute(SessionCheck.SECOND_FACTOR_PENDING))
                    && !path.equals(RoleNavigation.SECOND_FACTOR)) {
                return Response.seeOther(URI.create(RoleNavigation.SECOND_FACTOR)).build();
            }
            return null;
        });
    }
}
