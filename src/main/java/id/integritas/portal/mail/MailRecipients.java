package id.integritas.portal.mail;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.account.Account;
import id.integritas.portal.casefile.CaseRoute;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.team.CaseAccess;
import id.integritas.portal.team.TeamKind;

/**
 * Who is told about a case: the enabled accounts with an address who may see it today, by the one visibility
 * predicate ({@link CaseAccess#VISIBLE_SQL}), so recused, named or filing people are never mailed. Candidates are
 * the members in force of the SK team (or the holders of the escalation route's role); a team is a handful of people.
 */
@ApplicationScoped
class MailRecipients {

    private static final String IN_FORCE = """
            d.valid_from <= :day and d.valid_until >= :day
            and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day)""";

    /** Only accounts a mail can reach are considered at all. */
    private static final String REACHABLE = "a.enabled and a.email is not null and a.email <> ''";

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    /** Those who work the case: the channel's team in force (TEAM route) or the escalation route's role holders. */
    List<Long> team(ReportCase c) {
        if (c.route == CaseRoute.ESCALATION) {
            String role = (String) em.createNativeQuery("select role from escalation_route where id = :id")
                    .setParameter("id", c.escalationRouteId).getResultList().stream().findFirst().orElse(null);
            return role == null ? List.of() : visible(c, withRole(role));
        }
        return visible(c, members(TeamKind.of(c.channel)));
    }

    /**
     * A {@code case_alert}'s team: a team kind's members in force, or, for an escalated case, the holders of a role.
     */
    List<Long> alertTeam(ReportCase c, String team) {
        Optional<TeamKind> kind = java.util.Arrays.stream(TeamKind.values()).filter(k -> k.name().equals(team)).findFirst();
        return visible(c, kind.isPresent() ? members(kind.get()) : withRole(team));
    }

    /** The one account, if it may see the case and has an address. */
    List<Long> ifVisible(ReportCase c, long accountId) {
        Account a = em.find(Account.class, accountId);
        return a == null ? List.of() : visible(c, List.of(a));
    }

    /** Enabled administrators with an address. */
    @SuppressWarnings("unchecked")
    List<Long> admins() {
        return em.createNativeQuery("""
                select a.id from account a where a.enabled and a.email is not null and a.email <> ''
                  and (',' || a.roles || ',') like '%,ADMIN,%' order by a.id""").getResultList().stream()
                .map(n -> ((Number) n).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Account> members(TeamKind kind) {
        return em.createNativeQuery("select a.* from account a where " + REACHABLE + " and a.id in (select m.account_id from team_member m "
                + "join decree d on d.id = m.decree_id where d.team_kind = :kind and " + IN_FORCE + ") order by a.id", Account.class)
                .setParameter("kind", kind.name()).setParameter("day", access.today()).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Account> withRole(String role) {
        return em.createNativeQuery("select a.* from account a where " + REACHABLE + " and (',' || a.roles || ',') like :role order by a.id",
                Account.class).setParameter("role", "%," + role + ",%").getResultList();
    }

    private List<Long> visible(ReportCase c, List<Account> candidates) {
        return candidates.stream().filter(a -> a.enabled && a.email != null && !a.email.isBlank())
                .filter(a -> mayView(a, c.id)).map(a -> a.id).toList();
    }

    private boolean mayView(Account a, long caseId) {
        var q = em.createNativeQuery("select count(*) from report_case c where c.id = :caseId and " + CaseAccess.VISIBLE_SQL);
        return ((Number) access.bind(q, a).setParameter("caseId", caseId).getSingleResult()).longValue() > 0;
    }
}
