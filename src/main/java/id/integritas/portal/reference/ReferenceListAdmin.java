package id.integritas.portal.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.validation.RequestValidator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * Administrators add options and change them from a date. A change is a new version of the option (or replaces
 * the version of that same date); nothing is deleted and no code is renamed, so every case keeps its code and the
 * lists as they stood on any day can be shown again.
 */
@ApplicationScoped
public class ReferenceListAdmin {

    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{0,59}$";

    /** A new option, or an option's state from {@code effectiveFrom} on (today when left out). */
    public record OptionChange(@NotBlank @Size(max = 200) String labelId, @NotBlank @Size(max = 200) String labelEn,
            @NotNull @Min(0) @Max(100000) Integer sortOrder, @NotNull Boolean active, LocalDate effectiveFrom) {
    }

    private record Checked(String code, OptionChange change, LocalDate today) implements CrossFieldRules {
        @Override
        public List<FieldError> crossFieldErrors() {
            List<FieldError> errors = new ArrayList<>();
            if (code == null || !code.matches(CODE_PATTERN)) {
                errors.add(new FieldError("code", "reference_code"));
            }
            if (change.effectiveFrom() != null && change.effectiveFrom().isBefore(today)) {
                errors.add(new FieldError("effectiveFrom", "effective_in_past"));
            }
            return errors;
        }
    }

    @Inject
    ReferenceLists lists;

    @Inject
    RequestValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    OfficeDay officeDay;

    public LocalDate today() {
        return officeDay.today();
    }

    /** Every version of every option of a list, by code and newest first, one page at a time. */
    public List<ReferenceItem> versions(ReferenceList list, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> lists.find("listCode", Sort.by("code").and("effectiveFrom",
                Sort.Direction.Descending), list.name()).page(Page.of(page, size)).list());
    }

    public ReferenceItem put(ReferenceList list, String code, OptionChange change, Long actorAccountId) {
        if (change == null) {
            throw new InvalidInputException(new FieldError("labelId", "required"));
        }
        LocalDate today = today();
        validator.check(change, new Checked(code, change, today).crossFieldErrors());
        LocalDate from = change.effectiveFrom() == null ? today : change.effectiveFrom();
        ReferenceItem saved = QuarkusTransaction.requiringNew().call(() -> {
            ReferenceItem item = lists.find("listCode = ?1 and code = ?2 and effectiveFrom = ?3", list.name(), code, from)
                    .firstResult();
            if (item == null) {
                item = new ReferenceItem();
                item.listCode = list.name();
                item.code = code;
                item.effectiveFrom = from;
            }
            item.labelId = change.labelId().strip();
            item.labelEn = change.labelEn().strip();
            item.sortOrder = change.sortOrder();
            item.active = change.active();
            lists.persist(item);
            audit.record(actorAccountId, "REFERENCE_OPTION_CHANGED", "reference_item", item.id,
                    list.name() + "/" + code + " from " + from + (item.active ? "" : " (withdrawn)"));
            return item;
        });
        lists.invalidate(); // after the commit, so no reader caches the old state again
        return saved;
    }
}
