package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.validation.RequestValidator;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Administrators keep the holiday calendar in step with the decrees (new years, mid-year amendments). Every
 * change is audited; a row is unique per date and kind.
 */
@ApplicationScoped
public class HolidayAdmin {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** A row as an administrator enters it. */
    public record HolidayChange(@NotNull LocalDate date, @NotNull Holiday.Kind kind, @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String legalBasis) {
    }

    @Inject
    HolidayRepository holidays;

    @Inject
    RequestValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    OfficeDay officeDay;

    public int thisYear() {
        return officeDay.today().getYear();
    }

    public List<Holiday> ofYear(int year, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> holidays.ofYear(year, page, size));
    }

    public Optional<Holiday> find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> holidays.findByIdOptional(id));
    }

    public Holiday add(HolidayChange change, Long actor) {
        check(change);
        return uniqueDates(() -> QuarkusTransaction.requiringNew().call(() -> {
            refuseDuplicate(change, null);
            Holiday h = new Holiday();
            apply(h, change);
            holidays.persist(h);
            audit.record(actor, "HOLIDAY_ADDED", "holiday", h.id, describe(h));
            return h;
        }));
    }

    /** Empty when there is no such row. */
    public Optional<Holiday> change(long id, HolidayChange change, Long actor) {
        check(change);
        return uniqueDates(() -> QuarkusTransaction.requiringNew().call(() -> {
            Holiday h = holidays.findById(id);
            if (h == null) {
                return Optional.<Holiday>empty();
            }
            refuseDuplicate(change, id);
            String before = describe(h);
            apply(h, change);
            audit.record(actor, "HOLIDAY_CHANGED", "holiday", h.id, before + " -> " + describe(h));
            return Optional.of(h);
        }));
    }

    /** False when there was no such row. */
    public boolean remove(long id, Long actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Holiday h = holidays.findById(id);
            if (h == null) {
                return false;
            }
            audit.record(actor, "HOLIDAY_REMOVED", "holiday", h.id, describe(h));
            holidays.delete(h);
            return true;
        });
    }

    private void check(HolidayChange change) {
        if (change == null) {
            throw new InvalidInputException(new FieldError("date", "required"));
        }
        List<FieldError> earlier = change.date() != null && (change.date().getYear() < MIN_YEAR || change.date().getYear() > MAX_YEAR)
                ? List.of(new FieldError("date", "out_of_range")) : List.of();
        validator.check(change, earlier);
    }

    /** Two administrators entering the same date and kind at once: the loser gets the field message, not a 500. */
    private static <T> T uniqueDates(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof org.hibernate.exception.ConstraintViolationException v && v.getConstraintName() != null
                        && v.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains("holiday_uk")) {
                    throw new InvalidInputException(new FieldError("date", "holiday_taken"));
                }
            }
            throw e;
        }
    }

    private void refuseDuplicate(HolidayChange change, Long exceptId) {
        Holiday same = holidays.find("date = ?1 and kind = ?2", change.date(), change.kind()).firstResult();
        if (same != null && !same.id.equals(exceptId)) {
            throw new InvalidInputException(new FieldError("date", "holiday_taken"));
        }
    }

    private static void apply(Holiday h, HolidayChange change) {
        h.date = change.date();
        h.kind = change.kind();
        h.name = change.name().strip();
        h.legalBasis = change.legalBasis() == null || change.legalBasis().isBlank() ? null : change.legalBasis().strip();
    }

    private static String describe(Holiday h) {
        return h.date + " " + h.kind + " " + h.name + (h.legalBasis == null ? "" : " (" + h.legalBasis + ")");
    }
}
