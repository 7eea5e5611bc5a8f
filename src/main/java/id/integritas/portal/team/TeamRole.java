package id.integritas.portal.team;

/** A member's role in an SK team. */
public enum TeamRole {
    CHAIR, SECRETARY, MEMBER, VERIFIER
}
