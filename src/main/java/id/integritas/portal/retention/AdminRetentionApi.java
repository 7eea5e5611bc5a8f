package id.integritas.portal.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.api.ApiProblemException;

@Path("/api/v1/admin/retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminRetentionApi {

    public record RuleView(String channel, String outcome, int periodMonths, RetentionAction action) {
    }

    public record RuleSetView(long id, String name, LocalDate effectiveFrom, String legalNote, boolean inForce,
            Instant createdAt, List<RuleView> rules) {
        static RuleSetView of(RetentionRuleSet s, Long inForceId) {
            return new RuleSetView(s.id, s.name, s.effectiveFrom, s.legalNote, s.id.equals(inForceId), s.createdAt,
                    s.rules.stream().map(r -> new RuleView(r.channel.name(), r.outcome, r.periodMonths, r.action)).toList());
        }
    }

    @Inject
    RetentionRuleSets ruleSets;

    @Inject
    RetentionJob job;

    @Inject
    OfficeDay officeDay;

    @Inject
    AuditLog audit;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("/rule-sets")
    @Transactional
    @Operation(summary = "Every retention rule set, newest first, with its rules and which one is in force today")
    public List<RuleSetView> list() {
        Long inForce = ruleSets.inForceOn(officeDay.today()).map(s -> s.id).orElse(null);
        return ruleSets.all().stream().map(s -> RuleSetView.of(s, inForce)).toList();
    }

    @POST
    @Path("/rule-sets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a rule set version taking effect on a future date (channel, closed outcome, months, "
            + "DESTROY_CONTENT or PURGE); earlier versions never change; audited")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A field is not valid (problem+json with `errors[].field`)")
    public Response add(RetentionRuleSets.RuleSetRequest body) {
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        RetentionRuleSet s = ruleSets.add(body, actor());
        return Response.status(201).entity(RuleSetView.of(s, null)).build();
    }

    @POST
    @Path("/runs")
    @Operation(summary = "Apply the rules in force today now (as the scheduled job does; safe beside it); audited")
    @APIResponse(responseCode = "200", description = "How many cases were destroyed, purged, or failed (ids only)")
    public RetentionJob.Run run() {
        Long actor = actor();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> audit.record(actor, "RETENTION_RUN_STARTED", null, null, null));
        return job.runOnce();
    }

    private Long actor() {
        return Long.valueOf(jwt.getSubject());
    }
}
