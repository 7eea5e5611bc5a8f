package id.integritas.portal.intake.complaint;

public enum ComplaintClassification {
    PENGADUAN, ASPIRASI, PERMINTAAN_INFORMASI
}
