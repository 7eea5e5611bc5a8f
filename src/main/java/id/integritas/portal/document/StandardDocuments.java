package id.integritas.portal.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentRepository;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.validation.RequestValidator;
import id.integritas.portal.system.web.IncomingFile;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The standard documents (SOP, pedoman, standar pelayanan, maklumat, other): an administrator uploads a PDF with its
 * title, kind, channel (optional) and the date it takes effect, possibly as the new version of an earlier one. The PDF
 * goes through the portal's upload pipeline (PDF only by content, within the upload limit, cleaned copy without
 * document information or active content, sealed original; encrypted segments). Versions are kept; a version is in
 * force from its date until the version that replaces it takes effect. Uploads are audited.
 */
@ApplicationScoped
public class StandardDocuments {

    /** The field a refused PDF is reported on (API and page). */
    public static final String FILE_FIELD = "file";
    /** Roles that read the list and download the documents (officers); only administrators upload. */
    public static final String[] READERS = { "ADMIN", "PETUGAS", "KETUA_TIM", "PIMPINAN", "PPID", "INSPEKTORAT" };

    /** What an administrator gives with the PDF; {@code replaces}: the id of the version this one replaces. */
    public record DocumentRequest(@NotBlank @Size(max = 200) String title, @NotNull DocumentKind kind, Channel channel,
            @NotNull LocalDate effectiveFrom, Long replaces) {
    }

    /** One version; {@code replacedBy}: the newer version, null while this is the current one. */
    @io.quarkus.qute.TemplateData
    public record DocumentView(long id, String title, DocumentKind kind, Channel channel, LocalDate effectiveFrom,
            Long replaces, Long replacedBy, String sha256, long sizeBytes, java.time.Instant uploadedAt) {
        public boolean current() {
            return replacedBy == null;
        }
    }

    public record DocumentPage(List<DocumentView> items, String next) {
    }

    /** A download ready to stream. */
    public record Download(String fileName, Writer writer) {
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    @Inject
    EntityManager em;

    @Inject
    AttachmentStore store;

    @Inject
    AttachmentRepository attachments;

    @Inject
    RequestValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Checks the request and the PDF (the PDF outside any transaction: it is parsed and rewritten), then stores it.
     *
     * @throws InvalidInputException field errors ({@code file}: {@code required}, {@code document_pdf_only},
     *         {@code file_unreadable}; {@code replaces}: {@code unknown_document}, {@code already_replaced};
     *         {@code effectiveFrom}: {@code before_replaced})
     * @throws ApiProblemException 413 when the file is over the upload limit
     */
    public DocumentView upload(DocumentRequest r, IncomingFile pdf, long actorId) {
        if (r == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        QuarkusTransaction.requiringNew().run(() -> check(r, pdf));
        AttachmentStore.Prepared prepared;
        try {
            prepared = store.preparePdf(pdf, FILE_FIELD);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(err -> "pdf_only".equals(err.code())
                    ? new FieldError(FILE_FIELD, "document_pdf_only") : err).toList());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            check(r, pdf);
            Attachment a = store.storeHeld(prepared);
            StandardDocument d = new StandardDocument();
            d.title = r.title().strip();
            d.kind = r.kind();
            d.channel = r.channel();
            d.effectiveFrom = r.effectiveFrom();
            d.replacesId = r.replaces();
            d.attachmentId = a.id;
            d.sha256 = prepared.originalSha256();
            d.sizeBytes = a.sizeBytes;
            d.uploadedBy = actorId;
            d.uploadedAt = clock.instant();
            em.persist(d);
            em.flush();
            audit.record(actorId, "STANDARD_DOCUMENT_STORED", "standard_document", d.id, "kind=" + d.kind + " sha256="
                    + d.sha256 + " bytes=" + d.sizeBytes + (d.replacesId == null ? "" : " replaces=" + d.replacesId));
            return view(d, null);
        });
    }

