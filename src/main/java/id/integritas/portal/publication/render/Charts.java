package id.integritas.portal.publication.render;

import java.util.ArrayList;
import java.util.List;

import id.integritas.portal.publication.Cell;

/** The geometry of the summary's bar charts (the templates draw them). */
final class Charts {

    static final String BLUE = "#1b5e9e";
    static final String GREEN = "#2e7d32";

    static final int WIDTH = 360;
    static final int MAX_BAR = 280;
    static final int ROW = 34;
    static final int SUPPRESSED_MARK = 14;

    private Charts() {
    }

    record Item(String label, Cell value, String fill) {
    }

    /**
     * Bars scaled to the largest known value; suppressed (or missing) values get no length of their own, so the
     * picture never tells more than the table.
     */
    static Chart bars(String id, String title, List<Item> items) {
        long max = items.stream().filter(i -> i.value() != null && !i.value().isSuppressed())
                .mapToLong(i -> i.value().value()).max().orElse(0);
        List<Chart.Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int y = 0;
        for (Item i : items) {
            boolean hidden = i.value() == null || i.value().isSuppressed();
            String value = Views.cell(i.value());
            int length = hidden ? SUPPRESSED_MARK
                    : max == 0 ? 0 : (int) Math.max(i.value().value() == 0 ? 0 : 1, Math.round((double) MAX_BAR * i.value().value() / max));
            bars.add(new Chart.Bar(i.label(), value, length, y + 12, y + 16, length + 6, y + 26, i.fill(), hidden));
            desc.append(desc.length() == 0 ? "" : "; ").append(i.label()).append(": ").append(value);
            y += ROW;
        }
        return new Chart(id, title, desc.append('.').toString(), WIDTH, Math.max(ROW, y), bars);
    }
}
