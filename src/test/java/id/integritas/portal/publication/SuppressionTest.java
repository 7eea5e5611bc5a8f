package id.integritas.portal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.statistics.ChannelFigures;
import id.integritas.portal.statistics.MonthlyFigures;

/**
 * Small-cell suppression: primary and complementary cells, percentages, and an attacker who tries to work out every
 * hidden cell from what two consecutive published months show (sums, differences, non-negativity), and fails.
 */
class SuppressionTest {

    static final int T = 3;

    static ChannelFigures figures(Channel ch, long carriedOver, Map<String, Long> status) {
        long total = status.values().stream().mapToLong(Long::longValue).sum();
        long finished = 0;
        for (var e : status.entrySet()) {
            if (MonthlyFigures.finishedStates(ch).contains(e.getKey())) {
                finished += e.getValue();
            }
        }
        Double handled = total == 0 ? null : Math.round(1000.0 * finished / total) / 10.0;
        return new ChannelFigures(ch.name(), "2026-10", total - carriedOver, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                carriedOver, status, total, finished, handled,
                List.of(new ChannelFigures.ClockCompliance("W1", 1, 0, 0, 100.0)), finished, null, 4.0, 0, List.of(),
                null, null, null);
    }

    @Test
    void aSmallCellIsHiddenAndZeroIsShown() {
        Map<String, Long> status = new TreeMap<>(Map.of("DITERIMA", 1L, "SELESAI", 5L, "TELAAH", 4L));
        PublicContent.Built b = PublicContent.build(figures(Channel.WBS, 0, status), T, PublicContent.Neighbours.NONE, null);
        ChannelSummary s = b.summary();
        assertTrue(s.statusAtMonthEnd().get("DITERIMA").isSuppressed());
        assertEquals("<3", s.statusAtMonthEnd().get("DITERIMA").json());
        assertEquals(Cell.of(0), s.statusAtMonthEnd().get("VERIFIKASI"), "zero is shown");
        // DITERIMA 1 + TELAAH 4 = inProcess 5: one more open cell (TELAAH or inProcess) must be hidden
        long hiddenOpen = s.statusAtMonthEnd().entrySet().stream()
                .filter(e -> !WorkflowStatus.of(Channel.WBS, e.getKey()).closed() && e.getValue().isSuppressed()).count()
                + (s.inProcess().isSuppressed() ? 1 : 0);
        assertTrue(hiddenOpen >= 2, s.toString());
        assertTrue(b.notes().stream().anyMatch(n -> n.kind() == Suppression.HidingKind.PRIMARY && n.cell().equals("status.DITERIMA")));
        assertTrue(b.notes().stream().anyMatch(n -> n.kind() == Suppression.HidingKind.COMPLEMENTARY && n.relation() != null));
        assertNull(s.improvements(), "improvements are for complaints only");
    }

    @Test
    void percentagesOfHiddenCellsAreNull() {
        Map<String, Long> status = new TreeMap<>(Map.of("DITERIMA", 2L, "SELESAI", 7L));
        ChannelSummary s = PublicContent.build(figures(Channel.WBS, 0, status),
                T, PublicContent.Neighbours.NONE, null).summary();
        assertTrue(s.inProcess().isSuppressed());
        assertNull(s.finishedPercent(), "the handled percentage would reveal inProcess");
        assertNull(s.onTimePercent(), "one clock met: 1 of 1");
        ChannelSummary big = PublicContent.build(figures(Channel.WBS, 0, new TreeMap<>(Map.of("TELAAH", 4L, "SELESAI", 6L))), T,
                PublicContent.Neighbours.NONE, null).summary();
        assertFalse(big.inProcess().isSuppressed());
        assertNotNull(big.finishedPercent());
        assertEquals(60.0, big.finishedPercent());
    }

    @Test
    void complaintsAndConflictsAreNotSuppressed() {
        Map<String, Long> status = new TreeMap<>(Map.of("DIPROSES", 1L, "SELESAI", 1L));
        ChannelSummary s = PublicContent.build(figures(Channel.ADU, 0, status), T, PublicContent.Neighbours.NONE, 2L).summary();
        assertEquals(Cell.of(1), s.statusAtMonthEnd().get("DIPROSES"));
        assertEquals(Cell.of(2), s.improvements());
    }

    @Test
    void aCarriedOverHiddenLastMonthStaysHidden() {
        // last month's inProcess (1) was hidden: this month carriedOver = 1 must not follow from received/finished/inProcess
        Map<String, Long> status = new TreeMap<>(Map.of("TELAAH", 5L, "SELESAI", 4L));
        ChannelSummary s = PublicContent.build(figures(Channel.WBS, 1, status), T,
                new PublicContent.Neighbours(false, true, false), null).summary();
        assertTrue(s.received().isSuppressed() || s.finished().isSuppressed() || s.inProcess().isSuppressed(), s.toString());
    }

