package id.integritas.portal.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentRepository;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.web.IncomingFile;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The scanned decree (SK) as a PDF, stored like a report attachment: the original sealed (encrypted, unchanged, for
 * evidence) and a cleaned copy (no document information, XMP or active content) that administrators open. A new
 * upload replaces the current scan; earlier ones stay stored. Uploads and downloads are audited.
 */
@ApplicationScoped
public class DecreeScans {

    /** The field a refused scan is reported on (API and page). */
    public static final String FIELD = "scan";

    /** What a decree's scan is, for views: absent when none was uploaded. */
    public record ScanInfo(String sha256, long sizeBytes, java.time.Instant uploadedAt) {
    }

    @Inject
    AttachmentStore store;

    @Inject
    AttachmentRepository attachments;

    @Inject
    DecreeRepository decrees;

    @Inject
    AuditLog audit;

    /**
     * Checks the PDF (before any transaction: it is parsed and rewritten), then stores it as the decree's scan.
     *
     * @throws ApiProblemException 404 for an unknown decree, 413 when the file is over the upload limit
     */
    public ScanInfo upload(long decreeId, IncomingFile pdf, Long actorId) {
        if (QuarkusTransaction.requiringNew().call(() -> decrees.findByIdOptional(decreeId).isEmpty())) {
            throw ApiProblemException.notFound();
        }
        AttachmentStore.Prepared prepared = store.preparePdf(pdf, FIELD);
        return QuarkusTransaction.requiringNew().call(() -> attach(decreeId, prepared, actorId));
    }

    private ScanInfo attach(long decreeId, AttachmentStore.Prepared prepared, Long actorId) {
        Decree d = decrees.findByIdOptional(decreeId).orElseThrow(ApiProblemException::notFound);
        Attachment a = store.storeForDecree(d.id, prepared);
        d.scanAttachmentId = a.id;
        d.scanSha256 = prepared.originalSha256();
        audit.record(actorId, "DECREE_SCAN_STORED", "decree", d.id,
                "sha256=" + d.scanSha256 + " bytes=" + a.sizeBytes + " attachment=" + a.id);
        return new ScanInfo(d.scanSha256, a.sizeBytes, a.createdAt);
    }

    /** The scan's facts for a decree already loaded (one query). */
    @Transactional
    public Optional<ScanInfo> info(Decree d) {
        if (d.scanAttachmentId == null) {
            return Optional.empty();
        }
        Attachment a = attachments.findById(d.scanAttachmentId);
        return Optional.ofNullable(a).map(x -> new ScanInfo(d.scanSha256, x.sizeBytes, x.createdAt));
    }

    /** Scan facts of several decrees (one query), by decree id. */
    @Transactional
    public java.util.Map<Long, ScanInfo> infos(java.util.Collection<Decree> list) {
        java.util.Map<Long, Decree> byAttachment = new java.util.HashMap<>();
        list.stream().filter(d -> d.scanAttachmentId != null).forEach(d -> byAttachment.put(d.scanAttachmentId, d));
        java.util.Map<Long, ScanInfo> result = new java.util.HashMap<>();
        if (!byAttachment.isEmpty()) {
            attachments.list("id in ?1", byAttachment.keySet()).forEach(a -> {
                Decree d = byAttachment.get(a.id);
                result.put(d.id, new ScanInfo(d.scanSha256, a.sizeBytes, a.createdAt));
            });
        }
        return result;
    }

    /** A download ready to stream: the decree's number for the file name and a writer of the PDF. */
    public record Download(String fileName, long sizeBytes, Writer writer) {
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Audits the download, then returns a writer that reads the cleaned copy (or, with {@code original}, the sealed
     * original as uploaded) segment by segment in its own transaction, so the file is never whole in memory.
     *
     * @throws ApiProblemException 404 when the decree or its scan does not exist
     */
    public Download download(long decreeId, boolean original, Long actorId) {
        long[] found = QuarkusTransaction.requiringNew().call(() -> {
            Decree d = decrees.findByIdOptional(decreeId).orElseThrow(ApiProblemException::notFound);
            if (d.scanAttachmentId == null) {
                throw ApiProblemException.notFound();
            }
            Attachment a = attachments.findById(d.scanAttachmentId);
            audit.record(actorId, original ? "DECREE_SCAN_ORIGINAL_VIEWED" : "DECREE_SCAN_VIEWED", "decree", d.id,
                    "attachment=" + a.id);
            return new long[] { a.id, a.sizeBytes };
        });
        String name = "SK-" + decreeId + (original ? "-asli" : "") + ".pdf";
        return new Download(name, original ? found[1] : -1, out -> QuarkusTransaction.requiringNew().run(() -> {
            Attachment a = attachments.findById(found[0]);
            try (InputStream in = original ? store.openOriginal(a).orElseThrow() : store.openHandlerCopy(a)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * Writes the sealed original of the decree's current scan, as uploaded, in its own transaction and segment by
     * segment. Not audited here: the caller audits its own export (the evidence pack records one entry for the pack).
     *
     * @return false when the decree has no scan
     */
    public boolean writeOriginal(long decreeId, OutputStream out) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Decree d = decrees.findByIdOptional(decreeId).orElseThrow(ApiProblemException::notFound);
            if (d.scanAttachmentId == null) {
                return false;
            }
            Attachment a = attachments.findById(d.scanAttachmentId);
            try (InputStream in = store.openOriginal(a).orElseThrow()) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
    }
}
