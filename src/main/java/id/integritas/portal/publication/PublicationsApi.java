package id.integritas.portal.publication;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.api.ErrorMappers;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * The public monthly summary's workflow for officers: the PPID prepares and publishes, the head of office approves.
 * Both see the list and a draft's detail with what was hidden and why.
 */
@Path("/api/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public monthly summaries (PPID, head of office)")
public class PublicationsApi {

    /** A correction's public reason (required when the month is published already; ignored for version 1). */
    public record PrepareBody(String reason) {
    }

    @Inject
    CurrentAccount current;

    @Inject
    Publications publications;

    @POST
    @Path("monthly/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PPID")
    @Operation(summary = "Prepare the public summary draft of a month that has ended (PPID)",
            description = "Computed from the stored internal monthly reports, with small-cell suppression for WBS and "
                    + "gratification. Prepared again, it replaces the month's unpublished draft (and its approval). When "
                    + "the month is published already it is a correction (version n+1) and needs a reason.")
    @APIResponse(responseCode = "201", description = "The draft, with the suppression notes")
    @APIResponse(responseCode = "400", description = "Not a month (yyyy-mm), or a correction without a reason (problem+json errors[].field)")
    @APIResponse(responseCode = "403", description = "Not a PPID officer")
    @APIResponse(responseCode = "409", description = "The month has not ended")
    public Response prepare(@PathParam("month") String month, PrepareBody body) {
        YearMonth m = parseMonth(month);
        Publications.PublicationView v = publications.prepare(m, current.account(), body == null ? null : body.reason());
        return Response.created(URI.create("/api/v1/publications/" + v.id())).entity(v).build();
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed("PIMPINAN")
    @Operation(summary = "Approve a draft (head of office; not one's own draft)")
    @APIResponse(responseCode = "200", description = "The approved summary")
    @APIResponse(responseCode = "403", description = "Not the head of office, or the approver prepared the draft")
    @APIResponse(responseCode = "404", description = "No such publication")
    @APIResponse(responseCode = "409", description = "Not a draft (approved or published already)")
    public Publications.PublicationView approve(@PathParam("id") long id) {
        return publications.approve(id, current.account());
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed("PPID")
    @Operation(summary = "Publish an approved summary (PPID): its files are rendered, hashed and stored for good")
    @APIResponse(responseCode = "200", description = "The published summary (jsonSha256 = SHA-256 of its open-data JSON)")
    @APIResponse(responseCode = "403", description = "Not a PPID officer")
    @APIResponse(responseCode = "404", description = "No such publication")
    @APIResponse(responseCode = "409", description = "Not approved, published already, or another version was published since it was prepared")
    public Publications.PublicationView publish(@PathParam("id") long id) {
        return publications.publish(id, current.account());
    }

    @GET
    @RolesAllowed({ "PPID", "PIMPINAN" })
    @Operation(summary = "Drafts and published versions, newest month first (20 a page)")
    @APIResponse(responseCode = "200", description = "One page; next is the following page's number, or null")
    @APIResponse(responseCode = "400", description = "page is not a number from 1")
    public Publications.PublicationList list(@QueryParam("page") String page) {
        int p = 1;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.trim());
            } catch (NumberFormatException e) {
                p = 0;
            }
            if (p < 1 || p > 100_000) {
                throw new InvalidInputException(new FieldError("page", "format"));
            }
        }
        return publications.list(p);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "PPID", "PIMPINAN" })
    @Operation(summary = "One draft or published version: figures, state, who and when, and what was hidden and why")
    @APIResponse(responseCode = "200", description = "The summary with its suppression notes")
    @APIResponse(responseCode = "404", description = "No such publication")
    public Publications.PublicationView detail(@PathParam("id") long id) {
        return publications.view(id).orElseThrow(ApiProblemException::notFound);
    }

    static YearMonth parseMonth(String month) {
        try {
            if (month != null && month.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(month);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new InvalidInputException(new FieldError("month", "format"));
    }

    @Inject
    ErrorMappers errors;

    /** A step the domain refuses, as problem+json (the mapping below), for every endpoint of this resource. */
    @ServerExceptionMapper
    Response refusedStep(PublicationRefusedException e, UriInfo uri) {
        return errors.apiProblem(refused(e), uri);
    }

    static ApiProblemException refused(PublicationRefusedException e) {
        return switch (e.kind()) {
            case WRONG_ROLE, OWN_DRAFT -> new ApiProblemException(403, "forbidden");
            case NOT_FOUND -> ApiProblemException.notFound();
            case NOT_ENDED -> new ApiProblemException(409, "publication-not-ended");
            case OUT_OF_ORDER -> new ApiProblemException(409, "publication-out-of-order");
            case OUTDATED -> new ApiProblemException(409, "publication-outdated");
        };
    }
}
