package id.integritas.portal.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.statistics.ChannelFigures;
import id.integritas.portal.statistics.MonthlyFigures;

/**
 * One channel's public aggregates (domain §7) from its stored internal monthly figures: only counts and ratios,
 * never the overdue list, codes of services or categories, values of gifts or any text. WBS and GRT go through
 * {@link Suppression}; ADU and BKP are shown as they are (no small-cell rule in §7 for them).
 * <p>
 * Cells: {@code received}, {@code finished}, {@code inProcess}, {@code status.<STATE>} for every state of the channel
 * (zero included, so the shape never tells which states occur), and the hidden {@code carriedOver}. Relations a reader
 * can use: the open states sum to {@code inProcess}; the finished states to {@code finished}; {@code carriedOver +
 * received = finished + inProcess}; and across months {@code carriedOver} = the previous month's {@code inProcess}.
 */
public final class PublicContent {

    public static final Set<Channel> SUPPRESSED_CHANNELS = Set.of(Channel.WBS, Channel.GRT);

    /**
     * What other publications already tell a reader about this month's channel: last month's inProcess (this month's
     * carriedOver) was shown (known) or hidden; next month's carriedOver (this month's inProcess) can be worked out
     * there (known) or not (then this month must not show its inProcess either, or next month's hidden cells would
     * follow from it).
     */
    public record Neighbours(boolean carriedOverKnown, boolean carriedOverHidden, boolean inProcessKnown,
            boolean inProcessHidden) {
        public static final Neighbours NONE = new Neighbours(false, false, false, false);

        public Neighbours(boolean carriedOverKnown, boolean carriedOverHidden, boolean inProcessKnown) {
            this(carriedOverKnown, carriedOverHidden, inProcessKnown, false);
        }
    }

    /** The channel's public figures and, for the approval screen only, why cells were hidden. */
    public record Built(ChannelSummary summary, List<Suppression.HiddenCell> notes, List<String> unprotectable) {
    }

    private PublicContent() {
    }

    public static final String RECEIVED = "received", FINISHED = "finished", IN_PROCESS = "inProcess",
            CARRIED_OVER = "carriedOver", STATUS = "status.";

    /**
     * @param improvements ADU only (null elsewhere): see docs/design.md "Public monthly summary"
     */
    public static Built build(ChannelFigures f, int threshold, Neighbours n, Long improvements) {
        Channel ch = Channel.valueOf(f.channel());
        Map<String, Long> status = new TreeMap<>();
        for (WorkflowStatus s : WorkflowStatus.all(ch)) {
            status.put(s.name(), 0L);
        }
        f.statusAtMonthEnd().forEach((k, v) -> status.merge(k, v, Long::sum));
        Set<String> finishedStates = MonthlyFigures.finishedStates(ch);
        List<String> open = new ArrayList<>(), done = new ArrayList<>();
        long inProcess = 0;
        for (var e : status.entrySet()) {
            boolean closed = WorkflowStatus.find(ch, e.getKey()).map(WorkflowStatus::closed).orElse(false);
            if (!closed) {
                open.add(STATUS + e.getKey());
                inProcess += e.getValue();
            } else if (finishedStates.contains(e.getKey())) {
                done.add(STATUS + e.getKey());
            }
        }
        long met = 0, notMet = 0;
        for (ChannelFigures.ClockCompliance c : f.compliance()) {
            met += c.met();
            notMet += c.late() + c.overdueAtMonthEnd();
        }
        Double onTime = percent(met, met + notMet);
        Double satisfied = null;
        if (ch == Channel.ADU && f.ratings() != null && f.ratings().count() > 0) {
            satisfied = percent(f.ratings().count() - f.ratings().notSatisfied(), f.ratings().count());
        }
        Cell improvementsCell = ch == Channel.ADU ? Cell.of(improvements == null ? 0 : improvements) : null;
        if (!SUPPRESSED_CHANNELS.contains(ch)) {
            Map<String, Cell> cells = new TreeMap<>();
            status.forEach((k, v) -> cells.put(k, Cell.of(v)));
            return new Built(new ChannelSummary(ch.name(), Cell.of(f.received()), Cell.of(f.finished()), Cell.of(inProcess),
                    cells, f.handledPercent(), onTime, f.meanWorkingDaysToClose(), improvementsCell, satisfied), List.of(),
                    List.of());
        }
        Map<String, Long> values = new LinkedHashMap<>();
        values.put(RECEIVED, f.received());
        values.put(FINISHED, f.finished());
        values.put(IN_PROCESS, inProcess);
        status.forEach((k, v) -> values.put(STATUS + k, v));
        values.put(CARRIED_OVER, f.carriedOver());
        Set<String> published = new LinkedHashSet<>(values.keySet());
        published.remove(CARRIED_OVER);
        Set<String> known = new LinkedHashSet<>();
        Set<String> inherited = new LinkedHashSet<>();
        if (n.carriedOverKnown()) {
            known.add(CARRIED_OVER);
        } else if (n.carriedOverHidden()) {
            inherited.add(CARRIED_OVER);
        }
        if (n.inProcessKnown()) {
            known.add(IN_PROCESS);
        } else if (n.inProcessHidden()) {
            inherited.add(IN_PROCESS);
        }
        List<Suppression.Relation> relations = relations(open, done);
        Suppression.Result r = Suppression.apply(threshold, values, published, known, inherited, relations);
        Set<String> hidden = r.suppressed();
        Map<String, Cell> cells = new TreeMap<>();
        status.forEach((k, v) -> cells.put(k, cell(STATUS + k, v, hidden, threshold)));
        boolean finishedShown = !hidden.contains(FINISHED) && !hidden.contains(IN_PROCESS);
        Double finishedPercent = finishedShown ? f.handledPercent() : null;
        if (small(met, threshold) || small(notMet, threshold) || small(met + notMet, threshold)) {
            onTime = null;
        }
        Double average = small(f.closed(), threshold) ? null : f.meanWorkingDaysToClose();
        ChannelSummary summary = new ChannelSummary(ch.name(), cell(RECEIVED, f.received(), hidden, threshold),
                cell(FINISHED, f.finished(), hidden, threshold), cell(IN_PROCESS, inProcess, hidden, threshold), cells,
                finishedPercent, onTime, average, improvementsCell, satisfied);
        return new Built(summary, r.notes(), r.unprotectable());
    }

    /** The relations of one month's table, named by key (publication.relation.* in the bundles) (the cross-month one is expressed through known / inherited carriedOver). */
    public static List<Suppression.Relation> relations(List<String> openCells, List<String> finishedCells) {
        List<Suppression.Relation> out = new ArrayList<>();
        out.add(Suppression.sum("statusOpen", IN_PROCESS, openCells));
        out.add(Suppression.sum("statusFinished", FINISHED, finishedCells));
        Map<String, Integer> carry = new LinkedHashMap<>();
        carry.put(CARRIED_OVER, 1);
        carry.put(RECEIVED, 1);
        carry.put(FINISHED, -1);
        carry.put(IN_PROCESS, -1);
        out.add(new Suppression.Relation("carriedOver", carry));
        return out;
    }

    private static boolean small(long v, int threshold) {
        return v > 0 && v < threshold;
    }

    private static Cell cell(String name, long value, Set<String> hidden, int threshold) {
        return hidden.contains(name) ? Cell.suppressed(threshold) : Cell.of(value);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(100.0 * part / whole).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
