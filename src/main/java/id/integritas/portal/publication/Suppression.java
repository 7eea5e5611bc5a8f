package id.integritas.portal.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression of one channel's public table (issue 9 §2, domain §7). Pure: it knows cells, their true
 * values and the linear relations a reader can use, nothing of cases or the database.
 * <ol>
 * <li><b>Primary</b>: a cell with {@code 0 < value < threshold} is hidden. Zero is shown: it says that nothing
 * happened, which discloses nobody (the usual statistical-disclosure practice); hiding zeros too would hide most of a
 * small office's WBS table for no protection. A hidden (never published) cell that is small, such as the cases carried
 * over, is protected the same way: it must not be recoverable, although it is never shown.</li>
 * <li><b>Complementary</b>: while some protected cell (a primary one, an inherited one, or one already hidden as a
 * complement) can still be worked out from what is shown, one more shown cell
 * of a relation that holds it is hidden (the one that makes it unrecoverable, else the smallest). "Worked out" is
 * checked two ways: <i>linear</i> (the cell's unit vector lies in the row space of the relations restricted to the
 * unknown cells, i.e. some combination of sums and differences of shown numbers gives it) and <i>bounds</i> (interval
 * propagation through the relations, knowing that every count is ≥ 0 and taking "&lt;3" literally as 0..threshold-1,
 * pins it to one value).</li>
 * </ol>
 * Cells a reader already knows from other publications (e.g. last month's "in process", which is this month's
 * "carried over") are fixed and never chosen; cells hidden in another publication ({@code inherited}) must stay
 * unrecoverable here whatever their value.
 */
public final class Suppression {

    public enum HidingKind {
        PRIMARY, COMPLEMENTARY
    }

    /** Why a shown cell was hidden: for the approval screen, never in the public content. */
    @io.quarkus.qute.TemplateData
    public record HiddenCell(String cell, HidingKind kind, String relation) {
    }

    /** A relation the reader can use: Σ coefficient × cell = 0. */
    public record Relation(String name, Map<String, Integer> terms) {
        public Relation {
            terms = new LinkedHashMap<>(terms);
        }
    }

    /**
     * @param suppressed    the shown cells to hide
     * @param notes         one per hidden cell, primary first
     * @param unprotectable protected cells that could not be protected because the reader knows enough from other
     *                      publications (nothing left to hide here); empty in every normal case
     */
    public record Result(Set<String> suppressed, List<HiddenCell> notes, List<String> unprotectable) {
    }

    private static final double INF = Double.POSITIVE_INFINITY;

    private final int threshold;
    private final Map<String, Long> values;
    private final Set<String> published;
    private final Set<String> known;
    private final List<Relation> relations;
    private final Set<String> primary = new LinkedHashSet<>();
    private Set<String> inherited = Set.of();

    private Suppression(int threshold, Map<String, Long> values, Set<String> published, Set<String> known,
            List<Relation> relations) {
        this.threshold = threshold;
        this.values = values;
        this.published = published;
        this.known = known;
        this.relations = relations;
    }

    /**
     * @param threshold cells with 0 &lt; value &lt; threshold are primary
     * @param values    every cell's true value: shown cells and hidden ones (relations may name only these)
     * @param published the cells the public content shows
     * @param known     cells whose value the reader knows from other publications (never hidden, fixed)
     * @param inherited cells that must stay unrecoverable whatever their value
     * @param relations the linear relations between the cells
     */
    public static Result apply(int threshold, Map<String, Long> values, Set<String> published, Set<String> known,
            Set<String> inherited, List<Relation> relations) {
        for (Relation r : relations) {
            for (String c : r.terms().keySet()) {
                if (!values.containsKey(c)) {
                    throw new IllegalArgumentException("relation " + r.name() + " names an unknown cell " + c);
                }
            }
        }
        return new Suppression(threshold, values, published, known, relations).run(inherited);
    }

