package id.integritas.portal.casefile;

import static id.integritas.portal.casefile.PublicStatus.*;

import java.util.Set;

/** Declarations (DIAJUKAN …) and the annual register (TERISI → TERVERIFIKASI) share the BKP channel. */
public enum ConflictStatus implements WorkflowStatus {
    DIAJUKAN(DITERIMA, "ANALISIS_ATASAN"),
    ANALISIS_ATASAN(DIVERIFIKASI, "DIPUTUSKAN"),
    DIPUTUSKAN(DITINDAKLANJUTI, "DILAKSANAKAN", "SELESAI"),
    DILAKSANAKAN(DITINDAKLANJUTI, "SELESAI"),
    /** Reopened by the chair: back to the superior's analysis. */
    SELESAI(PublicStatus.SELESAI, "ANALISIS_ATASAN"),
    TERISI(DITERIMA, "TERVERIFIKASI"),
    TERVERIFIKASI(PublicStatus.SELESAI);

    private final PublicStatus publicStatus;
    private final Set<String> next;

    ConflictStatus(PublicStatus publicStatus, String... next) {
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
