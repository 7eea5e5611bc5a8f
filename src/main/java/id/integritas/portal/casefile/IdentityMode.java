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

    /**
     * Whether a file's untouched original (with its EXIF/GPS or document authors) is kept by default. An
     * anonymous reporter's original could show where and by whom it was made, so only the metadata-free copy is
     * kept unless the reporter explicitly asks to keep it as evidence.
     */
    public boolean keepsOriginals() {
        return this != ANONIM;
    }
}
