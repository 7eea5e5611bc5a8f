package id.integritas.portal.routing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.CurrentAccount;

/** The chair of the handling team confirms or corrects who is kept away from a case. */
@Path("/api/v1/cases/{registrationNumber}/recusals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
@Tag(name = "Cases (officers)")
public class RecusalsApi {

    public record RecusalList(List<Recusals.Entry> items) {
    }

    @Inject
    Recusals recusals;

    @Inject
    CurrentAccount current;

    @GET
    @Operation(summary = "Members kept from the case (name/NIP match, own declaration, chair) and the chair's decisions; chair only")
    public RecusalList list(@PathParam("registrationNumber") String number) {
        return new RecusalList(recusals.list(current.account(), number));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm (RECUSED) or correct (CLEARED) a member's recusal, with a reason; chair only, audited")
    public RecusalList decide(@PathParam("registrationNumber") String number, Recusals.DecisionRequest body) {
        return new RecusalList(recusals.decide(current.account(), number, body));
    }
}
