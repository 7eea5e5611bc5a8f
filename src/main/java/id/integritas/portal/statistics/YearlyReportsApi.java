package id.integritas.portal.statistics;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.team.CaseAccess;

/**
 * The yearly view of the internal reports (issue 9 §1, §6) for the teams, with the monthly report's visibility: the
 * channels of the SK teams the caller is a member of today. Built from the year's stored months (a finished month not
 * stored yet is computed and stored first); the year's figures are defined in {@link YearlyFigures}.
 */
@Path("/api/v1/statistics/yearly")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
@Tag(name = "Monthly reports (officers)")
public class YearlyReportsApi {

    public record YearView(int year, List<String> months, List<YearlyFigures> channels) {
    }

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    MonthlyReports reports;

    @GET
    @Path("{year}")
    @Operation(summary = "The year's view of each channel the caller's teams work (or only ?channel=)",
            description = "One row per finished month of the year (its stored report; a month not stored yet is computed "
                    + "and stored first) and the year's figures: sums where each case falls in one month, the year's "
                    + "start and end where a sum would be wrong, and the median and mean working days to close over every "
                    + "closing of the year. The current month is not included (see the monthly report). Another team's "
                    + "channel answers 403.")
    @APIResponse(responseCode = "200", description = "The year's figures per channel")
    @APIResponse(responseCode = "400", description = "Not a year (yyyy) or not a channel")
    @APIResponse(responseCode = "403", description = "The caller works no team of that channel")
    @APIResponse(responseCode = "404", description = "A year that has not begun")
    public YearView year(@PathParam("year") String year, @QueryParam("channel") String channel) {
        int y = parseYear(year);
        var channels = MonthlyReportsApi.visible(access.channelsInForce(current.account().id), channel);
        if (y > reports.currentMonth().getYear()) {
            throw ApiProblemException.notFound();
        }
        List<YearlyFigures> figures = reports.yearly(y, channels);
        return new YearView(y, figures.isEmpty() ? List.of() : figures.get(0).months(), figures);
    }

    static int parseYear(String year) {
        if (year != null && year.matches("(19|20)\\d{2}")) {
            return Integer.parseInt(year);
        }
        throw new InvalidInputException(new FieldError("year", "format"));
    }
}
