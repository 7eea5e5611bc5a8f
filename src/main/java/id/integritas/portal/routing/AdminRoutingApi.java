package id.integritas.portal.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators keep the effective-dated routing tables: escalation routes and the service → unit map. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminRoutingApi {

    public record EscalationRouteView(long id, String code, String name, String role, LocalDate effectiveFrom,
            boolean inForce, Instant createdAt) {
    }

    public record ServiceUnitView(long id, String serviceCode, String unitCode, LocalDate effectiveFrom, boolean inForce,
            Instant createdAt) {
    }

    public record PageOf<T>(List<T> items, int page, int size, long total) {
    }

    @Inject
    RoutingAdmin admin;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("/escalation-routes")
    @Operation(summary = "Escalation routes, latest effective date first, paged; the one in force today is marked")
    public PageOf<EscalationRouteView> escalationRoutes(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, 100));
        Long inForce = admin.escalationRouteOn(admin.today()).map(r -> r.id).orElse(null);
        return new PageOf<>(admin.escalationRoutes(p, s).stream().map(r -> view(r, inForce)).toList(), p, s,
                admin.countEscalationRoutes());
    }

    @POST
    @Path("/escalation-routes")
    @Operation(summary = "Add an escalation route applying from a date (today or later); older cases keep theirs")
    @APIResponse(responseCode = "201", description = "Route added")
    public Response addEscalationRoute(RoutingAdmin.EscalationRouteRequest body) {
        EscalationRoute r = admin.addEscalationRoute(body, actor());
        Long inForce = admin.escalationRouteOn(admin.today()).map(x -> x.id).orElse(null);
        return Response.status(201).entity(view(r, inForce)).build();
    }

    @GET
    @Path("/service-units")
    @Operation(summary = "The complaint map service → handling unit, by service and latest date first, paged")
    public PageOf<ServiceUnitView> serviceUnits(@QueryParam("serviceCode") String serviceCode,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, 100));
        LocalDate today = admin.today();
        return new PageOf<>(admin.serviceUnits(serviceCode, p, s).stream().map(r -> view(r, today)).toList(), p, s,
                admin.countServiceUnits(serviceCode));
    }

    @POST
    @Path("/service-units")
    @Operation(summary = "Map a service to a handling unit from a date (today or later); older complaints keep theirs")
    @APIResponse(responseCode = "201", description = "Mapping added")
    public Response addServiceUnit(RoutingAdmin.ServiceUnitRequest body) {
        ServiceUnitRoute r = admin.addServiceUnit(body, actor());
        return Response.status(201).entity(view(r, admin.today())).build();
    }

    private Long actor() {
        return Long.valueOf(jwt.getSubject());
    }

    private EscalationRouteView view(EscalationRoute r, Long inForceId) {
        return new EscalationRouteView(r.id, r.code, r.name, r.role, r.effectiveFrom, r.id.equals(inForceId), r.createdAt);
    }

    private ServiceUnitView view(ServiceUnitRoute r, LocalDate today) {
        boolean inForce = admin.serviceUnitOn(r.serviceCode, today).map(x -> x.id.equals(r.id)).orElse(false);
        return new ServiceUnitView(r.id, r.serviceCode, r.unitCode, r.effectiveFrom, inForce, r.createdAt);
    }
}
