package id.integritas.portal.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;

/** Team roles held today (office day) through an SK in force, for steps only a chair may take. */
@ApplicationScoped
public class CaseTeams {

    @Inject
    EntityManager em;

    @Inject
    OfficeDay officeDay;

    public boolean holds(long accountId, TeamKind kind, TeamRole role) {
        Number n = (Number) em.createNativeQuery("""
                select count(*) from team_member m join decree d on d.id = m.decree_id
                where m.account_id = :account and d.team_kind = :kind and m.team_role = :role
                  and d.valid_from <= :day and d.valid_until >= :day
                  and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day)""")
                .setParameter("account", accountId).setParameter("kind", kind.name()).setParameter("role", role.name())
                .setParameter("day", officeDay.today()).getSingleResult();
        return n.longValue() > 0;
    }

    public boolean isChair(long accountId, TeamKind kind) {
        return holds(accountId, kind, TeamRole.CHAIR);
    }
}
