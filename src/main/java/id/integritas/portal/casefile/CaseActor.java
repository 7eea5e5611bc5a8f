package id.integritas.portal.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * How one account stands to one case, as the rules of {@link CaseRules} need it: a member of the handling SK team
 * (with the best team position they hold there today), an officer of the unit the complaint is assigned to, the
 * superior of a conflict-of-interest declarant, or a reviewer of the escalation route. An account may stand in
 * several ways at once; an account with none may do nothing to the case.
 */
public record CaseActor(Long accountId, Set<Relation> relations, TeamPosition teamPosition) {

    public enum Relation {
        TEAM_MEMBER, UNIT_OFFICER, SUPERIOR, ESCALATION_REVIEWER
    }

    /** The team roles of an SK (the names match {@code team.TeamRole}), best first. */
    public enum TeamPosition {
        CHAIR, SECRETARY, VERIFIER, MEMBER
    }

    public CaseActor {
        relations = relations.isEmpty() ? EnumSet.noneOf(Relation.class) : EnumSet.copyOf(relations);
        if (relations.contains(Relation.TEAM_MEMBER) != (teamPosition != null)) {
            throw new IllegalArgumentException("a team position goes with team membership");
        }
    }

    public boolean is(Relation r) {
        return relations.contains(r);
    }

    /** Chair or secretary of the handling team, or a reviewer of the escalation route (who acts as the team). */
    public boolean leads() {
        return is(Relation.ESCALATION_REVIEWER)
                || teamPosition == TeamPosition.CHAIR || teamPosition == TeamPosition.SECRETARY;
    }

    /** The handling team proper: SK members of the channel, or the escalation route's reviewers. */
    public boolean handles() {
        return is(Relation.TEAM_MEMBER) || is(Relation.ESCALATION_REVIEWER);
    }

    public static CaseActor none(Long accountId) {
        return new CaseActor(accountId, Set.of(), null);
    }
}
