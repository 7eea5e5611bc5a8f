package id.integritas.portal.statistics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.api.ErrorMappers;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.team.CaseAccess;

/**
 * Internal monthly reports for the teams: the channels of the SK teams the caller is a member of today. A finished
 * month answers its stored report (computed once); the current month is provisional.
 */
@Path("/api/v1/statistics/monthly")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
@Tag(name = "Monthly reports (officers)")
public class MonthlyReportsApi {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public record MonthView(String month, boolean provisional, List<MonthlyReports.Report> reports) {
    }

    public record NarrativeBody(String obstacles, String followUpEvaluation) {
    }

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    MonthlyReports reports;

    @Inject
    AuditLog audit;

    @GET
    @Path("{month}")
    @Operation(summary = "The month's internal report of each channel the caller's teams work (or only ?channel=)",
            description = "A finished month is computed once and stored (computedAt, ruleSets); the current month is "
                    + "computed live with state PROVISIONAL. Another team's channel answers 403.")
    @APIResponse(responseCode = "200", description = "The reports")
    @APIResponse(responseCode = "400", description = "Not a month (yyyy-mm) or not a channel")
    @APIResponse(responseCode = "403", description = "The caller works no team of that channel")
    @APIResponse(responseCode = "404", description = "A month that has not begun")
    public MonthView month(@PathParam("month") String month, @QueryParam("channel") String channel) {
        YearMonth m = parseMonth(month);
        Set<Channel> channels = visible(channel);
        if (m.isAfter(reports.currentMonth())) {
            throw ApiProblemException.notFound();
        }
        return new MonthView(m.toString(), m.equals(reports.currentMonth()), reports.reports(m, channels));
    }

    @PUT
    @Path("{month}/{channel}/narrative")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the team's narrative (obstacles and solutions, evaluation of follow-up) of a draft report")
    @APIResponse(responseCode = "200", description = "The report with its narrative")
    @APIResponse(responseCode = "400", description = "A text is missing or too long (problem+json with errors[].field)")
    @APIResponse(responseCode = "403", description = "The caller works no team of that channel")
    @APIResponse(responseCode = "409", description = "The month has not ended, or the report is final")
    public MonthlyReports.Report narrative(@PathParam("month") String month, @PathParam("channel") String channel,
            NarrativeBody body) {
        YearMonth m = parseMonth(month);
        Channel ch = one(channel);
        return reports.writeNarrative(m, ch, current.account().id,
                body == null ? null : new MonthlyReports.Narrative(body.obstacles(), body.followUpEvaluation()));
    }

    @POST
    @Path("{month}/{channel}/finalisation")
    @Operation(summary = "Make a finished month's report final (the chair of the channel's team in force)")
    @APIResponse(responseCode = "200", description = "The final report")
    @APIResponse(responseCode = "403", description = "Not the chair of a team of that channel")
    @APIResponse(responseCode = "409", description = "The month has not ended, the report is final or has no narrative")
    public MonthlyReports.Report finalise(@PathParam("month") String month, @PathParam("channel") String channel) {
        YearMonth m = parseMonth(month);
        Channel ch = one(channel);
        return reports.finalise(m, ch, current.account().id);
    }

    @GET
    @Path("{month}/{channel}/tables/{table}.csv")
    @Produces("text/csv")
    @Transactional
    @Operation(summary = "One table of a channel's monthly report as CSV (audited as an export)",
            description = "Tables: intake, status, handling, compliance, closing, overdue, gratification (GRT), "
                    + "conflict (BKP), ratings (ADU).")
    @APIResponse(responseCode = "200", description = "The table, with a header row")
    @APIResponse(responseCode = "403", description = "The caller works no team of that channel")
    @APIResponse(responseCode = "404", description = "No such table for the channel, or a month that has not begun")
    public Response csv(@PathParam("month") String month, @PathParam("channel") String channel,
            @PathParam("table") String table) {
        return export(month, channel, table, "csv");
    }

    @GET
    @Path("{month}/{channel}/tables/{table}.xlsx")
    @Produces(XLSX)
    @Transactional
    @Operation(summary = "One table of a channel's monthly report as XLSX (audited as an export)")
    @APIResponse(responseCode = "200", description = "The table as a one-sheet workbook")
    @APIResponse(responseCode = "403", description = "The caller works no team of that channel")
    @APIResponse(responseCode = "404", description = "No such table for the channel, or a month that has not begun")
    public Response xlsx(@PathParam("month") String month, @PathParam("channel") String channel,
            @PathParam("table") String table) {
        return export(month, channel, table, "xlsx");
    }

    private Response export(String month, String channel, String table, String format) {
        YearMonth m = parseMonth(month);
        Channel ch = one(channel);
        MonthlyReports.Report report = reports.reports(m, EnumSet.of(ch)).stream().findFirst()
                .orElseThrow(ApiProblemException::notFound);
        MonthlyTables.Table t = MonthlyTables.of(report.figures(), table).orElseThrow(ApiProblemException::notFound);
        Account me = current.account();
        audit.record(me.id, "EXPORT", "monthly_report", report.id(), ch + " " + m + " " + t.name() + "." + format);
        String file = "laporan-bulanan-" + ch.name().toLowerCase() + "-" + m + "-" + t.name() + "." + format;
        byte[] bytes = "csv".equals(format) ? MonthlyTables.csv(t) : MonthlyTables.xlsx(t);
        return Response.ok(bytes, "csv".equals(format) ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    static YearMonth parseMonth(String month) {
        try {
            if (month != null && month.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(month);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new InvalidInputException(new FieldError("month", "format"));
    }

    private static Channel channel(String name, String field) {
        try {
            return Channel.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(new FieldError(field, "unknown_option"));
        }
    }

    /** The channels asked for that the caller may see; 403 for a channel of another team. */
    private Set<Channel> visible(String channel) {
        return visible(access.channelsInForce(current.account().id), channel);
    }

    /** The channels asked for (all of the caller's when none) among the caller's; 400 for no channel, 403 for another's. */
    static Set<Channel> visible(Set<Channel> mine, String channel) {
        if (channel == null || channel.isBlank()) {
            if (mine.isEmpty()) {
                throw new ApiProblemException(403, "forbidden");
            }
            return mine;
        }
        Channel ch = channel(channel, "channel");
        if (!mine.contains(ch)) {
            throw new ApiProblemException(403, "forbidden");
        }
        return EnumSet.of(ch);
    }

    private Channel one(String channel) {
        return visible(channel == null ? "" : channel.isBlank() ? "-" : channel).iterator().next();
    }

    @Inject
    ErrorMappers errors;

    /** A step the domain refuses, as problem+json (the mapping below), for every endpoint of this resource. */
    @ServerExceptionMapper
    Response refusedStep(MonthlyReportRefusedException e, UriInfo uri) {
        return errors.apiProblem(refused(e), uri);
    }

    static ApiProblemException refused(MonthlyReportRefusedException e) {
        return switch (e.kind()) {
            case NOT_CHAIR -> new ApiProblemException(403, "forbidden");
            case NOT_ENDED -> new ApiProblemException(409, "monthly-report-not-ended");
            case FINAL -> new ApiProblemException(409, "monthly-report-final");
            case NO_NARRATIVE -> new ApiProblemException(409, "monthly-report-no-narrative");
        };
    }
}
