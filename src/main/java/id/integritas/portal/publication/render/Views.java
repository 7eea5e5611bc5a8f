package id.integritas.portal.publication.render;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.integritas.portal.publication.Cell;
import id.integritas.portal.publication.ChannelSummary;
import id.integritas.portal.publication.PublicSummary;
import id.integritas.portal.publication.PublishedVersion;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import io.quarkus.qute.TemplateData;

/**
 * What the public summary templates show, computed from a {@link PublicSummary} and nothing else: every figure
 * already formatted (a suppressed cell as "&lt; 3", a missing percentage as "–", decimals with a comma), the charts'
 * geometry, the version history and the download addresses. Pure: no CDI, no database, testable by hand.
 */
public final class Views {

    /** The four channels in the order the public summary shows them. */
    static final List<String> CHANNELS = List.of("ADU", "GRT", "WBS", "BKP");

    /**
     * How a link asks the open-data address for CSV (the API also answers {@code Accept: text/csv}, which a link
     * cannot send).
     */
    static final String CSV_QUERY = "?format=csv";

    /** What a reader sees for a value nobody may know or that does not apply. */
    static final String NONE = "–";

    private Views() {
    }

    /** A label and its shown value (a definition list row). */
    @TemplateData
    public record Figure(String label, String value) {
    }

    /** One channel of a month. */
    @TemplateData
    public record ChannelView(String code, String label, String shortLabel, String received, String finished,
            String inProcess, String finishedPercent, List<Figure> figures, Chart statusChart, List<Figure> statuses,
            boolean anySuppressed) {
    }

    /** One row of the version history. */
    @TemplateData
    public record VersionRow(int version, String publishedAt, String reason, String sha256, boolean current) {
    }

    /** The month page, its embeddable variant and its PDF. */
    @TemplateData
    public record MonthView(String month, String title, String monthName, int version, String computedAt,
            String correctionReason, String suppressionNote, boolean anySuppressed, Chart overview,
            List<ChannelView> channels, List<VersionRow> history, String pagePath, String pageUrl, String jsonPath,
            String csvPath, String officeName) {
    }

    /** One link of the index page. */
    @TemplateData
    public record MonthLink(String month, String label, String href, int version) {
    }

    /** One year's link of the index page. */
    @TemplateData
    public record YearLink(int year, String label, String href) {
    }

    @TemplateData
    public record IndexView(String title, List<MonthLink> months, List<YearLink> years) {
    }

    /** A month's row of a channel's yearly table. */
    @TemplateData
    public record YearRow(String label, String href, String received, String finished, String inProcess,
            String finishedPercent) {
    }

    @TemplateData
    public record YearChannel(String code, String label, List<YearRow> rows, String totalReceived, String totalFinished,
            String lastInProcess, boolean totalUnknown) {
    }

