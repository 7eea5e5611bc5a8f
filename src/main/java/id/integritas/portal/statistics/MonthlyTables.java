package id.integritas.portal.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The tables of one channel's monthly figures (the same on the page, in CSV and in XLSX), with stable English
 * column names. Each ends with its total row where a total makes sense.
 */
public final class MonthlyTables {

    public static final List<String> NAMES = List.of("intake", "status", "handling", "compliance", "closing", "overdue",
            "gratification", "conflict", "ratings");

    /** One table: a name (also the file name), column names and rows of strings or numbers. */
    public record Table(String name, List<String> columns, List<List<Object>> rows) {
    }

    private MonthlyTables() {
    }

    public static Optional<Table> of(ChannelFigures f, String name) {
        return switch (name) {
            case "intake" -> Optional.of(intake(f));
            case "status" -> Optional.of(counts("status", "state", f.statusAtMonthEnd()));
            case "handling" -> Optional.of(new Table("handling", List.of("measure", "value"), List.of(
                    row("received", f.received()), row("carriedOver", f.carriedOver()),
                    row("mustFollowUp", f.mustFollowUp()), row("finished", f.finished()),
                    row("handledPercent", f.handledPercent()))));
            case "compliance" -> Optional.of(compliance(f));
            case "closing" -> Optional.of(new Table("closing", List.of("measure", "value"), List.of(
                    row("closed", f.closed()), row("medianWorkingDays", f.medianWorkingDaysToClose()),
                    row("meanWorkingDays", f.meanWorkingDaysToClose()))));
            case "overdue" -> Optional.of(overdue(f));
            case "gratification" -> Optional.ofNullable(f.gratification()).map(MonthlyTables::gratification);
            case "conflict" -> Optional.ofNullable(f.conflict()).map(MonthlyTables::conflict);
            case "ratings" -> Optional.ofNullable(f.ratings()).map(MonthlyTables::ratings);
            default -> Optional.empty();
        };
    }

    public static List<Table> all(ChannelFigures f) {
        List<Table> out = new ArrayList<>();
        NAMES.forEach(n -> of(f, n).ifPresent(out::add));
        return out;
    }

    private static List<Object> row(Object... cells) {
        List<Object> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c);
        }
        return r;
    }

    private static Table intake(ChannelFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Map<String, Long>> dims = new LinkedHashMap<>();
        dims.put("medium", f.byMedium());
        dims.put("classification", f.byClassification());
        dims.put("service", f.byService());
        dims.put("problemType", f.byProblemType());
        dims.put("category", f.byCategory());
        dims.forEach((dim, map) -> map.forEach((code, n) -> rows.add(row(dim, code, n))));
        rows.add(row("total", "", f.received()));
        return new Table("intake", List.of("dimension", "code", "count"), rows);
    }

    private static Table counts(String name, String key, Map<String, Long> map) {
        List<List<Object>> rows = new ArrayList<>();
        map.forEach((k, n) -> rows.add(row(k, n)));
        rows.add(row("total", map.values().stream().mapToLong(Long::longValue).sum()));
        return new Table(name, List.of(key, "count"), rows);
    }

    private static Table compliance(ChannelFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        long met = 0, late = 0, overdue = 0;
        for (ChannelFigures.ClockCompliance c : f.compliance()) {
            rows.add(row(c.clock(), c.met(), c.late(), c.overdueAtMonthEnd(), c.onTimePercent()));
            met += c.met();
            late += c.late();
            overdue += c.overdueAtMonthEnd();
        }
        rows.add(row("total", met, late, overdue, MonthlyFigures.percent(met, met + late + overdue)));
        return new Table("compliance", List.of("clock", "met", "late", "overdueAtMonthEnd", "onTimePercent"), rows);
    }

    private static Table overdue(ChannelFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        f.overdue().forEach(o -> rows.add(row(o.registrationNumber(), o.clock(), o.dueOn().toString())));
        rows.add(row("total", "", Long.toString(f.overdueTotal())));
        return new Table("overdue", List.of("registrationNumber", "clock", "dueOn"), rows);
    }

    private static Table gratification(ChannelFigures.Gratification g) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("received", "", g.received()));
        rows.add(row("refused", "", g.refused()));
        g.objectsByKind().forEach((k, n) -> rows.add(row("objectKind", k, n)));
        rows.add(row("totalValueIdr", "", g.totalValueIdr()));
        rows.add(row("exempted", "", g.exempted()));
        rows.add(row("forwardedToKpk", "", g.forwardedToKpk()));
        g.kpkOutcomes().forEach((k, n) -> rows.add(row("kpkOutcome", k, n)));
        rows.add(row("handedOver", "", g.handedOver()));
        return new Table("gratification", List.of("measure", "code", "value"), rows);
    }

    private static Table conflict(ChannelFigures.Conflict c) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("employees", "", c.employees()));
        rows.add(row("withCurrentRegister", "", c.withCurrentRegister()));
        rows.add(row("registerPercent", "", c.registerPercent()));
        rows.add(row("declarations", "", c.declarations()));
        c.controlMeasures().forEach((k, n) -> rows.add(row("controlMeasure", k, n)));
        return new Table("conflict", List.of("measure", "code", "value"), rows);
    }

    private static Table ratings(ChannelFigures.Ratings r) {
        List<List<Object>> rows = new ArrayList<>();
        r.distribution().forEach((k, n) -> rows.add(row("score", k, n)));
        rows.add(row("count", "", r.count()));
        rows.add(row("average", "", r.average()));
        rows.add(row("notSatisfied", "", r.notSatisfied()));
        rows.add(row("notSatisfiedReopened", "", r.notSatisfiedReopened()));
        rows.add(row("reopenedPercent", "", r.reopenedPercent()));
        return new Table("ratings", List.of("measure", "code", "value"), rows);
    }

    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get())) {
            for (List<Object> r : table.rows()) {
                printer.printRecord(r.stream().map(c -> c == null ? "" : c).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Portal Integritas", "1.0")) {
            Worksheet ws = wb.newWorksheet(table.name());
            for (int c = 0; c < table.columns().size(); c++) {
                ws.value(0, c, table.columns().get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof BigDecimal d) {
                        ws.value(r + 1, c, d);
                    } else if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
