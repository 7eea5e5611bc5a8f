package id.integritas.portal.casefile;

/** The coarse status a reporter sees (domain.md §3). */
public enum PublicStatus {
    DITERIMA, DIVERIFIKASI, DITINDAKLANJUTI, SELESAI, DITUTUP
}
