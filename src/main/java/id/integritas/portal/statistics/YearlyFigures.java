package id.integritas.portal.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One channel's yearly view (issue 9 §1, §6): the stored reports of the year's finished months, one row each, and the
 * year's figures. A figure is the sum of the monthly ones only where each case (or clock, rating, step) falls in
 * exactly one month: intake, closings, clocks that stopped, ratings, gratification steps, declarations and control
 * measures. The others are taken where they are true for the year: cases carried over into the year from its first
 * month, open cases at the year's end and clocks overdue at the year's end from its last month (the stored open cases
 * at that month's end), the employees' register share from the last month (it counts registers filed in the year so
 * far). The median and mean working days to close are computed over every closing of the year from the months'
 * stored distributions (never a median of medians); they are null when a month was stored before the distributions
 * were kept. Percentages are recomputed from the year's counts.
 */
@io.quarkus.qute.TemplateData
public record YearlyFigures(
        String channel,
        int year,
        List<String> months,
        long received,
        Map<String, Long> byMedium,
        Map<String, Long> byClassification,
        Map<String, Long> byService,
        Map<String, Long> byProblemType,
        Map<String, Long> byCategory,
        long carriedOverIntoYear,
        Map<String, Long> openAtYearEnd,
        long closed,
        Double medianWorkingDaysToClose,
        Double meanWorkingDaysToClose,
        List<ChannelFigures.ClockCompliance> compliance,
        long overdueAtYearEnd,
        ChannelFigures.Gratification gratification,
        ChannelFigures.Conflict conflict,
        ChannelFigures.Ratings ratings,
        List<MonthRow> byMonth) {

    /** One finished month of the year as its stored report holds it. */
    @io.quarkus.qute.TemplateData
    public record MonthRow(String month, long received, long carriedOver, long mustFollowUp, long finished,
            Double handledPercent, long closed, Double medianWorkingDaysToClose, Double meanWorkingDaysToClose,
            long overdueTotal) {
    }

    /** A stored month: its figures, closings per number of working days (null if not kept) and its open cases' states. */
    public record StoredMonth(ChannelFigures figures, Map<Integer, Long> closeDays, Map<String, Long> openAtEnd) {
    }

    /** The year's figures of one channel from its stored months, in calendar order (none: an empty year). */
    public static YearlyFigures of(String channel, int year, List<StoredMonth> stored) {
        List<String> months = new ArrayList<>();
        List<MonthRow> rows = new ArrayList<>();
        long received = 0, closed = 0;
        Map<String, Long> medium = new TreeMap<>(), classification = new TreeMap<>(), service = new TreeMap<>(),
                problem = new TreeMap<>(), category = new TreeMap<>();
        Map<Integer, Long> days = new TreeMap<>();
        boolean allDays = !stored.isEmpty();
        Map<String, long[]> clocks = new TreeMap<>();
        for (StoredMonth s : stored) {
            ChannelFigures f = s.figures();
            months.add(f.month());
            rows.add(new MonthRow(f.month(), f.received(), f.carriedOver(), f.mustFollowUp(), f.finished(),
                    f.handledPercent(), f.closed(), f.medianWorkingDaysToClose(), f.meanWorkingDaysToClose(), f.overdueTotal()));
            received += f.received();
            closed += f.closed();
            sum(medium, f.byMedium());
            sum(classification, f.byClassification());
            sum(service, f.byService());
            sum(problem, f.byProblemType());
            sum(category, f.byCategory());
            if (s.closeDays() == null) {
                allDays = false;
            } else {
                s.closeDays().forEach((d, n) -> days.merge(d, n, Long::sum));
            }
            for (ChannelFigures.ClockCompliance c : f.compliance()) {
                long[] x = clocks.computeIfAbsent(c.clock(), k -> new long[3]);
                x[0] += c.met();
                x[1] += c.late();
            }
        }
        StoredMonth first = stored.isEmpty() ? null : stored.get(0), last = stored.isEmpty() ? null : stored.get(stored.size() - 1);
        List<ChannelFigures.ClockCompliance> compliance = new ArrayList<>();
        if (last != null) {
            last.figures().compliance().forEach(c -> clocks.computeIfAbsent(c.clock(), k -> new long[3])[2] = c.overdueAtMonthEnd());
        }
        clocks.forEach((clock, x) -> compliance.add(new ChannelFigures.ClockCompliance(clock, x[0], x[1], x[2],
                MonthlyFigures.percent(x[0], x[0] + x[1] + x[2]))));
        Double median = null, mean = null;
        if (allDays && !days.isEmpty()) {
            median = median(days);
            long n = 0, total = 0;
            for (var e : days.entrySet()) {
                n += e.getValue();
                total += (long) e.getKey() * e.getValue();
            }
            mean = MonthlyFigures.round((double) total / n);
        }
        return new YearlyFigures(channel, year, months, received, medium, classification, service, problem, category,
                first == null ? 0 : first.figures().carriedOver(),
                last == null ? new TreeMap<>() : new TreeMap<>(last.openAtEnd()), closed, median, mean, compliance,
                last == null ? 0 : last.figures().overdueTotal(), gratification(stored), conflict(stored, last),
                ratings(stored), rows);
    }

    /** The median of a distribution of whole numbers (the mean of the two middle values for an even count). */
    static Double median(Map<Integer, Long> distribution) {
        long n = distribution.values().stream().mapToLong(Long::longValue).sum();
        long lower = (n - 1) / 2, upper = n / 2; // 0-based positions of the middle value(s)
        Integer a = null, b = null;
        long seen = 0;
        for (var e : distribution.entrySet()) {
            long next = seen + e.getValue();
            if (a == null && lower < next) {
                a = e.getKey();
            }
            if (b == null && upper < next) {
                b = e.getKey();
                break;
            }
            seen = next;
        }
        return (a + b) / 2.0;
    }

    private static void sum(Map<String, Long> into, Map<String, Long> add) {
        if (add != null) {
            add.forEach((k, v) -> into.merge(k, v, Long::sum));
        }
    }

    private static ChannelFigures.Gratification gratification(List<StoredMonth> stored) {
        ChannelFigures.Gratification out = null;
        for (StoredMonth s : stored) {
            ChannelFigures.Gratification g = s.figures().gratification();
            if (g == null) {
                continue;
            }
            if (out == null) {
                out = g;
                continue;
            }
            Map<String, Long> kinds = new TreeMap<>(out.objectsByKind()), outcomes = new TreeMap<>(out.kpkOutcomes());
            sum(kinds, g.objectsByKind());
            sum(outcomes, g.kpkOutcomes());
            out = new ChannelFigures.Gratification(out.received() + g.received(), out.refused() + g.refused(), kinds,
                    out.totalValueIdr().add(g.totalValueIdr() == null ? BigDecimal.ZERO : g.totalValueIdr()),
                    out.exempted() + g.exempted(), out.forwardedToKpk() + g.forwardedToKpk(), outcomes,
                    out.handedOver() + g.handedOver());
        }
        return out;
    }

    private static ChannelFigures.Conflict conflict(List<StoredMonth> stored, StoredMonth last) {
        if (last == null || last.figures().conflict() == null) {
            return null;
        }
        long declarations = 0;
        Map<String, Long> measures = new TreeMap<>();
        for (StoredMonth s : stored) {
            ChannelFigures.Conflict c = s.figures().conflict();
            if (c != null) {
                declarations += c.declarations();
                sum(measures, c.controlMeasures());
            }
        }
        ChannelFigures.Conflict end = last.figures().conflict();
        return new ChannelFigures.Conflict(end.employees(), end.withCurrentRegister(), end.registerPercent(), declarations,
                measures);
    }

    private static ChannelFigures.Ratings ratings(List<StoredMonth> stored) {
        long count = 0, notSatisfied = 0, reopened = 0;
        Map<String, Long> distribution = new LinkedHashMap<>();
        boolean any = false;
        for (StoredMonth s : stored) {
            ChannelFigures.Ratings r = s.figures().ratings();
            if (r == null) {
                continue;
            }
            any = true;
            count += r.count();
            notSatisfied += r.notSatisfied();
            reopened += r.notSatisfiedReopened();
            sum(distribution, r.distribution());
        }
        if (!any) {
            return null;
        }
        long total = 0;
        for (var e : distribution.entrySet()) {
            total += Long.parseLong(e.getKey()) * e.getValue();
        }
        return new ChannelFigures.Ratings(count, count == 0 ? null : MonthlyFigures.round((double) total / count),
                distribution, notSatisfied, reopened, MonthlyFigures.percent(reopened, notSatisfied));
    }
}
