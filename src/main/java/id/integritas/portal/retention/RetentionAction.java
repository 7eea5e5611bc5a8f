package id.integritas.portal.retention;

/** What the retention job does to a closed case once its period has run out. */
public enum RetentionAction {
    /** Identity and content go; the row stays with the fields monthly reports count. */
    DESTROY_CONTENT,
    /** The case goes entirely (its audit entries stay, naming only its id). */
    PURGE
}