    private Result run(Set<String> inherited) {
        this.inherited = inherited;
        Set<String> suppressed = new LinkedHashSet<>();
        List<HiddenCell> notes = new ArrayList<>();
        Set<String> protect = new LinkedHashSet<>();
        for (var e : values.entrySet()) {
            String c = e.getKey();
            long v = e.getValue();
            if (!known.contains(c) && v > 0 && v < threshold) {
                primary.add(c);
                protect.add(c);
                if (published.contains(c)) {
                    suppressed.add(c);
                    notes.add(new HiddenCell(c, HidingKind.PRIMARY, null));
                }
            }
        }
        for (String c : inherited) {
            if (values.containsKey(c) && !known.contains(c)) {
                protect.add(c);
                if (published.contains(c) && suppressed.add(c)) {
                    notes.add(new HiddenCell(c, HidingKind.COMPLEMENTARY, "earlierPublication"));
                }
            }
        }
        List<String> unprotectable = new ArrayList<>();
        for (int guard = 0; guard <= values.size() + 1; guard++) {
            String exposed = firstExposed(protect, suppressed);
            if (exposed == null) {
                break;
            }
            List<String> candidates = candidates(exposed, suppressed);
            if (candidates.isEmpty()) {
                unprotectable.add(exposed);
                protect.remove(exposed);
                continue;
            }
            String chosen = null;
            for (String c : candidates) {
                Set<String> trial = new LinkedHashSet<>(suppressed);
                trial.add(c);
                if (!recoverable(exposed, trial)) {
                    chosen = c;
                    break;
                }
            }
            if (chosen == null) {
                chosen = candidates.get(0);
            }
            suppressed.add(chosen);
            protect.add(chosen); // a hidden cell that could be worked out would be no hiding at all
            notes.add(new HiddenCell(chosen, HidingKind.COMPLEMENTARY, relationOf(exposed, chosen)));
        }
        return new Result(suppressed, notes, unprotectable);
    }

    private String firstExposed(Set<String> protect, Set<String> suppressed) {
        for (String p : protect) {
            if (recoverable(p, suppressed)) {
                return p;
            }
        }
        return null;
    }

    /** Shown, not yet hidden, not known cells of the relations that hold {@code cell}; smallest value first. */
    private List<String> candidates(String cell, Set<String> suppressed) {
        Set<String> out = new LinkedHashSet<>();
        for (Relation r : relations) {
            if (r.terms().containsKey(cell)) {
                for (String c : r.terms().keySet()) {
                    if (published.contains(c) && !suppressed.contains(c) && !known.contains(c)) {
                        out.add(c);
                    }
                }
            }
        }
        List<String> list = new ArrayList<>(out);
        list.sort((a, b) -> Long.compare(values.get(a), values.get(b)));
        return list;
    }

    private String relationOf(String exposed, String chosen) {
        for (Relation r : relations) {
            if (r.terms().containsKey(exposed) && r.terms().containsKey(chosen)) {
                return r.name();
            }
        }
        return null;
    }

    /** Cells a reader does not see: hidden shown cells and never-shown cells they do not know from elsewhere. */
    private Set<String> unknowns(Set<String> suppressed) {
        Set<String> u = new LinkedHashSet<>();
        for (String c : values.keySet()) {
            if (!known.contains(c) && (suppressed.contains(c) || !published.contains(c))) {
                u.add(c);
            }
        }
        return u;
    }

    /** Whether a reader of the shown cells (and the known ones) can work out {@code cell}. */
    boolean recoverable(String cell, Set<String> suppressed) {
        Set<String> u = unknowns(suppressed);
        if (!u.contains(cell)) {
            return true;
        }
        return linear(cell, u) || pinned(cell, u);
    }

    /** e_cell ∈ rowspace(A_U) ⇔ rank(A_U without the cell's column) = rank(A_U) − 1. */
    private boolean linear(String cell, Set<String> u) {
        List<String> cols = new ArrayList<>(u);
        List<String> without = new ArrayList<>(u);
        without.remove(cell);
        return rank(matrix(cols)) - 1 == rank(matrix(without));
    }

