package id.integritas.portal.casefile;

import static id.integritas.portal.casefile.PublicStatus.*;

import java.util.Set;

public enum ComplaintStatus implements WorkflowStatus {
    MENUNGGU_VERIFIKASI(DITERIMA, "TERVERIFIKASI", "PERLU_DILENGKAPI", "DITERUSKAN_KELUAR", "DIARSIPKAN", "DIESKALASI"),
    PERLU_DILENGKAPI(DITERIMA, "MENUNGGU_VERIFIKASI", "DITUTUP"),
    TERVERIFIKASI(DIVERIFIKASI, "DIDISPOSISI", "DITERUSKAN_KELUAR", "DIESKALASI", "DITUNDA"),
    DIDISPOSISI(DITINDAKLANJUTI, "DIPROSES", "DITUNDA", "DIESKALASI"),
    DIPROSES(DITINDAKLANJUTI, "DITANGGAPI", "DITUNDA", "DIESKALASI", "PERLU_DILENGKAPI"),
    DITUNDA(DITINDAKLANJUTI, "DIPROSES", "DIDISPOSISI"),
    DITANGGAPI(DITINDAKLANJUTI, "SELESAI", "DIPROSES"),
    DITERUSKAN_KELUAR(PublicStatus.DITERUSKAN),
    DIESKALASI(DITINDAKLANJUTI, "SELESAI"),
    /** Reopened by the chair: back to verification. */
    DIARSIPKAN(PublicStatus.DITUTUP, "MENUNGGU_VERIFIKASI"),
    /** Reopened by the chair: back to processing. */
    DITUTUP(PublicStatus.DITUTUP, "DIPROSES"),
    SELESAI(PublicStatus.SELESAI, "DIPROSES");

    private final PublicStatus publicStatus;
    private final Set<String> next;

    ComplaintStatus(PublicStatus publicStatus, String... next) {
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
