package id.integritas.portal.publication;

/** A publication step the summary's state or the caller's role does not allow; {@link #kind()} names which. */
public class PublicationRefusedException extends RuntimeException {

    public enum Kind {
        /** The month has not ended (current or future month): nothing to publish yet. → 409 */
        NOT_ENDED,
        /** The step does not follow from the state (approve twice, publish a draft, change a published version). → 409 */
        OUT_OF_ORDER,
        /** Another version of the month was published after this draft was prepared: prepare it again. → 409 */
        OUTDATED,
        /** The caller lacks the step's role (PPID prepares and publishes, PIMPINAN approves). → 403 */
        WRONG_ROLE,
        /** The head of office approves another person's draft, not their own. → 403 */
        OWN_DRAFT,
        /** No such publication. → 404 */
        NOT_FOUND
    }

    private final Kind kind;

    public PublicationRefusedException(Kind kind) {
        super("publication step refused: " + kind);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
