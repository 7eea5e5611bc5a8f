package id.integritas.portal.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.calendar.DeadlineRule;
import id.integritas.portal.calendar.DeadlineRuleSet;
import id.integritas.portal.calendar.DeadlineRuleSets;
import id.integritas.portal.calendar.WorkingDays;
import id.integritas.portal.casefile.PublicStatus;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.OfficeDay;

/**
 * A case's clocks as people read them: for officers every clock with its due date and the working days left (on
 * the holiday calendar, by the clock's own cuti-bersama rule; negative once overdue), for the reporter only the
 * coarse next deadline of the current stage. Call inside a transaction.
 */
@ApplicationScoped
public class CaseDeadlines {

    /**
     * One clock of a case. {@code workingDaysLeft} counts from the office's today (frozen at the day it paused while
     * paused) and is null once stopped.
     */
    public record Deadline(String clock, String description, LocalDate dueDate, Integer workingDaysLeft, boolean paused,
            boolean stopped) {
    }

    /** What the reporter is told: the stage a date belongs to, and the date. */
    public enum Stage {
        /** P1, W1: verification of the report. */
        VERIFICATION,
        /** P2: the official answer. */
        ANSWER,
        /** P4: resolution (upper bound). */
        RESOLUTION,
        /** P5, G4, W2: the reporter is asked to complete or add information. */
        REPORTER_COMPLETION,
        /** P3: after the answer, the reporter may reply before the case is closed. */
        REPORTER_REPLY,
        /** G1, G2, G3: the report goes on to the KPK. */
        FORWARDING,
        /** G7: state property handed over. */
        HANDOVER,
        /** K2: the superior's decision. */
        DECISION;

        static Stage of(String clock) {
            return switch (clock) {
                case "P1", "W1" -> VERIFICATION;
                case "P2" -> ANSWER;
                case "P3" -> REPORTER_REPLY;
                case "P4" -> RESOLUTION;
                case "P5", "G4", "W2" -> REPORTER_COMPLETION;
                case "G1", "G2", "G3" -> FORWARDING;
                case "G7" -> HANDOVER;
                default -> DECISION;
            };
        }
    }

    public record NextDeadline(Stage stage, LocalDate dueDate) {
    }

    @Inject
    DeadlineRuleSets ruleSets;

    @Inject
    ClockCalendar calendar;

    @Inject
    OfficeDay officeDay;

    /** Every clock the case has started: running ones first by due date, then paused, then stopped. */
    public List<Deadline> of(ReportCase c) {
        List<CaseDeadline> rows = CaseDeadline.list("caseId", c.id);
        if (rows.isEmpty() || c.ruleSetId == null) {
            return List.of();
        }
        DeadlineRuleSet set = ruleSets.findById(c.ruleSetId);
        LocalDate today = officeDay.today();
        LocalDate from = rows.stream().map(d -> d.startedOn).min(Comparator.naturalOrder()).orElse(today);
        LocalDate to = rows.stream().map(d -> d.dueOn).max(Comparator.naturalOrder()).orElse(today);
        WorkingDays days = calendar.around(from.isBefore(today) ? from : today, to.isAfter(today) ? to : today);
        return rows.stream()
                .sorted(Comparator.comparingInt((CaseDeadline d) -> d.stopped() ? 2 : d.paused() ? 1 : 0)
                        .thenComparing(d -> d.dueOn).thenComparing(d -> d.clock))
                .map(d -> {
                    Optional<DeadlineRule> rule = set == null ? Optional.empty() : set.rule(d.clock);
                    boolean cutiOff = rule.map(r -> r.cutiBersamaOff).orElse(true);
                    Integer left = d.stopped() ? null
                            : ClockCalendar.workingDaysLeft(days, d.paused() ? d.pausedSince : today, d.dueOn, cutiOff);
                    return new Deadline(d.clock, rule.map(r -> r.description).orElse(d.clock), d.dueOn, left, d.paused(),
                            d.stopped());
                }).toList();
    }

    /**
     * The earliest due date of the case's running clocks, with its stage; empty when the case is closed, forwarded
     * outside, or no clock runs.
     */
    public Optional<NextDeadline> nextForReporter(ReportCase c) {
        PublicStatus status = c.publicStatus();
        if (status == PublicStatus.SELESAI || status == PublicStatus.DITUTUP || status == PublicStatus.DITERUSKAN) {
            return Optional.empty();
        }
        return CaseDeadline.<CaseDeadline>list("caseId = ?1 and stoppedOn is null and pausedSince is null", c.id).stream()
                .min(Comparator.comparing((CaseDeadline d) -> d.dueOn).thenComparing(d -> d.clock))
                .map(d -> new NextDeadline(Stage.of(d.clock), d.dueOn));
    }
}
