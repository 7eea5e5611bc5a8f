package id.integritas.portal.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One channel's internal monthly report figures (domain §7, issue 9 §1 and §7), as stored in
 * {@code monthly_report.figures}. Maps are sorted by key; counts never carry content or identities, the overdue
 * list only registration numbers. Definitions in docs/design.md ("Internal monthly reports").
 */
@io.quarkus.qute.TemplateData
public record ChannelFigures(
        String channel,
        String month,
        long received,
        Map<String, Long> byMedium,
        Map<String, Long> byClassification,
        Map<String, Long> byService,
        Map<String, Long> byProblemType,
        Map<String, Long> byCategory,
        long carriedOver,
        Map<String, Long> statusAtMonthEnd,
        long mustFollowUp,
        long finished,
        Double handledPercent,
        List<ClockCompliance> compliance,
        long closed,
        Double medianWorkingDaysToClose,
        Double meanWorkingDaysToClose,
        long overdueTotal,
        List<OverdueCase> overdue,
        Gratification gratification,
        Conflict conflict,
        Ratings ratings) {

    /** Maps sorted by key whatever they were read from (jsonb keeps its own key order). */
    public ChannelFigures {
        byMedium = sorted(byMedium);
        byClassification = sorted(byClassification);
        byService = sorted(byService);
        byProblemType = sorted(byProblemType);
        byCategory = sorted(byCategory);
        statusAtMonthEnd = sorted(statusAtMonthEnd);
    }

    static Map<String, Long> sorted(Map<String, Long> map) {
        return map == null ? new java.util.TreeMap<>() : new java.util.TreeMap<>(map);
    }

    /**
     * One deadline clock: clocks that stopped in the month on or before their due date (met) or after it (late),
     * and clocks still running at the month's end past their due date (overdue).
     */
    public record ClockCompliance(String clock, long met, long late, long overdueAtMonthEnd, Double onTimePercent) {
    }

    /** A case with a clock running past its due date at the month's end: number, clock and due date only. */
    public record OverdueCase(String registrationNumber, String clock, LocalDate dueOn) {
    }

    /** Gratification (GRT): reports received in the month by type and kind, and the UPG's steps dated in the month. */
    public record Gratification(long received, long refused, Map<String, Long> objectsByKind, BigDecimal totalValueIdr,
            long exempted, long forwardedToKpk, Map<String, Long> kpkOutcomes, long handedOver) {
        public Gratification {
            objectsByKind = sorted(objectsByKind);
            kpkOutcomes = sorted(kpkOutcomes);
        }
    }

    /**
     * Conflict of interest (BKP): employees (enabled accounts with role PEGAWAI) with an annual register filed in
     * the month's year by the month's end, declarations filed in the month and control measures decided in it.
     */
    public record Conflict(long employees, long withCurrentRegister, Double registerPercent, long declarations,
            Map<String, Long> controlMeasures) {
        public Conflict {
            controlMeasures = sorted(controlMeasures);
        }
    }

    /** Complaint reporters' ratings given in the month (§7). */
    public record Ratings(long count, Double average, Map<String, Long> distribution, long notSatisfied,
            long notSatisfiedReopened, Double reopenedPercent) {
        public Ratings {
            distribution = sorted(distribution);
        }
    }
}
