package id.integritas.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page.NavLink;

/** The pages each role may use, for the signed-in header, and where a person lands after signing in. */
public final class RoleNavigation {

    public static final String MY_REPORTS = "/laporan-saya";
    public static final String CHANGE_PASSWORD = "/ganti-sandi";
    /** Enrolment of the second factor (TOTP), where a session whose roles require one is sent until it has one. */
    public static final String SECOND_FACTOR = "/akun/verifikasi-dua-langkah";
    public static final String ADMIN_ACCOUNTS = "/admin/akun";
    public static final String OFFICER_INBOX = "/petugas";
    public static final String DASHBOARD = "/pimpinan";
    public static final String ADMIN_UNASSIGNED = "/admin/kasus-tanpa-tim";

    private RoleNavigation() {
    }

    public static List<NavLink> links(Set<String> roles, Texts t) {
        return links(roles, false, t);
    }

    /**
     * @param chairsConflictTeam the person chairs the conflict-of-interest SK team in force: they get the register
     *        coverage link too (as the head of office and administrators do)
     */
    public static List<NavLink> links(Set<String> roles, boolean chairsConflictTeam, Texts t) {
        List<NavLink> links = new ArrayList<>();
        if (worksCases(roles)) {
            links.add(new NavLink(OFFICER_INBOX, t.get("nav.inbox")));
            links.add(new NavLink("/petugas/laporan-bulanan", t.get("nav.monthlyReport")));
        }
        if (worksCases(roles) || roles.contains(Role.PIMPINAN.name())) {
            links.add(new NavLink("/petugas/monev", t.get("nav.monev")));
        }
        if (roles.contains(Role.PIMPINAN.name()) || roles.contains(Role.ADMIN.name()) || chairsConflictTeam) {
            links.add(new NavLink("/petugas/daftar-kepentingan", t.get("nav.registerCoverage")));
        }
        if (roles.contains(Role.PIMPINAN.name()) || roles.contains(Role.PPID.name())) {
            links.add(new NavLink(DASHBOARD, t.get("nav.dashboard")));
        }
        if (roles.contains(Role.PIMPINAN.name()) || roles.contains(Role.PPID.name())) {
            links.add(new NavLink("/petugas/publikasi", t.get("nav.publication")));
        }
        if (roles.contains(Role.PIMPINAN.name()) || roles.contains(Role.ADMIN.name())) {
            links.add(new NavLink("/petugas/bukti-zi", t.get("nav.evidencePack")));
        }
        if (worksCases(roles) || roles.contains(Role.PIMPINAN.name()) || roles.contains(Role.PPID.name())
                || roles.contains(Role.ADMIN.name())) {
            links.add(new NavLink("/admin/dokumen", t.get("nav.documents")));
        }
        if (roles.contains(Role.PEGAWAI.name())) {
            links.add(new NavLink(MY_REPORTS, t.get("nav.myReports")));
            links.add(new NavLink("/gratifikasi", t.get("nav.gratification")));
            links.add(new NavLink("/benturan-kepentingan", t.get("nav.conflict")));
        }
        if (roles.contains(Role.ADMIN.name())) {
            links.add(new NavLink(ADMIN_ACCOUNTS, t.get("nav.adminAccounts")));
            links.add(new NavLink("/admin/sk", t.get("nav.adminDecrees")));
            links.add(new NavLink("/admin/kampanye", t.get("nav.adminCampaign")));
            links.add(new NavLink("/admin/daftar-pilihan", t.get("nav.adminLists")));
            links.add(new NavLink("/admin/hari-libur", t.get("nav.adminHolidays")));
            links.add(new NavLink("/admin/audit", t.get("nav.adminAudit")));
            links.add(new NavLink("/admin/retensi", t.get("nav.adminRetention")));
            links.add(new NavLink("/admin/surel", t.get("nav.adminMail")));
            links.add(new NavLink(ADMIN_UNASSIGNED, t.get("nav.adminUnassigned")));
        }
        links.add(new NavLink(CHANGE_PASSWORD, t.get("nav.changePassword")));
        return links;
    }

    /**
     * Where a person goes after signing in when no page sent them: administrators their account pages; officers,
     * chairs and Inspektorat reviewers their inbox; the head of office and the PPID the dashboard of counts;
     * employees their own reports.
     */
    public static String home(Set<String> roles) {
        if (roles.contains(Role.ADMIN.name())) {
            return ADMIN_ACCOUNTS;
        }
        if (worksCases(roles)) {
            return OFFICER_INBOX;
        }
        if (roles.contains(Role.PIMPINAN.name()) || roles.contains(Role.PPID.name())) {
            return DASHBOARD;
        }
        if (roles.contains(Role.PEGAWAI.name())) {
            return MY_REPORTS;
        }
        return "/";
    }


    private static boolean worksCases(Set<String> roles) {
        return roles.contains(Role.PETUGAS.name()) || roles.contains(Role.KETUA_TIM.name())
                || roles.contains(Role.INSPEKTORAT.name());
    }
}
