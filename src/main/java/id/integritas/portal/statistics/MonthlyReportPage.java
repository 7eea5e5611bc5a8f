package id.integritas.portal.statistics;

import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.team.CaseAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * /petugas/laporan-bulanan/{yyyy}/{mm}: the internal monthly report of each channel the officer's teams work, with
 * charts drawn on the server as inline SVG (no script; each chart has a text alternative and its table follows) and
 * the CSV/XLSX download of every table; the team writes the narrative of a draft here and the chair makes it final.
 */
@Path("/petugas/laporan-bulanan")
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
public class MonthlyReportPage {

    /** One horizontal bar: label, value and its length in the chart's 0..200 scale; y is its row's top. */
    @TemplateData
    public record Bar(String label, String value, int length, int y) {
    }

    @TemplateData
    public record Chart(String id, String title, String description, int height, List<Bar> bars) {
    }

    @TemplateData
    public record TableView(String name, String caption, List<String> columns, List<List<String>> rows) {
    }

    @TemplateData
    public record ChannelView(String channel, String label, String state, String computedAt, String ruleSets,
            ChannelFigures f, List<Chart> charts, List<TableView> tables, MonthlyReports.Narrative narrative,
            boolean canWrite, boolean canFinalise, FormState form) {
    }

    @CheckedTemplate(basePath = "MonthlyReportPage")
    static class Templates {
        static native TemplateInstance month(Page page, Texts t, String month, String path, String previous, String next,
                String yearPath, List<ChannelView> channels);

        static native TemplateInstance year(Page page, Texts t, int year, String previous, String next,
                List<YearView> channels);
    }

    /** One channel's year: its label and figures. */
    @TemplateData
    public record YearView(String channel, String label, YearlyFigures y) {
        /** The monthly report page of a month of the year (yyyy-mm). */
        public String monthPath(String month) {
            return path(YearMonth.parse(month));
        }
    }

    @Inject
    PageContext pages;

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    MonthlyReports reports;

    @GET
    public Response currentMonth() {
        YearMonth m = reports.currentMonth();
        return Response.seeOther(URI.create(path(m))).build();
    }

    @GET
    @Path("{yyyy}/{mm}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance month(@PathParam("yyyy") String yyyy, @PathParam("mm") String mm) {
        return render(parse(yyyy, mm), null, null);
    }

    /**
     * /petugas/laporan-bulanan/{yyyy}: the year's table of each channel of the officer's teams, one row per finished
     * month and the year's row (figures defined in {@link YearlyFigures}).
     */
    @GET
    @Path("{yyyy}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance year(@PathParam("yyyy") String yyyy) {
        int year;
        try {
            year = YearlyReportsApi.parseYear(yyyy);
        } catch (RuntimeException e) {
            throw ApiProblemException.notFound();
        }
        int thisYear = reports.currentMonth().getYear();
        if (year > thisYear) {
            throw ApiProblemException.notFound();
        }
        Page page = pages.signedInPage("yearly.title");
        Texts t = page.t();
        List<YearView> views = reports.yearly(year, access.channelsInForce(current.account().id)).stream()
                .map(y -> new YearView(y.channel(), t.get(Channel.valueOf(y.channel()).labelKey()), y)).toList();
        return Templates.year(page, t, year, "/petugas/laporan-bulanan/%04d".formatted(year - 1),
                year < thisYear ? "/petugas/laporan-bulanan/%04d".formatted(year + 1) : null, views);
    }

    /** The team's narrative of a draft report; re-rendered with the field messages when a text is missing. */
    @POST
    @Path("{yyyy}/{mm}/{channel}/uraian")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response narrative(@PathParam("yyyy") String yyyy, @PathParam("mm") String mm, @PathParam("channel") String channel,
            MultivaluedMap<String, String> form) {
        YearMonth m = parse(yyyy, mm);
        Channel ch = mine(channel);
        return handle(m, ch, form, () -> reports.writeNarrative(m, ch, current.account().id,
                new MonthlyReports.Narrative(form.getFirst("obstacles"), form.getFirst("followUpEvaluation"))));
    }

    @POST
    @Path("{yyyy}/{mm}/{channel}/final")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response finalise(@PathParam("yyyy") String yyyy, @PathParam("mm") String mm, @PathParam("channel") String channel,
            MultivaluedMap<String, String> form) {
        YearMonth m = parse(yyyy, mm);
        Channel ch = mine(channel);
        return handle(m, ch, form, () -> reports.finalise(m, ch, current.account().id));
    }

