package id.integritas.portal.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.statistics.ChannelFigures;
import id.integritas.portal.statistics.MonthlyReports;
import id.integritas.portal.statistics.MonthlyTables;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The internal monthly reports of each month and channel (the stored figures of a finished month; the current
 * month's provisional ones), as the statistics package's CSV tables, except the overdue list (registration numbers
 * with dates). The team's narrative is included only when the report is FINAL, each inclusion audited. Then two
 * summaries over the period: "% penanganan pengaduan" with its inputs, and deadline compliance per channel and clock.
 */
@ApplicationScoped
public class MonthlyReportSection implements EvidenceSource {

    /** Tables left out of the pack: the overdue list names cases. */
    static final List<String> LEFT_OUT = List.of("overdue");

    @Inject
    MonthlyReports reports;

    @Inject
    AuditLog audit;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void contribute(EvidenceRequest r, EvidenceSink sink) throws IOException {
        List<List<Object>> handling = new ArrayList<>();
        List<List<Object>> compliance = new ArrayList<>();
        for (YearMonth month : r.months()) {
            for (MonthlyReports.Report report : reports.reports(month, EnumSet.allOf(Channel.class))) {
                Channel ch = Channel.valueOf(report.channel());
                ChannelFigures f = report.figures();
                String base = "laporan-bulanan/" + month + "/" + ch.name() + "/";
                String state = stateText(report.state());
                for (MonthlyTables.Table table : MonthlyTables.all(f)) {
                    if (LEFT_OUT.contains(table.name())) {
                        continue;
                    }
                    byte[] csv = MonthlyTables.csv(table);
                    sink.add(base + table.name() + ".csv", AssessmentItem.monthly(ch), "Laporan bulanan " + ch.name() + " "
                            + month + " (" + state + "), tabel " + table.name(), out -> out.write(csv));
                }
                if (report.state() == MonthlyReports.State.FINAL && report.narrative() != null) {
                    byte[] text = narrative(report.narrative());
                    sink.add(base + "uraian.txt", AssessmentItem.monthly(ch), "Laporan bulanan " + ch.name() + " " + month
                            + " (final): uraian hambatan, solusi dan evaluasi tindak lanjut", out -> out.write(text));
                    long reportId = report.id();
                    QuarkusTransaction.requiringNew().run(() -> audit.record(r.actorAccountId(),
                            "EVIDENCE_PACK_NARRATIVE_INCLUDED", "monthly_report", reportId, "period=" + r.label()));
                }
                handling.add(List.of(month.toString(), ch.name(), report.state().name(), f.received(), f.carriedOver(),
                        f.carriedOver() + f.received(), f.mustFollowUp(), f.mustFollowUp() - f.finished(), f.finished(),
                        f.handledPercent() == null ? "" : f.handledPercent()));
                for (ChannelFigures.ClockCompliance c : f.compliance()) {
                    compliance.add(List.of(month.toString(), ch.name(), c.clock(), c.met(), c.late(), c.overdueAtMonthEnd(),
                            c.onTimePercent() == null ? "" : c.onTimePercent()));
                }
            }
        }
        sink.add("penanganan/persentase-penanganan.csv", AssessmentItem.ADU_HANDLED,
                "% penanganan per bulan dan saluran (selesai ÷ wajib ditindaklanjuti) beserta masukannya: diterima, "
                        + "carry over, wajib ditindaklanjuti, dalam proses, selesai",
                Csv.of(List.of("month", "channel", "reportState", "received", "carriedOver", "inHand", "mustFollowUp",
                        "inProcess", "finished", "handledPercent"), handling));
        sink.add("penanganan/kepatuhan-tenggat.csv", AssessmentItem.DEADLINE_COMPLIANCE,
                "Kepatuhan tenggat per bulan, saluran dan tenggat: tepat waktu, terlambat, lewat tenggat di akhir bulan, % tepat waktu",
                Csv.of(List.of("month", "channel", "clock", "met", "late", "overdueAtMonthEnd", "onTimePercent"), compliance));
    }

    private static String stateText(MonthlyReports.State s) {
        return switch (s) {
            case PROVISIONAL -> "sementara, bulan berjalan";
            case DRAFT -> "draf";
            case FINAL -> "final";
        };
    }

    private static byte[] narrative(MonthlyReports.Narrative n) {
        return ("Hambatan dan solusi:\n" + n.obstacles() + "\n\nEvaluasi tindak lanjut temuan sebelumnya:\n"
                + n.followUpEvaluation() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
