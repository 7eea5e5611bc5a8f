package id.integritas.portal.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;

/**
 * Which cases an account may see today, decided in the same SQL statement that reads the cases (so access starts
 * and ends on SK dates without anyone touching permissions). A case is visible to an account when
 * <ul>
 * <li>it is on the TEAM route and the account is a member, today, of an SK team of the case's channel; or it is a
 * complaint assigned to the account's unit and the account is an officer there; or it is a conflict-of-interest
 * declaration filed by someone whose superior the account is;</li>
 * <li>or it is on the ESCALATION route and the account holds the role that route names;</li>
 * </ul>
 * and the account did not file it, is not recused from it, and is not named in it (a name or NIP match) unless a
 * chair cleared the match. Everything else answers as if the case did not exist.
 */
@ApplicationScoped
public class CaseAccess {

    /** Channels of the SK teams the account (:account) is a member of on :day. */
    static final String CHANNELS_IN_FORCE_SQL = """
            select d.channel from team_member m join decree d on d.id = m.decree_id
            where m.account_id = :account and d.channel is not null
              and d.valid_from <= :day and d.valid_until >= :day
              and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day)""";

    /**
     * The visibility predicate over a {@code report_case c}, with parameters {@code :account}, {@code :day},
     * {@code :unit} (the account's unit when it may act for it, else '') and {@code :roles} (its role names).
     * Inbox queries add their filters to it; see {@link #bind}.
     */
    public static final String VISIBLE_SQL = """
            ((c.route = 'TEAM' and (
                 c.channel in (""" + CHANNELS_IN_FORCE_SQL + """
            )
                 or (c.channel = 'ADU' and c.assigned_unit_code = :unit)
                 or (c.channel = 'BKP' and c.filed_by_account_id in (select s.id from account s where s.superior_id = :account))))
             or (c.route = 'ESCALATION' and exists (select 1 from escalation_route er
                     where er.id = c.escalation_route_id and er.role in (:roles))))
            and c.filed_by_account_id is distinct from :account
            and not exists (select 1 from case_recusal rr
                     where rr.case_id = c.id and rr.account_id = :account and rr.decision = 'RECUSED')
            and not (exists (select 1 from case_named_person np join account me on me.id = :account
                     where np.case_id = c.id and (np.token_hash = me.name_hash or np.token_hash = me.nip_hash))
                 and not exists (select 1 from case_recusal rc
                     where rc.case_id = c.id and rc.account_id = :account and rc.decision = 'CLEARED'))""";

    /** Channels with a team in force on :day (at least one member in force). */
    static final String STAFFED_CHANNELS_SQL = """
            select d.channel from team_member m join decree d on d.id = m.decree_id
            where d.channel is not null and d.valid_from <= :day and d.valid_until >= :day
              and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day)""";

    @Inject
    CaseRepository cases;

    @Inject
    DecreeAdmin decrees;

    public LocalDate today() {
        return decrees.today();
    }

    /** Sets the parameters of {@link #VISIBLE_SQL} for the account on the office's today. */
    public Query bind(Query q, Account account) {
        List<String> roles = new ArrayList<>();
        account.roles.forEach(r -> roles.add(r.name()));
        roles.add("-"); // never empty: "in ()" is not SQL
        boolean actsForUnit = account.unitCode != null && (account.has(Role.PETUGAS) || account.has(Role.KETUA_TIM));
        return q.setParameter("account", account.id).setParameter("day", today())
                .setParameter("unit", actsForUnit ? account.unitCode : "").setParameter("roles", roles);
    }

    /** The case by number if the account may see it today; empty otherwise (the caller answers 404 either way). */
    @SuppressWarnings("unchecked")
    public Optional<ReportCase> visible(Account account, String registrationNumber) {
        Query q = cases.getEntityManager().createNativeQuery(
                "select c.* from report_case c where c.registration_number = :number and " + VISIBLE_SQL, ReportCase.class);
        List<ReportCase> found = bind(q, account).setParameter("number", registrationNumber).getResultList();
        return found.stream().findFirst();
    }

    /** Cases of channels with no team in force on {@code day}: they wait for the administrator to appoint one. */
    @SuppressWarnings("unchecked")
    public List<ReportCase> unassigned(LocalDate day, int page, int size) {
        return cases.getEntityManager().createNativeQuery("select c.* from report_case c where c.route = 'TEAM' and "
                + "c.channel not in (" + STAFFED_CHANNELS_SQL + ") order by c.submitted_at desc, c.id desc", ReportCase.class)
                .setParameter("day", day).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countUnassigned(LocalDate day) {
        return ((Number) cases.getEntityManager().createNativeQuery("select count(*) from report_case c where c.route = 'TEAM' "
                + "and c.channel not in (" + STAFFED_CHANNELS_SQL + ")").setParameter("day", day).getSingleResult()).longValue();
    }

    /** The channels the account works today (for showing, not for deciding access to a case). */
    @SuppressWarnings("unchecked")
    public Set<Channel> channelsInForce(long accountId) {
        List<String> list = cases.getEntityManager().createNativeQuery(CHANNELS_IN_FORCE_SQL)
                .setParameter("account", accountId).setParameter("day", today()).getResultList();
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        list.forEach(c -> channels.add(Channel.valueOf(c)));
        return channels;
    }
}
