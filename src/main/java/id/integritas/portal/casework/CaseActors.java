package id.integritas.portal.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.CaseActor;
import id.integritas.portal.casefile.CaseActor.Relation;
import id.integritas.portal.casefile.CaseActor.TeamPosition;
import id.integritas.portal.casefile.CaseRoute;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.team.CaseAccess;

/**
 * Works out how an account stands to a case ({@link CaseActor}) from the SK teams in force today, the account's
 * unit, the declarant's superior and the escalation route: the facts {@code casefile.CaseRules} decides from. It
 * does not decide visibility: callers first open the case through {@link CaseAccess#visible}.
 */
@ApplicationScoped
public class CaseActors {

    /** The team roles the account holds today in the SK teams of a channel. */
    private static final String TEAM_ROLES_SQL = """
            select m.team_role from team_member m join decree d on d.id = m.decree_id
            where m.account_id = :account and d.channel = :channel
              and d.valid_from <= :day and d.valid_until >= :day
              and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day)""";

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    public CaseActor of(Account account, ReportCase c) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        TeamPosition position = null;
        if (c.route == CaseRoute.TEAM) {
            position = bestPosition(account.id, c.channel);
            if (position != null) {
                relations.add(Relation.TEAM_MEMBER);
            }
            if (c.channel == Channel.ADU && c.assignedUnitCode != null && c.assignedUnitCode.equals(account.unitCode)
                    && officer(account)) {
                relations.add(Relation.UNIT_OFFICER);
            }
            if (c.channel == Channel.BKP && c.filedByAccountId != null && isSuperior(account.id, c.filedByAccountId)) {
                relations.add(Relation.SUPERIOR);
            }
        } else if (c.escalationRouteId != null && escalationReviewer(account, c.escalationRouteId)) {
            relations.add(Relation.ESCALATION_REVIEWER);
        }
        return new CaseActor(account.id, relations, position);
    }

    static boolean officer(Account account) {
        return account.has(Role.PETUGAS) || account.has(Role.KETUA_TIM);
    }

    @SuppressWarnings("unchecked")
    private TeamPosition bestPosition(Long accountId, Channel channel) {
        List<String> roles = em.createNativeQuery(TEAM_ROLES_SQL).setParameter("account", accountId)
                .setParameter("channel", channel.name()).setParameter("day", access.today()).getResultList();
        TeamPosition best = null;
        for (String r : roles) {
            TeamPosition p = TeamPosition.valueOf(r);
            if (best == null || p.ordinal() < best.ordinal()) {
                best = p;
            }
        }
        return best;
    }

    private boolean isSuperior(Long accountId, Long declarantId) {
        return !em.createNativeQuery("select 1 from account where id = :declarant and superior_id = :account")
                .setParameter("declarant", declarantId).setParameter("account", accountId).getResultList().isEmpty();
    }

    private boolean escalationReviewer(Account account, Long routeId) {
        List<?> role = em.createNativeQuery("select role from escalation_route where id = :id").setParameter("id", routeId)
                .getResultList();
        return !role.isEmpty() && account.roles.stream().anyMatch(r -> r.name().equals(role.get(0)));
    }
}
