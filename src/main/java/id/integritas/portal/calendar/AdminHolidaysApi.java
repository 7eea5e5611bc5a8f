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
import jakarta.ws.rs.PUT;
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
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

@Path("/api/v1/admin/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminHolidaysApi {

    public record HolidayView(long id, LocalDate date, Holiday.Kind kind, String name, String legalBasis) {
        static HolidayView of(Holiday h) {
            return new HolidayView(h.id, h.date, h.kind, h.name, h.legalBasis);
        }
    }

    @Inject
    HolidayAdmin admin;

    @Inject
    JsonWebToken jwt;

    @GET
    @Operation(summary = "The holiday rows of a year (this year when left out), by date, one page at a time")
    public List<HolidayView> list(@QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        int y = year == null ? admin.thisYear() : year;
        if (y < HolidayAdmin.MIN_YEAR || y > HolidayAdmin.MAX_YEAR) {
            throw new InvalidInputException(new FieldError("year", "out_of_range"));
        }
        return admin.ofYear(y, Math.max(0, page), Math.max(1, Math.min(size, 200))).stream().map(HolidayView::of).toList();
    }

    @POST
    @Operation(summary = "Add a holiday row (date, kind, name, legal basis); audited")
    @APIResponse(responseCode = "201", description = "Added")
    public Response add(HolidayAdmin.HolidayChange body) {
        return Response.status(201).entity(HolidayView.of(admin.add(required(body), actor()))).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a holiday row; audited")
    public HolidayView change(@PathParam("id") long id, HolidayAdmin.HolidayChange body) {
        return HolidayView.of(admin.change(id, required(body), actor()).orElseThrow(ApiProblemException::notFound));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a holiday row; audited")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") long id) {
        if (!admin.remove(id, actor())) {
            throw ApiProblemException.notFound();
        }
        return Response.noContent().build();
    }

    private static HolidayAdmin.HolidayChange required(HolidayAdmin.HolidayChange body) {
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        return body;
    }

    private Long actor() {
        return Long.valueOf(jwt.getSubject());
    }
}