    @TemplateData
    public record YearView(int year, String yearText, String title, List<YearChannel> channels, String suppressionNote, boolean anyUnknown,
            String indexHref) {
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** "Oktober 2026" from "2026-10" (Indonesian month names). */
    static String monthName(String month, Texts t) {
        YearMonth m = YearMonth.parse(month);
        return DateTimeFormatter.ofPattern("MMMM yyyy", t.locale()).format(m);
    }

    /** /laporan-bulanan/2026/10 */
    static String pagePath(String month) {
        YearMonth m = YearMonth.parse(month);
        return "/laporan-bulanan/%04d/%02d".formatted(m.getYear(), m.getMonthValue());
    }

    static String percent(Double value, Texts t) {
        return value == null ? NONE : decimal(value, t) + "%";
    }

    static String decimal(Double value, Texts t) {
        return value == null ? NONE : String.format(t.locale(), "%.1f", value);
    }

    static String cell(Cell c) {
        return c == null ? NONE : c.display();
    }

    static String channelLabel(String code, Texts t) {
        return t.has("channel." + code) ? t.get("channel." + code) : code;
    }

    static String statusLabel(String code, Texts t) {
        return t.has("wf.state." + code) ? t.get("wf.state." + code) : code;
    }

    /** The channels of a summary in the public order (unknown codes after, as they come). */
    static List<ChannelSummary> ordered(PublicSummary s) {
        List<ChannelSummary> out = new ArrayList<>();
        for (String code : CHANNELS) {
            if (s.channels().containsKey(code)) {
                out.add(s.channels().get(code));
            }
        }
        s.channels().forEach((code, c) -> {
            if (!CHANNELS.contains(code)) {
                out.add(c);
            }
        });
        return out;
    }

    static String suppressionNote(int threshold, Texts t) {
        return t.format("pubsum.suppressedNote", threshold);
    }

    /**
     * @param baseUrl the portal's public address (for the absolute links of the embeddable page and the PDF)
     * @param zone    the office time zone (dates of the history)
     */
    static MonthView month(PublicSummary s, List<PublishedVersion> history, Texts t, String zone, String baseUrl,
            String officeName) {
        String monthName = monthName(s.month(), t);
        String path = pagePath(s.month());
        boolean anySuppressed = false;
        List<ChannelView> channels = new ArrayList<>();
        List<Charts.Item> overview = new ArrayList<>();
        for (ChannelSummary c : ordered(s)) {
            String label = channelLabel(c.channel(), t);
            String shortLabel = t.has("pubsum.short." + c.channel()) ? t.get("pubsum.short." + c.channel()) : label;
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure(t.get("pubsum.received"), cell(c.received())));
            figures.add(new Figure(t.get("pubsum.finished"), cell(c.finished())));
            figures.add(new Figure(t.get("pubsum.inProcess"), cell(c.inProcess())));
            figures.add(new Figure(t.get("pubsum.finishedPercent"), percent(c.finishedPercent(), t)));
            figures.add(new Figure(t.get("pubsum.onTimePercent"), percent(c.onTimePercent(), t)));
            figures.add(new Figure(t.get("pubsum.averageDays"), decimal(c.averageWorkingDays(), t)));
            if ("ADU".equals(c.channel())) {
                figures.add(new Figure(t.get("pubsum.improvements"), cell(c.improvements())));
                figures.add(new Figure(t.get("pubsum.satisfiedPercent"), percent(c.satisfiedPercent(), t)));
            }
            List<Figure> statuses = new ArrayList<>();
            List<Charts.Item> statusItems = new ArrayList<>();
            boolean suppressedHere = isSuppressed(c.received()) || isSuppressed(c.finished()) || isSuppressed(c.inProcess())
                    || isSuppressed(c.improvements());
            for (Map.Entry<String, Cell> e : c.statusAtMonthEnd().entrySet()) {
                String statusLabel = statusLabel(e.getKey(), t);
                statuses.add(new Figure(statusLabel, cell(e.getValue())));
                statusItems.add(new Charts.Item(statusLabel, e.getValue(), Charts.BLUE));
                suppressedHere |= isSuppressed(e.getValue());
            }
            anySuppressed |= suppressedHere;
            String id = c.channel().toLowerCase(Locale.ROOT);
            Chart statusChart = statusItems.isEmpty() ? null
                    : Charts.bars("pubsum-" + id + "-status", t.format("pubsum.chart.status", label), statusItems);
            channels.add(new ChannelView(c.channel(), label, shortLabel, cell(c.received()), cell(c.finished()),
                    cell(c.inProcess()), percent(c.finishedPercent(), t), figures, statusChart, statuses, suppressedHere));
            overview.add(new Charts.Item(shortLabel + " · " + t.get("pubsum.received").toLowerCase(t.locale()), c.received(),
                    Charts.BLUE));
            overview.add(new Charts.Item(shortLabel + " · " + t.get("pubsum.finished").toLowerCase(t.locale()), c.finished(),
                    Charts.GREEN));
        }
        Chart overviewChart = Charts.bars("pubsum-overview", t.get("pubsum.chart.overview"), overview);
        List<VersionRow> rows = new ArrayList<>();
        for (PublishedVersion v : history) {
            rows.add(new VersionRow(v.version(), when(v.publishedAt(), zone, t),
                    v.correctionReason() == null || v.correctionReason().isBlank() ? t.get("pubsum.firstVersion")
                            : v.correctionReason(),
                    v.sha256(), v.version() == s.version()));
        }
        String base = trimSlash(baseUrl);
        String api = "/api/v1/public/monthly-summaries/" + s.month();
        return new MonthView(s.month(), t.format("pubsum.title", monthName), monthName, s.version(),
                when(s.computedAt(), zone, t), blankToNull(s.correctionReason()), suppressionNote(s.threshold(), t),
                anySuppressed, overviewChart, channels, rows, path, base + path, api, api + CSV_QUERY, officeName);
    }

