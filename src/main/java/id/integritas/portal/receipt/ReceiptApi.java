package id.integritas.portal.receipt;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells whether a receipt is genuine and unaltered; says nothing the receipt does not already state. */
@Path("/api/v1/receipts")
@PermitAll
@Tag(name = "Receipts")
public class ReceiptApi {

    public record VerifyRequest(String receipt) {
    }

    public record VerifyResponse(boolean valid, String registrationNumber, String channel, String submittedAt,
            String contentDigest) {

        static VerifyResponse of(java.util.Optional<Receipt> r) {
            return r.map(x -> new VerifyResponse(true, x.registrationNumber(), x.channel(), x.submittedAt().toString(),
                    x.contentDigest())).orElse(new VerifyResponse(false, null, null, null, null));
        }
    }

    @Inject
    ReceiptVerifier verifier;

    @Inject
    ReceiptSigner signer;

    @jakarta.ws.rs.GET
    @Path("/public-key")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Ed25519 public key (JWK) that receipts are signed with, for offline checks")
    public java.util.Map<String, String> publicKey() {
        return signer.publicJwk();
    }

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a receipt's signature (and that it matches a stored report)")
    public VerifyResponse verify(VerifyRequest body) {
        return VerifyResponse.of(verifier.verify(body == null ? null : body.receipt()));
    }
}