    private void check(DocumentRequest r, IncomingFile pdf) {
        List<FieldError> errors = new ArrayList<>();
        if (pdf == null) {
            errors.add(new FieldError(FILE_FIELD, "required"));
        }
        if (r.replaces() != null) {
            StandardDocument old = em.find(StandardDocument.class, r.replaces());
            if (old == null) {
                errors.add(new FieldError("replaces", "unknown_document"));
            } else {
                if (successor(old.id) != null) {
                    errors.add(new FieldError("replaces", "already_replaced"));
                }
                if (r.effectiveFrom() != null && r.effectiveFrom().isBefore(old.effectiveFrom)) {
                    errors.add(new FieldError("effectiveFrom", "before_replaced"));
                }
            }
        }
        validator.check(r, errors);
    }

    private Long successor(long id) {
        List<?> rows = em.createQuery("select d.id from StandardDocument d where d.replacesId = :id").setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? null : (Long) rows.get(0);
    }

    /** Every version, newest effective date first, keyset-paged on (effective_from, id). */
    @Transactional
    public DocumentPage page(int limit, String after) {
        LocalDate day = null;
        long id = 0;
        if (after != null && !after.isBlank()) {
            String[] parts = after.split("_", 2);
            try {
                day = LocalDate.parse(parts[0]);
                id = Long.parseLong(parts[1]);
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidInputException(new FieldError("after", "format"));
            }
        }
        var q = em.createQuery("from StandardDocument d" + (day == null ? ""
                : " where d.effectiveFrom < :day or (d.effectiveFrom = :day and d.id < :id)")
                + " order by d.effectiveFrom desc, d.id desc", StandardDocument.class).setMaxResults(limit + 1);
        if (day != null) {
            q.setParameter("day", day).setParameter("id", id);
        }
        List<StandardDocument> rows = new ArrayList<>(q.getResultList());
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            StandardDocument last = rows.get(limit - 1);
            next = last.effectiveFrom + "_" + last.id;
        }
        return new DocumentPage(views(rows), next);
    }

    /** The versions in force at some time from {@code from} to {@code to} (both included), oldest first. */
    @Transactional
    public List<DocumentView> inForce(LocalDate from, LocalDate to) {
        List<StandardDocument> rows = em.createQuery("""
                from StandardDocument d where d.effectiveFrom <= :to
                and not exists (select 1 from StandardDocument s where s.replacesId = d.id and s.effectiveFrom <= :from)
                order by d.effectiveFrom, d.id""", StandardDocument.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return views(rows);
    }

    @Transactional
    public DocumentView get(long id) {
        StandardDocument d = em.find(StandardDocument.class, id);
        if (d == null) {
            throw ApiProblemException.notFound();
        }
        return view(d, successor(id));
    }

    /** A writer of the document's cleaned copy (or, with {@code original}, the PDF as uploaded), segment by segment. */
    public Download download(long id, boolean original) {
        DocumentView d = get(id);
        return new Download("dokumen-" + d.id() + (original ? "-asli" : "") + ".pdf", out -> writeTo(id, original, out));
    }

    /** Writes the PDF in its own transaction, never whole in memory; not audited (documents are not sensitive). */
    public void writeTo(long id, boolean original, OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> {
            StandardDocument d = em.find(StandardDocument.class, id);
            Attachment a = attachments.findById(d.attachmentId);
            try (InputStream in = original ? store.openOriginal(a).orElseThrow() : store.openHandlerCopy(a)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<DocumentView> views(List<StandardDocument> rows) {
        Map<Long, Long> successors = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select d.replacesId, d.id from StandardDocument d where d.replacesId in :ids", Object[].class)
                    .setParameter("ids", rows.stream().map(d -> d.id).toList()).getResultList()
                    .forEach(r -> successors.put((Long) r[0], (Long) r[1]));
        }
        return rows.stream().map(d -> view(d, successors.get(d.id))).toList();
    }

    private static DocumentView view(StandardDocument d, Long replacedBy) {
        return new DocumentView(d.id, d.title, d.kind, d.channel, d.effectiveFrom, d.replacesId, replacedBy, d.sha256,
                d.sizeBytes, d.uploadedAt);
    }
}
