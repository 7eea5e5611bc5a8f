package id.integritas.portal.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.CaseActor;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.retention.HoldRules;
import id.integritas.portal.retention.LegalHolds;
import id.integritas.portal.system.api.ApiProblemException;

/**
 * A case's legal hold (retention): officers who see the case read it; the team chair (or an escalation reviewer)
 * and administrators place and lift it with a reason ({@code retention.HoldRules}). Administrators reach any case
 * by its number without seeing its content; officers only the cases {@code team.CaseAccess} shows them (404 otherwise).
 */
@Path("/api/v1/cases/{registrationNumber}/legal-hold")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM", "INSPEKTORAT", "ADMIN" })
@Tag(name = "Cases (officers)")
public class LegalHoldApi {

    public record HoldBody(String reason) {
    }

    public record HoldOut(String registrationNumber, boolean held, String reason, java.time.Instant heldAt,
            java.time.Instant closedAt, java.time.Instant contentDestroyedAt, boolean canChange) {
    }

    @Inject
    CurrentAccount current;

    @Inject
    CaseWork work;

    @Inject
    CaseActors actors;

    @Inject
    CaseRepository cases;

    @Inject
    LegalHolds holds;

    @GET
    @Transactional
    @Operation(summary = "The case's legal hold (held, reason, since), its closing time and whether its content was destroyed")
    public HoldOut read(@PathParam("registrationNumber") String number) {
        Account a = current.account();
        ReportCase c = find(a, number);
        return out(c, holds.of(c), HoldRules.mayHold(actor(a, c), admin(a)));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a legal hold on the case (team chair or administrator, with a reason; audited): "
            + "it is never destroyed or purged while held")
    @APIResponse(responseCode = "200", description = "Held")
    @APIResponse(responseCode = "403", description = "The caller may see the case but not hold it")
    @APIResponse(responseCode = "409", description = "Already held")
    public HoldOut place(@PathParam("registrationNumber") String number, HoldBody body) {
        Account a = current.account();
        ReportCase c = find(a, number);
        return out(c, holds.place(c, actor(a, c), admin(a), body == null ? null : body.reason()), true);
    }

    @POST
    @Path("/lift")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lift the case's legal hold (team chair or administrator, with a reason; audited)")
    @APIResponse(responseCode = "200", description = "No longer held")
    @APIResponse(responseCode = "409", description = "Not held")
    public HoldOut lift(@PathParam("registrationNumber") String number, HoldBody body) {
        Account a = current.account();
        ReportCase c = find(a, number);
        return out(c, holds.lift(c, actor(a, c), admin(a), body == null ? null : body.reason()), true);
    }

    private ReportCase find(Account a, String number) {
        return admin(a) ? cases.findByRegistrationNumber(number).orElseThrow(ApiProblemException::notFound)
                : work.visible(a, number);
    }

    private CaseActor actor(Account a, ReportCase c) {
        return admin(a) ? CaseActor.none(a.id) : actors.of(a, c);
    }

    private static boolean admin(Account a) {
        return a.has(Role.ADMIN);
    }

    private static HoldOut out(ReportCase c, LegalHolds.Standing s, boolean canChange) {
        return new HoldOut(c.registrationNumber, s.held(), s.reason(), s.heldAt(), s.closedAt(), s.destroyedAt(), canChange);
    }
}
