package id.integritas.portal.casefile;

/** Who works a case: the channel's SK team, or the escalation route (Inspektorat) when the team is conflicted. */
public enum CaseRoute {
    TEAM, ESCALATION
}
