package id.integritas.portal.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Zona Integritas evidence pack as one ZIP download (head of office and administrators). */
@Path("/api/v1/evidence-pack")
@RolesAllowed({ "ADMIN", "PIMPINAN" })
@Tag(name = "Monitoring and evaluation")
public class EvidencePackApi {

    @Inject
    EvidencePack pack;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces({ "application/zip", "application/json", "application/problem+json" })
    @Operation(summary = "The Zona Integritas evidence pack of a period of months (ZIP, streamed; audited)",
            description = "SK registry with decree scans, standard documents in force, internal monthly reports (tables; "
                    + "the narrative of final reports), % penanganan with its inputs, deadline compliance per channel, "
                    + "monev records with their files, register campaign coverage; index.html and index.csv map every "
                    + "file to the assessment item it serves. Never report content, identities or tracking codes.")
    @APIResponse(responseCode = "200", description = "The ZIP", content = @Content(mediaType = "application/zip"))
    @APIResponse(responseCode = "400", description = "Bad period (problem+json, fields `from`/`to`: required, month_format, "
            + "before_start, period_too_long, month_in_future)")
    public Response get(@Parameter(description = "First month, yyyy-mm") @QueryParam("from") String from,
            @Parameter(description = "Last month, yyyy-mm (at most 24 months, not after the current month)")
            @QueryParam("to") String to) {
        EvidenceRequest request = pack.request(from, to, Long.parseLong(jwt.getSubject()));
        return zip(pack, request);
    }

    static Response zip(EvidencePack pack, EvidenceRequest request) {
        StreamingOutput body = out -> pack.write(request, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + EvidencePack.fileName(request) + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
