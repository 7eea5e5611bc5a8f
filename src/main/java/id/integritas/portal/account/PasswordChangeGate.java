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
 * A person still holding an administrator's one-time password is sent to {@code /ganti-sandi} from any page they
 * open (and back afterwards), instead of meeting "not allowed" pages: until then their session has no role.
 */
public class PasswordChangeGate {

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
            if (identity == null || identity.isAnonymous()
                    || !Boolean.TRUE.equals(identity.getAttribute(SessionCheck.MUST_CHANGE_PASSWORD))) {
                return null;
            }
            URI requested = request.getUriInfo().getRequestUri();
            String local = LocalPaths.afterSignIn(LocalPaths.of(requested));
            return Response.seeOther(URI.create(RoleNavigation.CHANGE_PASSWORD + (local == null || local.equals("/") ? ""
                    : "?" + SignInPage.RETURN_TO + "=" + URLEncoder.encode(local, StandardCharsets.UTF_8)))).build();
        });
    }
}
