package id.integritas.portal.retention;

import id.integritas.portal.casefile.CaseActor;

/**
 * Who may put a legal hold on a case or lift it: the chair of the handling SK team, the escalation route's reviewers
 * (who act as the team on escalated cases), or an administrator. Members, secretaries, unit officers and superiors
 * may not: a hold keeps personal data beyond the office's periods, a decision for whoever answers for the case.
 */
public final class HoldRules {

    private HoldRules() {
    }

    public static boolean mayHold(CaseActor actor, boolean administrator) {
        return administrator || actor.is(CaseActor.Relation.ESCALATION_REVIEWER)
                || (actor.is(CaseActor.Relation.TEAM_MEMBER) && actor.teamPosition() == CaseActor.TeamPosition.CHAIR);
    }
}
