package id.integritas.portal.account;

/** Roles an account may hold (several at once). */
public enum Role {
    PEGAWAI, PETUGAS, KETUA_TIM, PPID, PIMPINAN, ADMIN;

    /** Roles that work cases through the officer API. */
    public static final String[] CASE_HANDLERS = { "PETUGAS", "KETUA_TIM" };
}
