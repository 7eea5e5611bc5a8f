package id.integritas.portal.casework.channel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.team.CaseAccess;

/** Moving or copying a complaint to WBS, or a WBS tip to a complaint, by the chair of the source's team. */
@Path("/api/v1/cases/{registrationNumber}/channel-change")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
@Tag(name = "Cases (officers)")
public class ChannelChangeApi {

    public record ChangeBody(Channel to, ChannelChanges.Mode mode, String reason) {
    }

    public record ChangeResult(String sourceRegistrationNumber, String sourceStatus, String registrationNumber,
            String channel, String status, String mode) {
    }

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    ChannelChanges changes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Move (the source closes) or copy (both stay open) a case to the other channel (ADU ↔ WBS); the reporter keeps the same tracking code")
    @APIResponse(responseCode = "201", description = "The new case on the target channel")
    public Response change(@PathParam("registrationNumber") String number, ChangeBody body) {
        Account a = current.account();
        ReportCase source = access.visible(a, number).orElseThrow(ApiProblemException::notFound);
        ChangeBody b = body == null ? new ChangeBody(null, null, null) : body;
        ChannelChanges.Result r = changes.change(source, a, b.to(), b.mode(), b.reason());
        return Response.status(201).entity(new ChangeResult(r.source().registrationNumber, r.source().status,
                r.target().registrationNumber, r.target().channel.name(), r.target().status, b.mode().name())).build();
    }
}
