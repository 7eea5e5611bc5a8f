package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.validation.RequestValidator;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Administrators change the clocks the way a decree changes them: a new version that takes effect on a future date,
 * copied from the version it follows with the changed durations. A version in force (or past) never changes, because
 * cases keep the version of their start date; a version not yet in force may be withdrawn. Which events start, pause
 * and stop a clock is the workflow's wiring and is not editable here. Every change is audited.
 */
@ApplicationScoped
public class DeadlineRuleSetAdmin {

    static final int MAX_WORKING_DAYS = 365;
    static final int MAX_CALENDAR_DAYS = 3650;
    static final int MAX_VERSIONS_PAGE = 100;

    /** A changed clock: its duration and, optionally, its description and legal basis. */
    public record ClockChange(@NotBlank @Size(max = 4) String clock, @NotNull Integer amount, @NotNull DeadlineRule.Unit unit,
            Boolean cutiBersamaOff, @Size(max = 200) String description, @Size(max = 200) String legalBasis) {
    }

    /** A new version: from which day, under which decree or note, and the clocks that differ from the version before it. */
    public record NewVersion(@NotBlank @Size(max = 100) String name, @NotNull LocalDate effectiveFrom,
            @Size(max = 500) String legalNote, @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull ClockChange> changes) {
    }

    @Inject
    DeadlineRuleSets ruleSets;

    @Inject
    RequestValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    OfficeDay officeDay;

    /** Versions newest first; {@code before} is the effective date of the last row of the previous page. */
    public List<DeadlineRuleSet> versions(LocalDate before, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_VERSIONS_PAGE));
        return QuarkusTransaction.requiringNew().call(() -> before == null
                ? ruleSets.find("order by effectiveFrom desc").page(0, size).list()
                : ruleSets.find("effectiveFrom < ?1 order by effectiveFrom desc", before).page(0, size).list());
    }

    public Optional<DeadlineRuleSet> version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ruleSets.find(
                "select distinct s from DeadlineRuleSet s left join fetch s.rules where s.id = ?1", id).firstResultOptional());
    }

    public LocalDate today() {
        return officeDay.today();
    }

    public DeadlineRuleSet add(NewVersion version, Long actor) {
        validator.check(version, List.of());
        LocalDate today = officeDay.today();
        if (!version.effectiveFrom().isAfter(today)) {
            throw new InvalidInputException(new FieldError("effectiveFrom", "rule_set_not_future"));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (ruleSets.count("effectiveFrom", version.effectiveFrom()) > 0) {
                throw new InvalidInputException(new FieldError("effectiveFrom", "rule_set_date_taken"));
            }
            DeadlineRuleSet base = ruleSets.inForceOn(version.effectiveFrom().minusDays(1))
                    .orElseThrow(() -> new InvalidInputException(new FieldError("effectiveFrom", "out_of_range")));
            Map<String, ClockChange> changes = byClock(version.changes(), base);
            DeadlineRuleSet next = new DeadlineRuleSet();
            next.name = version.name().strip();
            next.effectiveFrom = version.effectiveFrom();
            next.legalNote = blankToNull(version.legalNote());
            List<String> described = new ArrayList<>();
            for (DeadlineRule rule : base.rules) {
                DeadlineRule copy = copyOf(rule);
                ClockChange change = changes.get(rule.clock);
                if (change != null) {
                    described.add(rule.clock + " " + rule.amount + " " + rule.unit + " -> " + change.amount() + " " + change.unit());
                    copy.amount = change.amount();
                    copy.unit = change.unit();
                    if (change.cutiBersamaOff() != null) {
                        copy.cutiBersamaOff = change.cutiBersamaOff();
                    }
                    if (change.description() != null && !change.description().isBlank()) {
                        copy.description = change.description().strip();
                    }
                    if (change.legalBasis() != null && !change.legalBasis().isBlank()) {
                        copy.legalBasis = change.legalBasis().strip();
                    }
                }
                next.add(copy);
            }
            ruleSets.persist(next);
            audit.record(actor, "DEADLINE_RULE_SET_ADDED", "deadline_rule_set", next.id,
                    next.name + " from " + next.effectiveFrom + " after " + base.effectiveFrom + ": " + String.join("; ", described));
            return next;
        });
    }

    /**
     * Withdraws a version that has not taken effect; false when there is none with this id. A version in force or
     * past is part of every case started under it: 409 {@code rule-set-in-force}.
     */
    public boolean withdraw(long id, Long actor) {
        LocalDate today = officeDay.today();
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadlineRuleSet set = ruleSets.findById(id);
            if (set == null) {
                return false;
            }
            if (!set.effectiveFrom.isAfter(today)) {
                throw new ApiProblemException(409, "rule-set-in-force");
            }
            audit.record(actor, "DEADLINE_RULE_SET_WITHDRAWN", "deadline_rule_set", set.id, set.name + " from " + set.effectiveFrom);
            ruleSets.delete(set);
            return true;
        });
    }

    private static Map<String, ClockChange> byClock(List<ClockChange> changes, DeadlineRuleSet base) {
        Map<String, ClockChange> out = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ClockChange c = changes.get(i);
            String field = "changes[" + i + "]";
            if (base.rule(c.clock()).isEmpty()) {
                errors.add(new FieldError(field + ".clock", "rule_set_unknown_clock"));
            } else if (out.put(c.clock(), c) != null) {
                errors.add(new FieldError(field + ".clock", "rule_set_clock_twice"));
            }
            if (!amountFits(c.unit(), c.amount())) {
                errors.add(new FieldError(field + ".amount", "out_of_range"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    static boolean amountFits(DeadlineRule.Unit unit, int amount) {
        return switch (unit) {
            case WORKING_DAYS -> amount >= 1 && amount <= MAX_WORKING_DAYS;
            case CALENDAR_DAYS -> amount >= 1 && amount <= MAX_CALENDAR_DAYS;
            case DAY_OF_NEXT_MONTH -> amount >= 1 && amount <= 28;
            case ANNUAL_DATE -> validMonthDay(amount);
        };
    }

    private static boolean validMonthDay(int mmdd) {
        int month = mmdd / 100;
        int day = mmdd % 100;
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).length(false);
    }

    private static DeadlineRule copyOf(DeadlineRule r) {
        DeadlineRule c = new DeadlineRule();
        c.clock = r.clock;
        c.description = r.description;
        c.amount = r.amount;
        c.unit = r.unit;
        c.cutiBersamaOff = r.cutiBersamaOff;
        c.cappedBy = r.cappedBy;
        c.startEvents = r.startEvents;
        c.pauseEvents = r.pauseEvents;
        c.resumeEvents = r.resumeEvents;
        c.stopEvents = r.stopEvents;
        c.legalBasis = r.legalBasis;
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
