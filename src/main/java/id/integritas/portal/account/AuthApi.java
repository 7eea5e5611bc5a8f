package id.integritas.portal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.api.ApiProblemException;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Sign-in")
public class AuthApi {

    public record Credentials(String username, String password) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    @Inject
    SignIn signIn;

    @Inject
    SessionTokens tokens;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a username and password for a session token (also set as an HttpOnly cookie)")
    public Response login(Credentials c) {
        String token = signIn.attempt(c == null ? null : c.username(), c == null ? null : c.password())
                .orElseThrow(() -> new ApiProblemException(401, "sign-in-failed"));
        return Response.ok(new TokenResponse(token, "Bearer", tokens.lifetimeSeconds())).cookie(tokens.cookie(token)).build();
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Clear the session cookie")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Cookie cleared")
    public Response logout() {
        return Response.noContent().cookie(tokens.cleared()).build();
    }
}
