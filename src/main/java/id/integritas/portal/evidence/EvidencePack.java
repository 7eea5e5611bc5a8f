package id.integritas.portal.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The Zona Integritas evidence pack (issue 9 §5): one ZIP for a period of months, written straight to the caller's
 * stream as each {@link EvidenceSource} adds its files, ending with {@code index.html} and {@code index.csv} that map
 * every file to the assessment item it serves. The export is audited ({@code EVIDENCE_PACK_EXPORTED}: period and file
 * count only) before the ZIP is finished, so a pack that arrives whole was recorded.
 */
@ApplicationScoped
public class EvidencePack {

    /** At most this many months in one pack. */
    public static final int MAX_MONTHS = 24;
    public static final String INDEX_HTML = "index.html";
    public static final String INDEX_CSV = "index.csv";
    static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Logger LOG = Logger.getLogger(EvidencePack.class);

    /** One line of the index. */
    @io.quarkus.qute.TemplateData
    public record IndexEntry(String path, AssessmentItem item, String itemCode, String itemText, String description,
            long sizeBytes) {
    }

    /** The items for the HTML index: each with its files (possibly none in this period). */
    @io.quarkus.qute.TemplateData
    public record ItemSection(String code, String text, List<IndexEntry> files) {
    }

    @Inject
    @Any
    Instance<EvidenceSource> sources;

    @Inject
    AuditLog audit;

    @Inject
    OfficeDay officeDay;

    @Inject
    PortalConfig config;

    @Location("evidence/index.html")
    Template indexTemplate;

    /**
     * Checks a period given as {@code yyyy-mm} texts: both required, {@code from} not after {@code to}, at most
     * {@value #MAX_MONTHS} months, none after the current month, none before 2000.
     *
     * @throws InvalidInputException field errors on {@code from} / {@code to}
     */
    public EvidenceRequest request(String from, String to, long actorId) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth f = month(from, "from", errors);
        YearMonth t = month(to, "to", errors);
        YearMonth current = YearMonth.from(officeDay.today());
        if (t != null && t.isAfter(current)) {
            errors.add(new FieldError("to", "month_in_future"));
        }
        if (f != null && t != null && f.isAfter(t)) {
            errors.add(new FieldError("to", "before_start"));
        } else if (f != null && t != null && f.plusMonths(MAX_MONTHS - 1).isBefore(t)) {
            errors.add(new FieldError("to", "period_too_long", List.of(MAX_MONTHS)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new EvidenceRequest(f, t, actorId, officeDay.today());
    }

    private static YearMonth month(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        try {
            YearMonth m = YearMonth.parse(value.strip());
            if (m.getYear() < 2000) {
                errors.add(new FieldError(field, "month_format"));
                return null;
            }
            return m;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "month_format"));
            return null;
        }
    }

    /** The file name offered for the download. */
    public static String fileName(EvidenceRequest r) {
        return "bukti-zi-" + r.label() + ".zip";
    }

    /** Writes the whole pack to {@code out} (not closed); each source's files as they come, then the index. */
    public void write(EvidenceRequest request, OutputStream out) throws IOException {
        Texts t = Texts.of(Texts.INDONESIAN);
        ZipOutputStream zip = new ZipOutputStream(new Csv.NonClosing(out), StandardCharsets.UTF_8);
        List<IndexEntry> index = new ArrayList<>();
        Set<String> paths = new HashSet<>(Set.of(INDEX_HTML, INDEX_CSV));
        EvidenceSink sink = (path, item, description, writer) -> {
            if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..") || !paths.add(path)) {
                throw new IllegalArgumentException("unusable or repeated path in the evidence pack");
            }
            zip.putNextEntry(new ZipEntry(path));
            CountingStream counting = new CountingStream(zip);
            writer.write(counting);
            counting.flush();
            zip.closeEntry();
            index.add(new IndexEntry(path, item, item.code(), item.text(t), oneLine(description), counting.count));
        };
        List<EvidenceSource> ordered = sources.stream().sorted(Comparator.comparingInt(EvidenceSource::order)).toList();
        try {
            for (EvidenceSource s : ordered) {
                s.contribute(request, sink);
            }
        } catch (IOException | RuntimeException e) {
            LOG.errorf("evidence pack %s stopped: %s", request.label(), e.getClass().getName());
            throw e;
        }
        writeIndexCsv(zip, index);
        writeIndexHtml(zip, request, index, t);
        int files = index.size();
        QuarkusTransaction.requiringNew().run(() -> audit.record(request.actorAccountId(), "EVIDENCE_PACK_EXPORTED",
                "evidence_pack", null, "period=" + request.label() + " files=" + files));
        zip.finish();
        zip.flush();
    }

    private static void writeIndexCsv(ZipOutputStream zip, List<IndexEntry> index) throws IOException {
        zip.putNextEntry(new ZipEntry(INDEX_CSV));
        List<List<Object>> rows = new ArrayList<>();
        for (IndexEntry e : index) {
            rows.add(List.of(e.path(), e.itemCode(), e.item().name(), e.itemText(), e.description()));
        }
        Csv.write(zip, List.of("berkas", "kode_butir", "butir", "butir_penilaian", "keterangan"), rows);
        zip.closeEntry();
    }

    private void writeIndexHtml(ZipOutputStream zip, EvidenceRequest request, List<IndexEntry> index, Texts t)
            throws IOException {
        Map<AssessmentItem, List<IndexEntry>> byItem = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.values()) {
            byItem.put(item, new ArrayList<>());
        }
        index.forEach(e -> byItem.get(e.item()).add(e));
        List<ItemSection> sections = new ArrayList<>();
        byItem.forEach((item, files) -> sections.add(new ItemSection(item.code(), item.text(t), files)));
        String html = indexTemplate.data("t", t).data("office", config.office().name()).data("from", request.from().toString())
                .data("to", request.to().toString()).data("generatedOn", officeDay.today().toString())
                .data("sections", sections).data("count", index.size()).render();
        zip.putNextEntry(new ZipEntry(INDEX_HTML));
        Writer w = new OutputStreamWriter(new Csv.NonClosing(zip), StandardCharsets.UTF_8);
        w.write(html);
        w.flush();
        zip.closeEntry();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** Counts the bytes of one entry. */
    private static final class CountingStream extends Csv.NonClosing {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
