package id.integritas.portal.tracking;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.system.api.ApiProblemException;
import io.vertx.core.http.HttpServerRequest;

/** The tracking code travels in the body only, never in a URL. */
@Path("/api/v1/tracking")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Tracking", description = "Following a report with its tracking code")
public class TrackingApi {

    public record Lookup(String trackingCode) {
    }

    public record Reply(String trackingCode, String message, @Size(max = 20) List<AttachmentUpload> attachments) {
    }

    /** The reporter's rating of a complaint's answer: {@code score} 1–5, {@code satisfied}, optional {@code comment}. */
    public record Rating(String trackingCode, Integer score, Boolean satisfied, String comment) {
    }

    @Inject
    TrackingService tracking;

    @Inject
    id.integritas.portal.system.web.UploadScratch scratch;

    @Inject
    TrackingRateLimiter limiter;

    @Inject
    HttpServerRequest http;

    @POST
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Status, public history, the report as typed and messages of the report this code opens")
    public CaseView lookup(Lookup body) {
        limiter.acquire(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        return tracking.view(body == null ? null : body.trackingCode()).orElseThrow(ApiProblemException::notFound);
    }

    @POST
    @Path("/messages")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Reply to the handlers, optionally with files")
    public CaseView reply(Reply body) {
        limiter.acquire(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        List<IncomingFile> files = AttachmentUpload.decode(body.attachments(), scratch);
        return tracking.reply(body.trackingCode(), body.message(), files).orElseThrow(ApiProblemException::notFound);
    }

    @POST
    @Path("/rating")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @Operation(summary = "Rate the answer to a complaint (only while its answer awaits the reporter)",
            description = "satisfied=true closes the complaint (SELESAI); false returns it to the handlers (DIPROSES). "
                    + "409 not-ratable when the case is not an answered complaint.")
    public CaseView rate(Rating body) {
        limiter.acquire(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        return tracking.rate(body.trackingCode(), body.score(), body.satisfied(), body.comment())
                .orElseThrow(ApiProblemException::notFound);
    }
}
