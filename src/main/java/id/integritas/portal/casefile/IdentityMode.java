package id.integritas.portal.casefile;

/**
 * TERBUKA: identity open to the assigned handlers; RAHASIA: only the handling team sees it; ANONIM: never
 * collected. Handlers may raise privacy (towards ANONIM's side), never lower it.
 */
public enum IdentityMode {
    TERBUKA, RAHASIA, ANONIM;

    public boolean collectsIdentity() {
        return this != ANONIM;
    }

    public boolean atLeastAsPrivateAs(IdentityMode other) {
        return ordinal() >= other.ordinal();
    }
}
