package id.integritas.portal.account;

/** Roles an account may hold (several at once). */
public enum Role {
    PEGAWAI, PETUGAS, KETUA_TIM, PPID, PIMPINAN, ADMIN,
    /** The escalation route's reviewers (Inspektorat Kota Medan by default): they see escalated cases only. */
    INSPEKTORAT;

    /** Roles that work cases through the officer API. */
    public static final String[] CASE_HANDLERS = { "PETUGAS", "KETUA_TIM" };
}
