package id.integritas.portal.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a small table as RFC 4180 CSV (UTF-8) into a pack entry without closing the pack's stream. */
final class Csv {

    private Csv() {
    }

    static EvidenceSink.FileWriter of(List<String> header, List<List<Object>> rows) {
        return out -> write(out, header, rows);
    }

    static void write(OutputStream out, List<String> header, List<List<Object>> rows) throws IOException {
        Writer w = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (List<Object> r : rows) {
            printer.printRecord(r.stream().map(c -> c == null ? "" : c).toList());
        }
        printer.flush();
    }

    /** Passes writes through; close only flushes. */
    static class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