    static IndexView index(List<PublicSummary> latestPerMonth, Texts t) {
        List<PublicSummary> sorted = new ArrayList<>(latestPerMonth);
        sorted.sort((a, b) -> b.month().compareTo(a.month()));
        List<MonthLink> months = new ArrayList<>();
        List<YearLink> years = new ArrayList<>();
        for (PublicSummary s : sorted) {
            months.add(new MonthLink(s.month(), monthName(s.month(), t), pagePath(s.month()), s.version()));
            int year = YearMonth.parse(s.month()).getYear();
            if (years.stream().noneMatch(y -> y.year() == year)) {
                years.add(new YearLink(year, t.format("pubsum.yearTitle", Integer.toString(year)), "/laporan-bulanan/" + year));
            }
        }
        return new IndexView(t.get("pubsum.indexTitle"), months, years);
    }

    /**
     * The year's table per channel. A yearly total is the sum of the months only when every month's cell is known; one
     * suppressed (or missing) month makes it unknown ("–"), since a sum of the known months would bound the hidden one.
     */
    static YearView year(int year, List<PublicSummary> months, Texts t) {
        List<PublicSummary> sorted = new ArrayList<>(months);
        sorted.sort((a, b) -> a.month().compareTo(b.month()));
        List<String> codes = new ArrayList<>(CHANNELS);
        for (PublicSummary s : sorted) {
            s.channels().keySet().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        }
        List<YearChannel> channels = new ArrayList<>();
        boolean anyUnknown = false;
        for (String code : codes) {
            if (sorted.stream().noneMatch(s -> s.channels().containsKey(code))) {
                continue;
            }
            List<YearRow> rows = new ArrayList<>();
            List<Cell> received = new ArrayList<>();
            List<Cell> finished = new ArrayList<>();
            Cell lastInProcess = null;
            for (PublicSummary s : sorted) {
                ChannelSummary c = s.channels().get(code);
                received.add(c == null ? null : c.received());
                finished.add(c == null ? null : c.finished());
                lastInProcess = c == null ? null : c.inProcess();
                rows.add(new YearRow(monthName(s.month(), t), pagePath(s.month()), c == null ? NONE : cell(c.received()),
                        c == null ? NONE : cell(c.finished()), c == null ? NONE : cell(c.inProcess()),
                        c == null ? NONE : percent(c.finishedPercent(), t)));
            }
            Long totalReceived = total(received);
            Long totalFinished = total(finished);
            boolean unknown = totalReceived == null || totalFinished == null;
            anyUnknown |= unknown;
            channels.add(new YearChannel(code, channelLabel(code, t), rows,
                    totalReceived == null ? NONE : Long.toString(totalReceived),
                    totalFinished == null ? NONE : Long.toString(totalFinished), cell(lastInProcess), unknown));
        }
        int threshold = sorted.stream().mapToInt(PublicSummary::threshold).max().orElse(3);
        return new YearView(year, Integer.toString(year), t.format("pubsum.yearTitle", Integer.toString(year)), channels,
                suppressionNote(threshold, t), anyUnknown, "/laporan-bulanan");
    }

    /** The sum of the cells, or null when any of them is suppressed or missing (never a number that bounds one). */
    static Long total(List<Cell> cells) {
        long sum = 0;
        for (Cell c : cells) {
            if (c == null || c.isSuppressed()) {
                return null;
            }
            sum += c.value();
        }
        return sum;
    }

    private static boolean isSuppressed(Cell c) {
        return c != null && c.isSuppressed();
    }

    private static String when(Instant at, String zone, Texts t) {
        return at == null ? NONE : OfficeTime.format(at, zone, t);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String trimSlash(String url) {
        String u = url == null ? "" : url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
