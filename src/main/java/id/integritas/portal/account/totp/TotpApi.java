package id.integritas.portal.account.totp;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.api.ApiProblemException;
import io.quarkus.security.Authenticated;

/**
 * Enrolment of one's own second factor. Open to every signed-in session, including one that may do nothing else
 * yet because its role requires a second factor.
 */
@Path("/api/v1/auth/totp")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Sign-in")
public class TotpApi {

    public record Confirmation(String code) {
    }

    public record RecoveryCodesView(List<String> recoveryCodes) {
    }

    @Inject
    SecondFactors factors;

    @Inject
    JsonWebToken jwt;

    @POST
    @Operation(summary = "Start enrolling a TOTP second factor: returns the secret (Base32) and its otpauth URI. "
            + "Starting again replaces an unconfirmed secret; refused (409) once one is confirmed.")
    public Response start() {
        SecondFactors.Enrolment e = factors.start(Long.parseLong(jwt.getSubject()));
        return Response.ok(e).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish enrolment with a current code from the app; returns the 10 single-use recovery codes, "
            + "this once only")
    public Response confirm(Confirmation body) {
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        List<String> codes = factors.confirm(Long.parseLong(jwt.getSubject()), body.code());
        return Response.ok(new RecoveryCodesView(codes)).header("Cache-Control", "no-store").build();
    }
}
