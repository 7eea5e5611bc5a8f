package id.integritas.portal.receipt;

import java.util.List;

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

    public record Difference(String field, String stated, String signed) {
    }

    /**
     * {@code valid}: the portal's signature holds over {@code verifiedFields} and a stored report has that number,
     * channel and digest. Nothing else in the pasted text is vouched for: {@code differences} lists lines stating a
     * signed fact otherwise, {@code unverifiedLines} counts lines the signature does not cover.
     */
    public record VerifyResponse(boolean valid, String registrationNumber, String channel, String submittedAt,
            String contentDigest, List<String> verifiedFields, List<Difference> differences, Integer unverifiedLines) {

        static final List<String> SIGNED_FIELDS = List.of("registrationNumber", "channel", "submittedAt", "contentDigest");

        static VerifyResponse of(java.util.Optional<ReceiptText.Check> check) {
            return check.map(c -> {
                Receipt x = c.receipt();
                return new VerifyResponse(true, x.registrationNumber(), x.channel(), x.submittedAt().toString(),
                        x.contentDigest(), SIGNED_FIELDS,
                        c.differences().stream().map(d -> new Difference(d.field(), d.stated(), d.signed())).toList(),
                        c.unverifiedLines().size());
            }).orElse(new VerifyResponse(false, null, null, null, null, List.of(), List.of(), null));
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
    @Operation(summary = "Check a receipt's signature (and that it matches a stored report), and compare the text around it")
    public VerifyResponse verify(VerifyRequest body) {
        return VerifyResponse.of(verifier.check(body == null ? null : body.receipt()));
    }
}