    private Response handle(YearMonth m, Channel ch, MultivaluedMap<String, String> form, Runnable action) {
        Texts t = pages.texts();
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return html(400, render(m, ch, FormState.failed(form, List.of(new FieldError("_form", "form_expired")), t)));
        }
        try {
            action.run();
            return Response.seeOther(URI.create(path(m) + "#monthly-" + ch.name())).build();
        } catch (InvalidInputException e) {
            return html(400, render(m, ch, FormState.failed(form, e.errors(), t)));
        } catch (MonthlyReportRefusedException e) {
            return html(409, render(m, ch, FormState.failed(form, List.of(new FieldError("_form", "monthly_refused")), t)));
        }
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    private YearMonth parse(String yyyy, String mm) {
        YearMonth m;
        try {
            m = MonthlyReportsApi.parseMonth(yyyy + "-" + mm);
        } catch (RuntimeException e) {
            throw ApiProblemException.notFound();
        }
        if (m.isAfter(reports.currentMonth())) {
            throw ApiProblemException.notFound();
        }
        return m;
    }

    private Channel mine(String channel) {
        try {
            Channel ch = Channel.valueOf(channel);
            if (access.channelsInForce(current.account().id).contains(ch)) {
                return ch;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new ApiProblemException(403, "forbidden");
    }

    private TemplateInstance render(YearMonth m, Channel failedChannel, FormState failed) {
        Page page = pages.signedInPage("monthly.title");
        Texts t = page.t();
        Set<Channel> mine = access.channelsInForce(current.account().id);
        List<ChannelView> views = new ArrayList<>();
        for (MonthlyReports.Report r : reports.reports(m, mine)) {
            ChannelFigures f = r.figures();
            String id = r.channel().toLowerCase();
            List<Chart> charts = List.of(
                    chart(id + "-medium", t.get("monthly.chart.medium"), f.byMedium()),
                    chart(id + "-status", t.get("monthly.chart.status"), f.statusAtMonthEnd()));
            List<TableView> tables = MonthlyTables.all(f).stream().map(tb -> new TableView(tb.name(),
                    t.get("monthly.table." + tb.name()), tb.columns().stream().map(col -> label(t, "monthly.col.", col)).toList(),
                    tb.rows().stream().map(row -> cells(t, row)).toList()))
                    .toList();
            Channel ch = Channel.valueOf(r.channel());
            FormState form = ch == failedChannel ? failed : r.narrative() == null ? FormState.empty()
                    : FormState.of(Map.of("obstacles", List.of(r.narrative().obstacles()),
                            "followUpEvaluation", List.of(r.narrative().followUpEvaluation())));
            boolean draft = r.state() == MonthlyReports.State.DRAFT;
            views.add(new ChannelView(r.channel(), t.get(ch.labelKey()), t.get("monthly.state." + r.state().name()),
                    r.computedAt().toString(), r.ruleSets(), f, charts, tables, r.narrative(), draft,
                    draft && r.narrative() != null && reports.isChair(current.account().id, ch), form));
        }
        return Templates.month(page, t, m.toString(), path(m), path(m.minusMonths(1)),
                m.isBefore(reports.currentMonth()) ? path(m.plusMonths(1)) : null,
                "/petugas/laporan-bulanan/%04d".formatted(m.getYear()), views);
    }

    static String path(YearMonth m) {
        return "/petugas/laporan-bulanan/%04d/%02d".formatted(m.getYear(), m.getMonthValue());
    }

    /** A bar chart of counts; the description repeats every value for screen readers. */
    static Chart chart(String id, String title, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int y = 0;
        for (var e : counts.entrySet()) {
            int length = max == 0 ? 0 : (int) Math.max(1, Math.round(200.0 * e.getValue() / max));
            bars.add(new Bar(e.getKey(), Long.toString(e.getValue()), length, y));
            desc.append(desc.length() == 0 ? "" : "; ").append(e.getKey()).append(": ").append(e.getValue());
            y += 22;
        }
        return new Chart(id, title, desc.toString(), Math.max(22, y), bars);
    }

    /**
     * The tables' column names and row keys are stable English identifiers (the CSV/XLSX columns); the page shows
     * them in the reader's language. Codes (services, states, clocks) are shown as they are.
     */
    private static String label(Texts t, String prefix, String key) {
        return t.has(prefix + key) ? t.get(prefix + key) : key;
    }

    private static List<String> cells(Texts t, List<Object> row) {
        List<String> out = new java.util.ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object c = row.get(i);
            String text = c == null ? "–" : c.toString();
            out.add(i == 0 ? label(t, "monthly.key.", text) : text);
        }
        return out;
    }
}
