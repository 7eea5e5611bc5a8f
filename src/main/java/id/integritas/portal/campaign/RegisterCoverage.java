package id.integritas.portal.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.team.CaseAccess;
import io.quarkus.security.ForbiddenException;

/**
 * Who has filed the annual interests register of a campaign's year: an employee (an enabled account with role
 * PEGAWAI) is covered when a register for that year filed by them exists ({@code report_case.register_year}, no
 * content decrypted). The CoI team in force, the head of office and administrators see everyone; a superior sees
 * their own direct reports ({@code account.superior_id}) only; anyone else is refused.
 */
@ApplicationScoped
public class RegisterCoverage {

    /** Employees: enabled accounts holding PEGAWAI (roles are stored sorted and comma-separated). */
    static final String EMPLOYEE = "a.enabled and (',' || a.roles || ',') like '%,PEGAWAI,%'";

    /** A register for :year filed by account a (partial index report_case_register_idx). */
    static final String FILED = """
            exists (select 1 from report_case c where c.conflict_kind = 'DAFTAR_KEPENTINGAN'
                    and c.register_year = :year and c.filed_by_account_id = a.id)""";

    /** Whose coverage a viewer sees: everyone, or the direct reports of {@code superiorId}. */
    public record Scope(Long superiorId) {
        public boolean everyone() {
            return superiorId == null;
        }

        String where() {
            return everyone() ? "" : " and a.superior_id = :superior";
        }

        Query bind(Query q) {
            return everyone() ? q : q.setParameter("superior", superiorId);
        }
    }

    /** {@code percent}: covered ÷ employees, one decimal; null for a unit without employees. */
    @io.quarkus.qute.TemplateData
    public record UnitCoverage(String unitCode, long employees, long filed, BigDecimal percent) {
    }

    @io.quarkus.qute.TemplateData
    public record Coverage(int year, boolean everyone, List<UnitCoverage> units, UnitCoverage total) {
    }

    @io.quarkus.qute.TemplateData
    public record Outstanding(long accountId, String username, String displayName, String unitCode) {
    }

    @Inject
    EntityManager em;

    @Inject
    CaseAccess teams;

    @Transactional
    public Scope scopeOf(Account a) {
        if (a.has(Role.ADMIN) || a.has(Role.PIMPINAN) || teams.channelsInForce(a.id).contains(Channel.BKP)) {
            return new Scope(null);
        }
        long reports = ((Number) em.createNativeQuery("select count(*) from account where superior_id = :me")
                .setParameter("me", a.id).getSingleResult()).longValue();
        if (reports == 0) {
            throw new ForbiddenException();
        }
        return new Scope(a.id);
    }

    /** Coverage per unit (one grouped query); {@code unitCode} null stands for accounts without a unit. */
    @Transactional
    public Coverage coverage(int year, Scope scope) {
        Query q = em.createNativeQuery("select a.unit_code, count(*), count(*) filter (where " + FILED + ") "
                + "from account a where " + EMPLOYEE + scope.where() + " group by a.unit_code order by a.unit_code nulls last")
                .setParameter("year", (short) year);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(q).getResultList();
        List<UnitCoverage> units = new ArrayList<>();
        long employees = 0;
        long filed = 0;
        for (Object[] r : rows) {
            long e = ((Number) r[1]).longValue();
            long f = ((Number) r[2]).longValue();
            units.add(new UnitCoverage((String) r[0], e, f, percent(f, e)));
            employees += e;
            filed += f;
        }
        return new Coverage(year, scope.everyone(), units, new UnitCoverage(null, employees, filed, percent(filed, employees)));
    }

    /** Employees in scope who have not filed, by account id, keyset-paged ({@code afterId}), optionally of one unit. */
    @Transactional
    public List<Outstanding> outstanding(int year, Scope scope, String unitCode, long afterId, int limit) {
        Query q = em.createNativeQuery("select a.id, a.username, a.display_name, a.unit_code from account a where "
                + EMPLOYEE + scope.where() + (unitCode == null ? "" : " and a.unit_code = :unit")
                + " and a.id > :after and not " + FILED + " order by a.id limit :limit")
                .setParameter("year", (short) year).setParameter("after", afterId).setParameter("limit", limit);
        if (unitCode != null) {
            q.setParameter("unit", unitCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(q).getResultList();
        return rows.stream().map(r -> new Outstanding(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3])).toList();
    }

    /** Whether the account filed the register for {@code year}. */
    @Transactional
    public boolean filed(long accountId, int year) {
        return !em.createNativeQuery("select 1 from report_case c where c.conflict_kind = 'DAFTAR_KEPENTINGAN' "
                + "and c.register_year = :year and c.filed_by_account_id = :a").setParameter("year", (short) year)
                .setParameter("a", accountId).setMaxResults(1).getResultList().isEmpty();
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
