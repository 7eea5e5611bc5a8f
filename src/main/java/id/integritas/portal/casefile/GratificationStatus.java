package id.integritas.portal.casefile;

import static id.integritas.portal.casefile.PublicStatus.*;

import java.util.Set;

public enum GratificationStatus implements WorkflowStatus {
    DITERIMA_UPG(DITERIMA, "ANALISIS_UPG", "PERLU_DILENGKAPI"),
    PERLU_DILENGKAPI(DITERIMA, "ANALISIS_UPG", "TIDAK_DITINDAKLANJUTI"),
    ANALISIS_UPG(DIVERIFIKASI, "TIDAK_WAJIB_LAPOR", "DITERUSKAN_KE_KPK", "PERLU_DILENGKAPI"),
    /** Reopened by the chair (a wrong exemption): back to analysis. */
    TIDAK_WAJIB_LAPOR(PublicStatus.SELESAI, "ANALISIS_UPG"),
    DITERUSKAN_KE_KPK(DITINDAKLANJUTI, "DITETAPKAN"),
    DITETAPKAN(DITINDAKLANJUTI, "DISERAHKAN", "SELESAI"),
    DISERAHKAN(DITINDAKLANJUTI, "SELESAI"),
    TIDAK_DITINDAKLANJUTI(PublicStatus.DITUTUP, "ANALISIS_UPG"),
    PENOLAKAN_DICATAT(DITERIMA, "SELESAI"),
    SELESAI(PublicStatus.SELESAI);

    private final PublicStatus publicStatus;
    private final Set<String> next;

    GratificationStatus(PublicStatus publicStatus, String... next) {
        this.publicStatus = publicStatus;
        this.next = Set.of(next);
    }

    @Override
    public PublicStatus publicStatus() {
        return publicStatus;
    }

    @Override
    public Set<String> next() {
        return next;
    }
}
