package id.integritas.portal.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.api.ApiProblemException;

@Path("/api/v1/admin/mail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminMailApi {

    /** The state of a mail after "send again". */
    public record Requeued(long id, String state) {
    }

    @Inject
    MailQueue queue;

    @Inject
    JsonWebToken jwt;

    @GET
    @Operation(summary = "The mail outbox, newest first, optionally by state (PENDING, SENT, FAILED, CANCELLED), with each "
            + "mail's attempts and last error (never its text or a reporter's address); pass nextBefore as before for older mails")
    public MailQueue.Page list(@QueryParam("state") String state, @QueryParam("before") String before,
            @QueryParam("limit") String limit) {
        return queue.list(state, before, limit);
    }

    @POST
    @Path("/{id}/send-again")
    @Operation(summary = "Puts a failed or cancelled mail back in the queue (same Message-ID); audited")
    public Requeued sendAgain(@PathParam("id") long id) {
        if (!queue.sendAgain(id, Long.valueOf(jwt.getSubject()))) {
            throw new ApiProblemException(409, "mail-not-failed");
        }
        return new Requeued(id, "PENDING");
    }
}
