package id.integritas.portal.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * The conflict-of-interest register campaign: administrators open one a year; employees see it (and whether they
 * filed); the CoI team, the head of office and administrators see every unit's coverage and who has not filed,
 * superiors their own direct reports.
 */
@Path("/api/v1/register-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conflict-of-interest register campaign")
public class RegisterCampaignApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** {@code filedByMe}: whether the caller filed this year's register. */
    public record CampaignView(long id, int year, LocalDate openedOn, LocalDate dueOn, int remindDaysBefore,
            int remindDaysAfter, Instant openedAt, boolean filedByMe) {
    }

    /** {@code next}: pass as {@code after} for the following page; null on the last one. */
    public record OutstandingList(int year, List<RegisterCoverage.Outstanding> items, String next, int limit) {
    }

    @Inject
    CampaignAdmin admin;

    @Inject
    RegisterCoverage coverage;

    @Inject
    CurrentAccount current;

    @POST
    @RolesAllowed("ADMIN")
    @Operation(summary = "Open the register campaign of a year with its due date and reminder days (administrator; audited)")
    @APIResponse(responseCode = "201", description = "Campaign opened")
    @APIResponse(responseCode = "400", description = "Invalid, or a campaign for that year exists (field 'year', code 'taken')")
    public Response open(CampaignAdmin.OpenRequest body) {
        Account a = current.account();
        RegisterCampaign c = admin.open(body, a.id);
        return Response.status(201).entity(view(c, a)).build();
    }

    @GET
    @RolesAllowed({ "PEGAWAI", "PETUGAS", "KETUA_TIM", "PIMPINAN", "ADMIN" })
    @Operation(summary = "Register campaigns, newest year first, each with whether the caller filed that year's register")
    public List<CampaignView> list() {
        Account a = current.account();
        return admin.list().stream().map(c -> view(c, a)).toList();
    }

    @GET
    @Path("/{year}/coverage")
    @RolesAllowed({ "PEGAWAI", "PETUGAS", "KETUA_TIM", "PIMPINAN", "ADMIN" })
    @Operation(summary = "Coverage per unit (employees, filed, %): everyone for the CoI team, head of office and administrators; a superior's own reports")
    @APIResponse(responseCode = "200", description = "Coverage per unit and in total")
    @APIResponse(responseCode = "403", description = "Neither CoI team, head of office, administrator nor a superior")
    public RegisterCoverage.Coverage coverage(@PathParam("year") int year) {
        campaign(year);
        return coverage.coverage(year, coverage.scopeOf(current.account()));
    }

    @GET
    @Path("/{year}/outstanding")
    @RolesAllowed({ "PEGAWAI", "PETUGAS", "KETUA_TIM", "PIMPINAN", "ADMIN" })
    @Operation(summary = "Employees in the caller's scope who have not filed the year's register, by account id, keyset-paged")
    public OutstandingList outstanding(@PathParam("year") int year, @QueryParam("unit") String unit,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        int n = number(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, errors);
        long afterId = number(after, "after", 0, 0, Integer.MAX_VALUE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        campaign(year);
        var scope = coverage.scopeOf(current.account());
        List<RegisterCoverage.Outstanding> items = coverage.outstanding(year, scope,
                unit == null || unit.isBlank() ? null : unit.strip(), afterId, n);
        String next = items.size() == n ? String.valueOf(items.get(n - 1).accountId()) : null;
        return new OutstandingList(year, items, next, n);
    }

    private RegisterCampaign campaign(int year) {
        return admin.byYear(year).orElseThrow(ApiProblemException::notFound);
    }

    private CampaignView view(RegisterCampaign c, Account a) {
        return new CampaignView(c.id, c.year, c.openedOn, c.dueOn, c.remindDaysBefore, c.remindDaysAfter, c.openedAt,
                coverage.filed(a.id, c.year));
    }

    private static int number(String value, String field, int dflt, int min, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "out_of_range"));
        return dflt;
    }
}
