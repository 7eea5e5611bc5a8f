package id.integritas.portal.intake.complaint;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.intake.SubmissionResponse;
import id.integritas.portal.receipt.Acknowledgement;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.team.CaseAccess;

/** An officer of the complaints team registers a complaint received outside the web form. */
@Path("/api/v1/cases/registered")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
@Tag(name = "Cases (officers)")
public class RegisteredComplaintsApi {

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    ComplaintIntake complaints;

    @Inject
    AuditLog audit;

    @POST
    @Operation(summary = "Register a complaint received at the counter, by letter, complaint box, phone/WhatsApp, e-mail, social media or from SP4N-LAPOR! (laporId required then); complaints team only")
    @APIResponse(responseCode = "201", description = "Stored; hand the tracking code to the citizen (it is shown only in this answer)", content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    public Response register(RegisteredComplaintRequest body) {
        Account officer = requireComplaintsTeam(current.account(), access);
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        Acknowledgement ack = complaints.register(body.complaint(), List.of(), List.of(), body.medium(), body.laporId(),
                officer.id);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                audit.record(officer.id, "COMPLAINT_REGISTERED", "CASE", null, ack.registrationNumber()));
        return Response.status(201).entity(SubmissionResponse.of(ack)).build();
    }

    static Account requireComplaintsTeam(Account a, CaseAccess access) {
        if (!access.channelsInForce(a.id).contains(Channel.ADU)) {
            throw new ApiProblemException(403, "forbidden");
        }
        return a;
    }
}
