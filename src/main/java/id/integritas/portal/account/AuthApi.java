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

    /**
     * {@code totp}: the 6-digit code of the authenticator app, or one of the recovery codes (xxxxx-xxxxx); needed
     * once the account has a second factor.
     */
    public record Credentials(String username, String password, String totp) {
    }

    /**
     * With {@code passwordChangeRequired} or {@code secondFactorEnrolmentRequired} the token carries no role: it only
     * serves to change the password or to enrol a second factor (POST /api/v1/auth/totp, then /confirm).
     */
    public record TokenResponse(String accessToken, String tokenType, long expiresIn, boolean passwordChangeRequired,
            boolean secondFactorEnrolmentRequired) {
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

    @Inject
    AccountStates states;

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a username, password and (once enrolled) a TOTP or recovery code in totp for a "
            + "session token (also set as an HttpOnly cookie). Without the code an enrolled account gets 401 "
            + "second-factor-required; a wrong code counts as a failed sign-in. With passwordChangeRequired no role "
            + "applies until POST /api/v1/auth/password, with secondFactorEnrolmentRequired none until enrolment.")
    public Response login(Credentials c, @Context HttpServerRequest request) {
        SignIn.Outcome o = signIn.attempt(c == null ? null : c.username(), c == null ? null : c.password(),
                c == null ? null : c.totp(), ClientAddress.of(request));
        if (o instanceof SignIn.SecondFactorNeeded) {
            throw new ApiProblemException(401, "second-factor-required");
        }
        if (o instanceof SignIn.Failed f) {
            throw new ApiProblemException(401,
                    f.failure() == SignIn.Failure.SECOND_FACTOR ? "second-factor-failed" : "sign-in-failed");
        }
        SignIn.Success s = (SignIn.Success) o;
        return Response.ok(new TokenResponse(s.token(), "Bearer", tokens.lifetimeSeconds(), s.mustChangePassword(),
                s.account().secondFactorPending())).cookie(tokens.cookie(s.token())).build();
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
        boolean enrol = states.get(Long.parseLong(jwt.getSubject())).map(AccountStates.State::secondFactorPending)
                .orElse(false);
        return Response.ok(new TokenResponse(token, "Bearer", tokens.lifetimeSeconds(), false, enrol))
                .cookie(tokens.cookie(token)).build();
    }
}
