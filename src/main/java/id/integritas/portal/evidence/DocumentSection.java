package id.integritas.portal.evidence;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.document.DocumentKind;
import id.integritas.portal.document.StandardDocuments;
import id.integritas.portal.system.i18n.Texts;

/** The SOP and standard documents in force at some time in the period, each PDF as uploaded. */
@ApplicationScoped
public class DocumentSection implements EvidenceSource {

    @Inject
    StandardDocuments documents;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void contribute(EvidenceRequest r, EvidenceSink sink) throws IOException {
        Texts t = Texts.of(Texts.INDONESIAN);
        List<StandardDocuments.DocumentView> inForce = documents.inForce(r.firstDay(), r.lastDay());
        for (StandardDocuments.DocumentView d : inForce) {
            long id = d.id();
            String description = t.get("document.kind." + d.kind().name()) + ": " + d.title() + "; berlaku mulai "
                    + d.effectiveFrom() + (d.replacedBy() == null ? "" : "; diganti versi " + d.replacedBy())
                    + "; SHA-256 " + d.sha256();
            sink.add("dokumen/" + d.kind().name().toLowerCase().replace('_', '-') + "/dokumen-" + id + ".pdf", item(d),
                    description, out -> documents.writeTo(id, true, out));
        }
    }

    static AssessmentItem item(StandardDocuments.DocumentView d) {
        if (d.kind() == DocumentKind.STANDAR_PELAYANAN || d.kind() == DocumentKind.MAKLUMAT) {
            return AssessmentItem.SERVICE_STANDARD;
        }
        return AssessmentItem.procedure(d.channel());
    }
}
