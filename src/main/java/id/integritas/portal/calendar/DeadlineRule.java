package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One clock (P1 … R1) of a rule set: how long, in which unit, and which events start, pause, resume and stop it. */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule extends PanacheEntityBase {

    public enum Unit {
        WORKING_DAYS,
        CALENDAR_DAYS,
        /** R1: the {@code amount}-th day of the month after the start. */
        DAY_OF_NEXT_MONTH,
        /** K1: once a year by the date {@code amount} as MMDD (1231 = 31 December). */
        ANNUAL_DATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id")
    public DeadlineRuleSet ruleSet;

    @Column(nullable = false, length = 4)
    public String clock;

    @Column(nullable = false, length = 200)
    public String description;

    @Column(nullable = false)
    public int amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Unit unit;

    @Column(name = "cuti_bersama_off", nullable = false)
    public boolean cutiBersamaOff;

    /** Another clock of the same case this one may never end after (G3 is capped by G1). */
    @Column(name = "capped_by", length = 4)
    public String cappedBy;

    @Column(name = "start_events", nullable = false, length = 300)
    public String startEvents;

    @Column(name = "pause_events", nullable = false, length = 300)
    public String pauseEvents = "";

    @Column(name = "resume_events", nullable = false, length = 300)
    public String resumeEvents = "";

    @Column(name = "stop_events", nullable = false, length = 300)
    public String stopEvents;

    @Column(name = "legal_basis", nullable = false, length = 200)
    public String legalBasis;

    public List<String> starts() {
        return codes(startEvents);
    }

    public List<String> pauses() {
        return codes(pauseEvents);
    }

    public List<String> resumes() {
        return codes(resumeEvents);
    }

    public List<String> stops() {
        return codes(stopEvents);
    }

    /** When this clock ends for a start on {@code start}, paused as given (pauses apply to working-day clocks). */
    public LocalDate deadline(WorkingDays days, LocalDate start, List<WorkingDays.Pause> pauses) {
        return switch (unit) {
            case WORKING_DAYS -> days.count(start, amount, cutiBersamaOff, pauses).deadline();
            case CALENDAR_DAYS -> start.plusDays(amount + pauses.stream()
                    .mapToLong(p -> p.resumedOn().toEpochDay() - p.pausedOn().toEpochDay()).sum());
            case DAY_OF_NEXT_MONTH -> YearMonth.from(start).plusMonths(1).atDay(Math.min(amount, 28));
            case ANNUAL_DATE -> {
                LocalDate due = LocalDate.of(start.getYear(), amount / 100, amount % 100);
                yield due.isBefore(start) ? due.plusYears(1) : due;
            }
        };
    }

    private static List<String> codes(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }
}
