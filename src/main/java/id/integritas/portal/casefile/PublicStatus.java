package id.integritas.portal.casefile;

/**
 * The coarse status a reporter sees (docs/domain-rules.md §3). {@code DITERUSKAN}: forwarded to another authority, which is
 * not a completion of ours (it must not count as {@code SELESAI} in published rates).
 */
public enum PublicStatus {
    DITERIMA, DIVERIFIKASI, DITINDAKLANJUTI, DITERUSKAN, SELESAI, DITUTUP
}
