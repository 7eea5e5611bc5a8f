package id.integritas.portal.evidence;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a source puts its files: each file is written straight into the pack (never held whole in memory) and
 * listed in the pack's index with the assessment item it serves and a description.
 */
public interface EvidenceSink {

    /** Writes one file's bytes; the stream must not be closed by the writer. */
    @FunctionalInterface
    interface FileWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Adds a file.
     *
     * @param path relative path inside the pack, {@code /}-separated, letters, digits, {@code . _ -} only
     * @param item the assessment item the file serves
     * @param description Indonesian, one line, for the index (never report content or identities)
     */
    void add(String path, AssessmentItem item, String description, FileWriter writer) throws IOException;
}
