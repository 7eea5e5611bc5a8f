package id.integritas.portal.casefile;

import static id.integritas.portal.casefile.PublicStatus.*;

import java.util.Set;

public enum WhistleblowingStatus implements WorkflowStatus {
    DITERIMA(PublicStatus.DITERIMA, "VERIFIKASI", "MENUNGGU_INFO_PELAPOR", "DITUTUP"),
    VERIFIKASI(DIVERIFIKASI, "TELAAH", "MENUNGGU_INFO_PELAPOR", "DITUTUP"),
    MENUNGGU_INFO_PELAPOR(DIVERIFIKASI, "VERIFIKASI", "TELAAH", "DITUTUP"),
    TELAAH(DITINDAKLANJUTI, "DITERUSKAN", "TINDAK_LANJUT", "MENUNGGU_INFO_PELAPOR", "DITUTUP"),
    DITERUSKAN(DITINDAKLANJUTI, "TINDAK_LANJUT", "SELESAI"),
    TINDAK_LANJUT(DITINDAKLANJUTI, "SELESAI"),
    /** Reopened by the chair: back to follow-up. */
    SELESAI(PublicStatus.SELESAI, "TINDAK_LANJUT"),
    /** Reopened by the chair: back to review. */
    DITUTUP(PublicStatus.DITUTUP, "TELAAH");

    private final PublicStatus publicStatus;
    private final Set<String> next;

    WhistleblowingStatus(PublicStatus publicStatus, String... next) {
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
