package id.integritas.portal.casefile;

/** A privacy change that would lower the case's protection (or that this actor may not make): answered 409. */
public class PrivacyChangeRefusedException extends RuntimeException {

    private final IdentityMode current;

    public PrivacyChangeRefusedException(IdentityMode current) {
        super("privacy may only be raised from TERBUKA to RAHASIA");
        this.current = current;
    }

    public IdentityMode current() {
        return current;
    }
}
