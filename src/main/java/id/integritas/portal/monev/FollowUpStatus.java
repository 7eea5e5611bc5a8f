package id.integritas.portal.monev;

/** How far a monev recommendation has been followed up: not yet, partly, done (as the office writes it). */
public enum FollowUpStatus {
    BELUM, SEBAGIAN, SELESAI
}