    // ---- the attacker -------------------------------------------------------------------------------------------

    /** One channel-month as published: cell → value or null (hidden); and the true values. */
    record Published(Map<String, Long> shown, Map<String, Long> truth) {
    }

    static Published publish(PublicContent.Built b, ChannelFigures f) {
        Map<String, Long> shown = new LinkedHashMap<>(), truth = new LinkedHashMap<>();
        ChannelSummary s = b.summary();
        put(shown, truth, "received", s.received(), f.received());
        put(shown, truth, "finished", s.finished(), f.finished());
        long inProcess = 0;
        for (var e : s.statusAtMonthEnd().entrySet()) {
            long v = f.statusAtMonthEnd().getOrDefault(e.getKey(), 0L);
            put(shown, truth, "status." + e.getKey(), e.getValue(), v);
            if (!WorkflowStatus.of(Channel.valueOf(f.channel()), e.getKey()).closed()) {
                inProcess += v;
            }
        }
        put(shown, truth, "inProcess", s.inProcess(), inProcess);
        shown.put("carriedOver", null);
        truth.put("carriedOver", f.carriedOver());
        return new Published(shown, truth);
    }

    static void put(Map<String, Long> shown, Map<String, Long> truth, String name, Cell c, long value) {
        shown.put(name, c.isSuppressed() ? null : c.value());
        if (!c.isSuppressed()) {
            assertEquals(value, c.value(), name);
        }
        truth.put(name, value);
    }

