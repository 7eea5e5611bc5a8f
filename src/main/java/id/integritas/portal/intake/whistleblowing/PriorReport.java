package id.integritas.portal.intake.whistleblowing;

/** Where the tip was reported before, if anywhere. */
public enum PriorReport {
    TIDAK_ADA, ATASAN, INSPEKTORAT, APH, KPK
}
