package id.integritas.portal.casefile;

/**
 * The associated data under which each kind of case data is encrypted (see {@code DataCipher}): a ciphertext
 * decrypts only under its own label, so one kind of data cannot be passed off as another. All case labels live
 * here so that intake, tracking and casework agree on them; attachment and receipt-cookie labels stay private to
 * their packages.
 */
public final class EncryptionLabels {

    /** The report's content (the request as JSON, without identity). */
    public static final String CONTENT = "case.content";
    /** The reporter's identity (never stored for ANONIM). */
    public static final String IDENTITY = "case.identity";
    /** A message between reporter and officers. */
    public static final String MESSAGE = "case.message";
    /** An officers' internal note on a case (never shown to the reporter). */
    public static final String NOTE = "case.note";
    /** The per-report salt of the receipt's content digest. */
    public static final String DIGEST_SALT = "case.digest-salt";

    /** A conflict-of-interest decision's analysis and replacement official. */
    public static final String CONFLICT_DECISION = "case.conflict-decision";

    /** An account's TOTP secret (second factor). */
    public static final String SECOND_FACTOR_SECRET = "account.second-factor";

    private EncryptionLabels() {
    }
}
