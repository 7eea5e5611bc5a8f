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
    public static final String ADMIN_ACCOUNTS = "/admin/akun";

    private RoleNavigation() {
    }

    public static List<NavLink> links(Set<String> roles, Texts t) {
        List<NavLink> links = new ArrayList<>();
        if (roles.contains(Role.PEGAWAI.name())) {
            links.add(new NavLink(MY_REPORTS, t.get("nav.myReports")));
            links.add(new NavLink("/gratifikasi", t.get("nav.gratification")));
            links.add(new NavLink("/benturan-kepentingan", t.get("nav.conflict")));
        }
        if (roles.contains(Role.ADMIN.name())) {
            links.add(new NavLink(ADMIN_ACCOUNTS, t.get("nav.adminAccounts")));
            links.add(new NavLink("/admin/sk", t.get("nav.adminDecrees")));
            links.add(new NavLink("/admin/daftar-pilihan", t.get("nav.adminLists")));
            links.add(new NavLink("/admin/hari-libur", t.get("nav.adminHolidays")));
            links.add(new NavLink("/admin/audit", t.get("nav.adminAudit")));
        }
        links.add(new NavLink(CHANGE_PASSWORD, t.get("nav.changePassword")));
        return links;
    }

    /** Where a person goes after signing in when no page sent them. */
    public static String home(Set<String> roles) {
        if (roles.contains(Role.ADMIN.name())) {
            return ADMIN_ACCOUNTS;
        }
        if (roles.contains(Role.PEGAWAI.name())) {
            return MY_REPORTS;
        }
        return "/";
    }

}
