package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public deadline calculator (docs/domain-rules.md §4–§5). */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Calendar", description = "Working days and deadlines")
public class CalendarApi {

    public record SkippedDay(LocalDate date, Holiday.Kind kind, String name) {
    }

    public record DeadlineView(LocalDate start, int workingDays, boolean cutiBersamaOff, LocalDate deadline,
            List<SkippedDay> skipped, int weekendDays, boolean calendarComplete) {
    }

    @Inject
    DeadlineCalculator calculator;

    @GET
    @Path("/deadline")
    @Operation(summary = "The Nth working day after a start (the start is not counted; a non-working start counts "
            + "from the next working day). skipped lists the holiday rows skipped; weekends without a holiday are "
            + "only counted in weekendDays. calendarComplete is false if a year crossed has no holidays entered yet.")
    public DeadlineView deadline(
            @Parameter(description = "Day of receipt, YYYY-MM-DD") @QueryParam("start") String start,
            @Parameter(description = "Working days, 1..366") @QueryParam("workingDays") String workingDays,
            @Parameter(description = "Whether cuti bersama is a day off (default true)") @QueryParam("cutiBersamaOff") String cutiBersamaOff) {
        DeadlineCalculator.Answer a = calculator.calculate(start, workingDays, cutiBersamaOff);
        return new DeadlineView(a.start(), a.workingDays(), a.cutiBersamaOff(), a.deadline(),
                a.skipped().stream().map(d -> new SkippedDay(d.date(), d.kind(), d.name())).toList(), a.weekendDays(),
                a.calendarComplete());
    }
}