    /**
     * Everything the attacker can write down: per month the open states sum to inProcess, the finished ones to
     * finished, carriedOver + received = finished + inProcess; between months carriedOver(m2) = inProcess(m1). For
     * each hidden cell the attacker looks for a second value that fits every relation with all counts in 0..bound
     * (propagation through the relations, interval pruning, search of what stays free): none means it is recovered.
     * When every hidden shown cell is in fact under the threshold the attacker also takes "<3" literally (0..2).
     * Returns the hidden cells that have no second value.
     */
    static List<String> attack(Channel ch, List<Published> months, long bound) {
        Map<String, Long> known = new HashMap<>(), truth = new HashMap<>();
        List<Map<String, Integer>> relations = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int m = 0; m < months.size(); m++) {
            String p = "m" + m + ".";
            Map<String, Integer> open = new HashMap<>(), done = new HashMap<>(), carry = new HashMap<>();
            for (var e : months.get(m).shown().entrySet()) {
                truth.put(p + e.getKey(), months.get(m).truth().get(e.getKey()));
                if (e.getValue() == null) {
                    unknown.add(p + e.getKey());
                } else {
                    known.put(p + e.getKey(), e.getValue());
                }
                if (e.getKey().startsWith("status.")) {
                    String st = e.getKey().substring(7);
                    if (!WorkflowStatus.of(ch, st).closed()) {
                        open.put(p + e.getKey(), 1);
                    } else {
                        done.put(p + e.getKey(), 1);
                    }
                }
            }
            open.put(p + "inProcess", -1);
            done.put(p + "finished", -1);
            carry.put(p + "carriedOver", 1);
            carry.put(p + "received", 1);
            carry.put(p + "finished", -1);
            carry.put(p + "inProcess", -1);
            relations.add(open);
            relations.add(done);
            relations.add(carry);
            if (m > 0) {
                relations.add(Map.of(p + "carriedOver", 1, "m" + (m - 1) + ".inProcess", -1));
            }
        }
        // a reader may take "<3" literally (0..2): right when every hidden shown cell is in fact under 3
        boolean literal = unknown.stream().filter(u -> !u.endsWith("carriedOver")).allMatch(u -> truth.get(u) < T);
        Map<String, Long> upper = new HashMap<>();
        unknown.forEach(u -> upper.put(u, literal && !u.endsWith("carriedOver") ? T - 1 : bound));
        List<String> recovered = new ArrayList<>();
        for (String x : unknown) {
            long t = truth.get(x);
            boolean other = false;
            for (long d = 1; d <= upper.get(x) && !other; d++) {
                for (long v : new long[] { t - d, t + d }) {
                    if (v >= 0 && v <= upper.get(x) && !other) {
                        Map<String, Long> a = new HashMap<>();
                        a.put(x, v);
                        other = feasible(relations, known, a, unknown, upper, truth, new int[] { 0 });
                    }
                }
            }
            if (!other) {
                recovered.add(x);
            }
        }
        return recovered;
    }

    static boolean feasible(List<Map<String, Integer>> relations, Map<String, Long> known, Map<String, Long> assigned,
            List<String> unknown, Map<String, Long> upper, Map<String, Long> truth, int[] budget) {
        if (++budget[0] > 200_000) {
            throw new IllegalStateException("search too large");
        }
        Map<String, Long> a = new HashMap<>(assigned);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Map<String, Integer> r : relations) {
                String free = null;
                int frees = 0;
                long sum = 0, lo = 0, hi = 0;
                for (var e : r.entrySet()) {
                    Long v = known.containsKey(e.getKey()) ? known.get(e.getKey()) : a.get(e.getKey());
                    if (v == null) {
                        free = e.getKey();
                        frees++;
                        lo += Math.min(0, e.getValue() * upper.get(e.getKey()));
                        hi += Math.max(0, e.getValue() * upper.get(e.getKey()));
                    } else {
                        sum += e.getValue() * v;
                    }
                }
                if (sum + lo > 0 || sum + hi < 0) {
                    return false;
                }
                if (frees == 1) {
                    int c = r.get(free);
                    if (sum % c != 0) {
                        return false;
                    }
                    long v = -sum / c;
                    if (v < 0 || v > upper.get(free)) {
                        return false;
                    }
                    a.put(free, v);
                    progress = true;
                }
            }
        }
        String next = unknown.stream().filter(u -> !a.containsKey(u)).findFirst().orElse(null);
        if (next == null) {
            return true;
        }
        long t = truth.get(next);
        long max = upper.get(next);
        for (long d = 0; d <= max; d++) {
            for (long v : d == 0 ? new long[] { t } : new long[] { t - d, t + d }) {
                if (v >= 0 && v <= max) {
                    Map<String, Long> b = new HashMap<>(a);
                    b.put(next, v);
                    if (feasible(relations, known, b, unknown, upper, truth, budget)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static Map<String, Long> randomStatus(Random rnd, Channel ch, long atLeast) {
        Map<String, Long> status = new TreeMap<>();
        for (WorkflowStatus s : WorkflowStatus.all(ch)) {
            int roll = rnd.nextInt(10);
            long v = roll < 6 ? 0 : roll < 9 ? 1 + rnd.nextInt(2) : 3 + rnd.nextInt(3);
            if (v > 0) {
                status.put(s.name(), v);
            }
        }
        long total = status.values().stream().mapToLong(Long::longValue).sum();
        if (total < atLeast) {
            status.merge(WorkflowStatus.all(ch)[0].name(), atLeast - total, Long::sum);
        }
        return status;
    }

    @Test
    void theAttackerRecoversNoHiddenCellWithinAMonthOrAcrossTwo() {
        Random rnd = new Random(20261031);
        int hiddenChecked = 0, primaryChecked = 0, flaggedTrials = 0;
        for (int trial = 0; trial < 150; trial++) {
            Channel ch = trial % 2 == 0 ? Channel.WBS : Channel.GRT;
            Map<String, Long> s1 = randomStatus(rnd, ch, 0);
            long total1 = s1.values().stream().mapToLong(Long::longValue).sum();
            long carried1 = total1 == 0 ? 0 : rnd.nextInt((int) total1 + 1);
            ChannelFigures f1 = figures(ch, carried1, s1);
            PublicContent.Built b1 = PublicContent.build(f1, T, PublicContent.Neighbours.NONE, null);
            long inProcess1 = b1.summary().statusAtMonthEnd().keySet().stream()
                    .filter(k -> !WorkflowStatus.of(ch, k).closed()).mapToLong(k -> s1.getOrDefault(k, 0L)).sum();
            // month 2 carries month 1's open cases over
            Map<String, Long> s2 = randomStatus(rnd, ch, inProcess1);
            ChannelFigures f2 = figures(ch, inProcess1, s2);
            boolean p1Hidden = b1.summary().inProcess().isSuppressed();
            PublicContent.Built b2 = PublicContent.build(f2, T, new PublicContent.Neighbours(!p1Hidden, p1Hidden, false), null);
            // A month can be past saving only through what an earlier publication already told (e.g. 4 carried over and
            // every figure "<3" gives 2 + 2): the system flags it for the approval screen instead of hiding it.
            boolean flagged1 = !b1.unprotectable().isEmpty(), flagged2 = !b2.unprotectable().isEmpty();
            assertFalse(flagged1, "a first month alone can always be protected: " + b1.unprotectable());
            flaggedTrials += flagged2 ? 1 : 0;
            Published m1 = publish(b1, f1), m2 = publish(b2, f2);
            long bound = Math.max(total1, s2.values().stream().mapToLong(Long::longValue).sum()) * 2 + 2;
            List<String> recovered = attack(ch, List.of(m1, m2), bound);
            for (int m = 0; m < 2; m++) {
                Published p = m == 0 ? m1 : m2;
                for (var e : p.shown().entrySet()) {
                    if (e.getValue() != null) {
                        continue;
                    }
                    String cell = "m" + m + "." + e.getKey();
                    long truth = p.truth().get(e.getKey());
                    boolean primary = truth > 0 && truth < T;
                    boolean mustHide = !e.getKey().equals("carriedOver") || primary || (m == 1 && p1Hidden);
                    if (mustHide && !(m == 1 && flagged2)) {
                        assertFalse(recovered.contains(cell), "trial " + trial + ": " + cell + " = " + truth
                                + " recovered from " + p.shown() + (m == 1 ? " after " + m1.shown() : ""));
                        hiddenChecked++;
                        primaryChecked += primary ? 1 : 0;
                    }
                }
            }
        }
        System.out.println("attacker: " + hiddenChecked + " hidden cells (" + primaryChecked + " primary) not recovered; "
                + flaggedTrials + " of 150 second months flagged as unprotectable");
        assertTrue(flaggedTrials <= 15, "flagged months are rare: " + flaggedTrials);
        assertTrue(primaryChecked > 100, "the trials hid enough small cells: " + primaryChecked);
        assertTrue(hiddenChecked > primaryChecked, "and complementary ones");
    }

    /** The later month is published first; the earlier one then must not give away what the later one hid. */
    @Test
    void theAttackerFailsWhenMonthsArePublishedOutOfOrder() {
        Random rnd = new Random(7);
        int hiddenChecked = 0, flaggedTrials = 0;
        for (int trial = 0; trial < 150; trial++) {
            Channel ch = trial % 2 == 0 ? Channel.WBS : Channel.GRT;
            Map<String, Long> s1 = randomStatus(rnd, ch, 0);
            long total1 = s1.values().stream().mapToLong(Long::longValue).sum();
            long carried1 = total1 == 0 ? 0 : rnd.nextInt((int) total1 + 1);
            ChannelFigures f1 = figures(ch, carried1, s1);
            long inProcess1 = s1.entrySet().stream().filter(e -> !WorkflowStatus.of(ch, e.getKey()).closed())
                    .mapToLong(Map.Entry::getValue).sum();
            Map<String, Long> s2 = randomStatus(rnd, ch, inProcess1);
            ChannelFigures f2 = figures(ch, inProcess1, s2);
            PublicContent.Built b2 = PublicContent.build(f2, T, PublicContent.Neighbours.NONE, null);
            PublicSummary later = new PublicSummary("2026-11", 1, T, java.time.Instant.now(), null, Map.of(ch.name(), b2.summary()));
            PublicContent.Neighbours n = Publications.neighbours(ch, java.util.Optional.empty(), java.util.Optional.of(later));
            PublicContent.Built b1 = PublicContent.build(f1, T, n, null);
            assertTrue(b2.unprotectable().isEmpty());
            boolean flagged1 = !b1.unprotectable().isEmpty();
            flaggedTrials += flagged1 ? 1 : 0;
            Published m1 = publish(b1, f1), m2 = publish(b2, f2);
            long bound = Math.max(total1, s2.values().stream().mapToLong(Long::longValue).sum()) * 2 + 2;
            List<String> recovered = attack(ch, List.of(m1, m2), bound);
            for (int m = 0; m < 2; m++) {
                Published p = m == 0 ? m1 : m2;
                for (var e : p.shown().entrySet()) {
                    long truth = p.truth().get(e.getKey());
                    boolean primary = truth > 0 && truth < T;
                    if (e.getValue() != null || (e.getKey().equals("carriedOver") && !primary) || (m == 0 && flagged1)) {
                        continue;
                    }
                    String cell = "m" + m + "." + e.getKey();
                    assertFalse(recovered.contains(cell), "trial " + trial + ": " + cell + " = " + truth + " recovered from "
                            + m1.shown() + " and " + m2.shown());
                    hiddenChecked++;
                }
            }
        }
        assertTrue(flaggedTrials <= 15, "flagged months are rare: " + flaggedTrials);
        assertTrue(hiddenChecked > 100, "enough hidden cells: " + hiddenChecked);
        System.out.println("attacker (out of order): " + hiddenChecked + " hidden cells not recovered; " + flaggedTrials
                + " of 150 flagged");
    }

    @Test
    void rankAndDirectRelations() {
        assertEquals(2, Suppression.rank(new double[][] { { 1, -1, 0 }, { 0, 1, 1 }, { 1, 0, 1 } }));
        Map<String, Long> values = new LinkedHashMap<>(Map.of("a", 1L, "b", 7L, "total", 8L));
        Suppression.Result r = Suppression.apply(3, values, Set.of("a", "b", "total"), Set.of(), Set.of(),
                List.of(Suppression.sum("sum", "total", List.of("a", "b"))));
        assertEquals(Set.of("a", "b"), r.suppressed(), "b is the smallest cell that hides a");
        assertEquals(Suppression.HidingKind.COMPLEMENTARY, r.notes().get(1).kind());
        assertEquals("sum", r.notes().get(1).relation());
    }
}