    private double[][] matrix(List<String> cols) {
        double[][] m = new double[relations.size()][cols.size()];
        for (int i = 0; i < relations.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                Integer a = relations.get(i).terms().get(cols.get(j));
                m[i][j] = a == null ? 0 : a;
            }
        }
        return m;
    }

    static int rank(double[][] m) {
        int rows = m.length, cols = rows == 0 ? 0 : m[0].length, rank = 0;
        double[][] a = new double[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = m[i].clone();
        }
        for (int col = 0; col < cols && rank < rows; col++) {
            int pivot = -1;
            for (int r = rank; r < rows; r++) {
                if (Math.abs(a[r][col]) > 1e-9 && (pivot < 0 || Math.abs(a[r][col]) > Math.abs(a[pivot][col]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] tmp = a[pivot];
            a[pivot] = a[rank];
            a[rank] = tmp;
            for (int r = 0; r < rows; r++) {
                if (r != rank && Math.abs(a[r][col]) > 1e-9) {
                    double f = a[r][col] / a[rank][col];
                    for (int c = col; c < cols; c++) {
                        a[r][c] -= f * a[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * Interval propagation through the relations until nothing narrows; pinned when the cell has one value left. The
     * reader knows every count is ≥ 0; a shown "&lt;3" may be taken literally (0..threshold-1), which is right when
     * every hidden shown cell is in fact under the threshold, and then used as the tighter bound. (A reader cannot
     * tell a primary cell from a complementary one: both read "&lt;3".)
     */
    private boolean pinned(String cell, Set<String> u) {
        boolean literal = true;
        for (String c : u) {
            if (shownHidden(c) && values.get(c) >= threshold) {
                literal = false;
            }
        }
        Map<String, double[]> b = new LinkedHashMap<>();
        for (String c : values.keySet()) {
            double v = values.get(c);
            if (!u.contains(c)) {
                b.put(c, new double[] { v, v });
            } else if (literal && shownHidden(c)) {
                b.put(c, new double[] { 0, threshold - 1 });
            } else {
                b.put(c, new double[] { 0, INF });
            }
        }
        for (int round = 0; round < 50; round++) {
            boolean narrowed = false;
            for (Relation r : relations) {
                for (var target : r.terms().entrySet()) {
                    String t = target.getKey();
                    if (!u.contains(t)) {
                        continue;
                    }
                    double lo = 0, hi = 0; // Σ over the other terms
                    for (var other : r.terms().entrySet()) {
                        if (other.getKey().equals(t)) {
                            continue;
                        }
                        double[] o = b.get(other.getKey());
                        int a = other.getValue();
                        lo += a > 0 ? a * o[0] : a * o[1];
                        hi += a > 0 ? a * o[1] : a * o[0];
                    }
                    int a = target.getValue();
                    // a·x = −(Σ others)
                    double xlo = a > 0 ? -hi / a : -lo / a, xhi = a > 0 ? -lo / a : -hi / a;
                    double[] cur = b.get(t);
                    double nlo = Math.max(cur[0], Math.ceil(xlo - 1e-9)), nhi = Math.min(cur[1], Math.floor(xhi + 1e-9));
                    if (nlo > cur[0] || nhi < cur[1]) {
                        cur[0] = nlo;
                        cur[1] = nhi;
                        narrowed = true;
                    }
                }
            }
            if (!narrowed) {
                break;
            }
        }
        double[] x = b.get(cell);
        return x[0] <= x[1] && x[1] - x[0] < 0.5;
    }

    /**
     * Whether a reader can work out {@code cell} by sums and differences alone, knowing every cell but
     * {@code unknowns} (values are not needed: used on published tables, whose hidden values are not at hand).
     */
    public static boolean linearlyDetermined(String cell, Set<String> unknowns, List<Relation> relations) {
        if (!unknowns.contains(cell)) {
            return true;
        }
        Map<String, Long> values = new LinkedHashMap<>();
        unknowns.forEach(u -> values.put(u, 0L));
        Suppression s = new Suppression(1, values, Set.of(), Set.of(), relations);
        return s.linear(cell, unknowns);
    }

    /** A cell a reader sees as "&lt;3": hidden here, or (inherited) hidden in another publication. */
    private boolean shownHidden(String c) {
        return published.contains(c) || inherited.contains(c);
    }

    /** Helper for callers: a relation Σ parts − total = 0. */
    public static Relation sum(String name, String total, Collection<String> parts) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (String p : parts) {
            terms.merge(p, 1, Integer::sum);
        }
        terms.merge(total, -1, Integer::sum);
        return new Relation(name, terms);
    }
}
