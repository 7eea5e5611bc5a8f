package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.api.ApiProblemException;

@Path("/api/v1/admin/deadline-rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminDeadlineRuleSetsApi {

    public record VersionSummary(long id, String name, LocalDate effectiveFrom, String legalNote, boolean takenEffect) {
    }

    public record ClockView(String clock, String description, int amount, DeadlineRule.Unit unit, boolean cutiBersamaOff,
            String cappedBy, List<String> startEvents, List<String> pauseEvents, List<String> resumeEvents,
            List<String> stopEvents, String legalBasis) {
        static ClockView of(DeadlineRule r) {
            return new ClockView(r.clock, r.description, r.amount, r.unit, r.cutiBersamaOff, r.cappedBy, r.starts(),
                    r.pauses(), r.resumes(), r.stops(), r.legalBasis);
        }
    }

    public record VersionView(long id, String name, LocalDate effectiveFrom, String legalNote, boolean takenEffect,
            List<ClockView> clocks) {
    }

    @Inject
    DeadlineRuleSetAdmin admin;

    @Inject
    JsonWebToken jwt;

    @GET
    @Operation(summary = "Versions of the deadline clocks, newest first; next page: ?before=<effectiveFrom of the last row>")
    public List<VersionSummary> list(@QueryParam("before") LocalDate before, @QueryParam("limit") @DefaultValue("20") int limit) {
        LocalDate today = admin.today();
        return admin.versions(before, limit).stream()
                .map(s -> new VersionSummary(s.id, s.name, s.effectiveFrom, s.legalNote, !s.effectiveFrom.isAfter(today))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One version with every clock")
    public VersionView get(@PathParam("id") long id) {
        return admin.version(id).map(this::view).orElseThrow(ApiProblemException::notFound);
    }

    @POST
    @Operation(summary = "Add a version taking effect on a future date: a copy of the version before it with the given "
            + "clocks changed; audited")
    @APIResponse(responseCode = "201", description = "Added")
    public Response add(DeadlineRuleSetAdmin.NewVersion body) {
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        DeadlineRuleSet added = admin.add(body, actor());
        return Response.status(201).entity(admin.version(added.id).map(this::view).orElseThrow()).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw a version that has not taken effect (409 rule-set-in-force otherwise); audited")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("id") long id) {
        if (!admin.withdraw(id, actor())) {
            throw ApiProblemException.notFound();
        }
        return Response.noContent().build();
    }

    private VersionView view(DeadlineRuleSet s) {
        return new VersionView(s.id, s.name, s.effectiveFrom, s.legalNote, !s.effectiveFrom.isAfter(admin.today()),
                s.rules.stream().map(ClockView::of).toList());
    }

    private Long actor() {
        return Long.valueOf(jwt.getSubject());
    }
}
