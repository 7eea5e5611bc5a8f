package id.integritas.portal.evidence;

import java.io.IOException;

/**
 * A section of the Zona Integritas evidence pack: contributes its files for the requested period. Implementations
 * are CDI beans (any package may add one, e.g. the public summaries of the publication feature); the pack runs them
 * in {@link #order()} and builds the index from what they add. A source reads in its own short transactions and
 * writes each file as it goes, so the pack streams; it never adds report content, identities or tracking codes.
 */
public interface EvidenceSource {

    void contribute(EvidenceRequest request, EvidenceSink sink) throws IOException;

    /** Lower first; the built-in sections use 10..60 in steps of 10. */
    default int order() {
        return 100;
    }
}
