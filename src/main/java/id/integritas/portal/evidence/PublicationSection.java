package id.integritas.portal.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.publication.SummaryStore;
import id.integritas.portal.publication.SummaryStore.PublicationRecord;

/**
 * The public monthly summaries published for the months of the period: every version's open-data JSON and PDF
 * exactly as published (their SHA-256 match the public version history), and one CSV of the publication records
 * (who prepared, approved and published each version, when, and the files' hashes).
 */
@ApplicationScoped
public class PublicationSection implements EvidenceSource {

    @Inject
    SummaryStore summaries;

    @Override
    public int order() {
        return 55;
    }

    @Override
    public void contribute(EvidenceRequest r, EvidenceSink sink) throws IOException {
        List<PublicationRecord> published = summaries.publishedBetween(r.from(), r.to());
        if (published.isEmpty()) {
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PublicationRecord p : published) {
            SummaryStore.Version v = p.version();
            String name = "publikasi/ringkasan-" + v.month() + "-v" + v.version();
            String what = "Ringkasan publik bulan " + v.month() + " versi " + v.version() + " sebagaimana diterbitkan";
            sink.add(name + ".json", AssessmentItem.PUBLICATION, what + " (data terbuka JSON; SHA-256 " + v.jsonSha256() + ")",
                    out -> out.write(summaries.read(v, SummaryStore.Kind.JSON).bytes()));
            sink.add(name + ".pdf", AssessmentItem.PUBLICATION, what + " (PDF; SHA-256 " + p.pdfSha256() + ")",
                    out -> out.write(summaries.read(v, SummaryStore.Kind.PDF).bytes()));
            rows.add(List.of(v.month(), v.version(), v.correctionReason() == null ? "" : v.correctionReason(),
                    p.draftedBy(), p.draftedAt(), p.approvedBy(), p.approvedAt(), p.publishedBy(), v.publishedAt(),
                    v.jsonSha256(), p.pdfSha256(), p.pngSha256(), p.pageSha256()));
        }
        sink.add("publikasi/catatan-publikasi.csv", AssessmentItem.PUBLICATION,
                "Catatan publikasi ringkasan bulanan: penyusun (PPID), persetujuan pimpinan, penerbitan, alasan koreksi, SHA-256 berkas",
                Csv.of(List.of("month", "version", "correctionReason", "draftedBy", "draftedAt", "approvedBy", "approvedAt",
                        "publishedBy", "publishedAt", "jsonSha256", "pdfSha256", "pngSha256", "pageSha256"), rows));
    }
}
