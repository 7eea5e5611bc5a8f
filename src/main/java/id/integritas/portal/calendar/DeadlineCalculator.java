package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * "By when must they answer me?": N working days after a start, on the holiday calendar as it stands now. Shared
 * by the public API and the public page, so both check their input the same way.
 */
@ApplicationScoped
public class DeadlineCalculator {

    public static final int MAX_WORKING_DAYS = 366;

    /** The answer; {@code calendarComplete} is false when a year it crosses has no days off entered yet. */
    public record Answer(LocalDate start, int workingDays, boolean cutiBersamaOff, LocalDate deadline, List<DayOff> skipped,
            int weekendDays, boolean calendarComplete) {
    }

    @Inject
    HolidayRepository holidays;

    /** Checks the raw parameters (field errors for both at once) and counts. */
    public Answer calculate(String start, String workingDays, String cutiBersamaOff) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = null;
        if (start == null || start.isBlank()) {
            errors.add(new FieldError("start", "required"));
        } else {
            try {
                day = LocalDate.parse(start.strip());
                if (day.getYear() < 2000 || day.getYear() > 2100) {
                    errors.add(new FieldError("start", "out_of_range"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("start", "date_format"));
            }
        }
        Integer n = null;
        if (workingDays == null || workingDays.isBlank()) {
            errors.add(new FieldError("workingDays", "required"));
        } else {
            try {
                n = Integer.valueOf(workingDays.strip());
                if (n < 1 || n > MAX_WORKING_DAYS) {
                    errors.add(new FieldError("workingDays", "working_days_range", List.of(1, MAX_WORKING_DAYS)));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("workingDays", "number_format"));
            }
        }
        boolean cutiOff = true;
        if (cutiBersamaOff != null && !cutiBersamaOff.isBlank()) {
            switch (cutiBersamaOff.strip()) {
                case "true" -> cutiOff = true;
                case "false" -> cutiOff = false;
                default -> errors.add(new FieldError("cutiBersamaOff", "invalid"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return calculate(day, n, cutiOff);
    }

    public Answer calculate(LocalDate start, int workingDays, boolean cutiBersamaOff) {
        // Wide enough for any count up to MAX_WORKING_DAYS (about 1.4 calendar days per working day plus holidays).
        LocalDate until = start.plusDays(workingDays * 2L + 120);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<DayOff> rows = holidays.between(start, until).stream().map(DayOff::of).toList();
            WorkingDays.Result r = new WorkingDays(rows).count(start, workingDays, cutiBersamaOff, List.of());
            boolean complete = true;
            for (int year = start.getYear(); year <= r.deadline().getYear(); year++) {
                complete &= holidays.hasYear(year);
            }
            return new Answer(start, workingDays, cutiBersamaOff, r.deadline(), r.skipped(), r.weekendDays(), complete);
        });
    }
}
