package id.integritas.portal.evidence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One export: the months {@code from} to {@code to} (both included), who asked (for the audit entries a source
 * writes, e.g. when it includes a report's narrative) and the office's today.
 */
public record EvidenceRequest(YearMonth from, YearMonth to, long actorAccountId, LocalDate today) {

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** How the period reads in file names and the audit: {@code 2026-01_2026-03}. */
    public String label() {
        return from + "_" + to;
    }
}
