package id.integritas.portal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.api.ApiProblemException;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Sign-in")
public class AuthApi {

    public record Credentials(String username, String password) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn, boolean passwordChangeRequired) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    SignIn signIn;

    @Inject
    SessionTokens tokens;

    @Inject
    AccountPasswords passwords;

    @Inject
    JsonWebToken jwt;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a username and password for a session token (also set as an HttpOnly cookie). "
            + "With passwordChangeRequired no role applies until POST /api/v1/auth/password.")
    public Response login(Credentials c, @Context HttpServerRequest request) {
        SignIn.Success s = signIn.attempt(c == null ? null : c.username(), c == null ? null : c.password(),
                ClientAddress.of(request)).orElseThrow(() -> new ApiProblemException(401, "sign-in-failed"));
        return Response.ok(new TokenResponse(s.token(), "Bearer", tokens.lifetimeSeconds(), s.mustChangePassword()))
                .cookie(tokens.cookie(s.token())).build();
    }

    @POST
    @Path("/logout")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Signed out")
    @Operation(summary = "End the session: every token of the account issued so far stops working; clears the cookie")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context HttpHeaders headers) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            passwords.signOut(authorization.substring(7).strip());
        }
        var cookie = headers.getCookies().get(tokens.cookieName());
        if (cookie != null) {
            passwords.signOut(cookie.getValue());
        }
        return Response.noContent().cookie(tokens.cleared()).build();
    }

    @POST
    @Path("/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one's own password (required after an administrator's reset); returns a new token")
    public Response changePassword(PasswordChange body) {
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        String token = passwords.change(Long.parseLong(jwt.getSubject()), body.currentPassword(), body.newPassword(), null);
        return Response.ok(new TokenResponse(token, "Bearer", tokens.lifetimeSeconds(), false)).cookie(tokens.cookie(token))
                .build();
    }
}
