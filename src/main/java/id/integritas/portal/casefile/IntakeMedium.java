package id.integritas.portal.casefile;

/** How a report reached the office (docs/domain-rules.md §2.1). */
public enum IntakeMedium {
    WEB, API, LOKET, SURAT, KOTAK_PENGADUAN, TELEPON_WHATSAPP, EMAIL, MEDIA_SOSIAL, SP4N_LAPOR
}
