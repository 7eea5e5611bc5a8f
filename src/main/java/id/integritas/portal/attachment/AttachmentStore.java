package id.integritas.portal.attachment;

import id.integritas.portal.system.web.UploadScratch;

import id.integritas.portal.system.web.IncomingFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.tika.Tika;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * Checks uploads against the limits and the allow-list (by content, never by name), makes the handler copy, then
 * seals and stores both. Files stay on disk until they are stored, and are encrypted and written in segments of
 * {@value #SEGMENT_BYTES} bytes, so memory use does not grow with their size; only image re-encoding needs the
 * decoded pixels, and how many of those run at once is bounded by {@code portal.uploads.concurrent-rewrites}.
 */
@ApplicationScoped
public class AttachmentStore {

    public static final String FIELD = "attachments";
    static final String ORIGINAL = "attachment.original";
    static final String HANDLER_COPY = "attachment.handler-copy";
    static final String NAME = "attachment.name";
    static final int SEGMENT_BYTES = 1024 * 1024;
    static final short PART_ORIGINAL = 0;
    static final short PART_HANDLER_COPY = 1;
    static final String PDF = "application/pdf";
    /** Enough for Tika's magic-byte detection of every allowed type. */
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Tika tika = new Tika();
    private final Semaphore rewrites;

    @Inject
    PortalConfig config;

    @Inject
    DataCipher cipher;

    @Inject
    MetadataStripper stripper;

    @Inject
    AttachmentRepository repository;

    @Inject
    UploadScratch scratch;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public AttachmentStore(PortalConfig config) {
        this.rewrites = new Semaphore(Math.max(1, config.uploads().concurrentRewrites()), true);
    }

    /** A checked file, ready to store: the file as received, its handler copy on disk and the original's digest. */
    public record Prepared(String fileName, String mediaType, IncomingFile original, Path handlerCopy,
            String originalSha256) {
    }

    /** @throws ApiProblemException 413 when a file or the number of files is over the limit */
    public List<Prepared> prepare(List<IncomingFile> files) {
        if (files.size() > config.uploads().maxFiles()) {
            throw new InvalidInputException(new FieldError(FIELD, "too_many_files", List.of(config.uploads().maxFiles())));
        }
        for (IncomingFile f : files) {
            if (f.size() > config.uploads().maxFileBytes()) {
                throw ApiProblemException.tooLarge();
            }
        }
        List<Prepared> prepared = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (IncomingFile f : files) {
            String name = safeName(f.fileName());
            String type = sniff(f);
            if (!config.uploads().allowedTypes().contains(type)) {
                errors.add(new FieldError(FIELD, "file_type", List.of(name)));
                continue;
            }
            try {
                Path copy = scratch.newFile(".copy");
                rewrite(type, f.path(), copy);
                prepared.add(new Prepared(name, type, f, copy, sha256(f)));
            } catch (MetadataStripper.TooManyPixelsException e) {
                errors.add(new FieldError(FIELD, "image_too_large",
                        List.of(name, config.uploads().maxImagePixels() / 1_000_000)));
            } catch (MetadataStripper.UnreadableFileException e) {
                errors.add(new FieldError(FIELD, "file_unreadable", List.of(name)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.subList(0, 1));
        }
        return prepared;
    }

    private String sniff(IncomingFile f) {
        try (InputStream in = f.open()) {
            return tika.detect(in.readNBytes(SNIFF_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rewrite(String type, Path in, Path out)
            throws MetadataStripper.UnreadableFileException, MetadataStripper.TooManyPixelsException {
        long maxPixels = config.uploads().maxImagePixels();
        try {
            // A header that lies about its size is refused before waiting for (or taking) a decoding slot.
            if (type.startsWith("image/") && MetadataStripper.tooManyPixels(in, maxPixels)) {
                throw new MetadataStripper.TooManyPixelsException();
            }
        } catch (IOException e) {
            throw new MetadataStripper.UnreadableFileException(type);
        }
        try {
            if (!rewrites.tryAcquire(2, TimeUnit.MINUTES)) {
                throw new ApiProblemException(503, "busy", java.util.Map.of("Retry-After", "30"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblemException(503, "busy", java.util.Map.of("Retry-After", "30"));
        }
        try {
            stripper.strip(type, in, out, maxPixels);
        } finally {
            rewrites.release();
        }
    }

    private static String sha256(IncomingFile f) {
        try (InputStream in = new DigestInputStream(f.open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores checked files within the caller's transaction, encrypting them segment by segment as they are
     * written. Without {@code keepOriginals} only the handler copy is stored (anonymous tips: the original's
     * metadata may show where and by whom it was made).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(Long caseId, Long messageId, List<Prepared> files, boolean keepOriginals) {
        for (Prepared p : files) {
            persist(caseId, messageId, null, p, keepOriginals, null);
        }
    }

    /**
     * Stores files an officer uploads while working a case, within the caller's transaction: originals are kept
     * (they are the office's own documents), and the rows name the officer, so the reporter never sees them listed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> storeByOfficer(Long caseId, Long officerAccountId, List<Prepared> files) {
        java.util.Objects.requireNonNull(officerAccountId, "officerAccountId");
        List<Attachment> stored = new ArrayList<>();
        for (Prepared p : files) {
            stored.add(persist(caseId, null, null, p, true, officerAccountId));
        }
        return stored;
    }

    /**
     * A copy of {@code source} on another case, sealed under the copy's own id: each segment is decrypted with the
     * source's binding and encrypted again with the copy's, one segment at a time, so a 10-MB file is never whole in
     * memory (rows stored before V3, which are whole anyway, are re-cut into segments). The copy keeps the media
     * type, size, name, whether the original was kept and who added it; it belongs to no message of the new case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attachment copyToCase(Attachment source, Long targetCaseId) {
        Attachment a = new Attachment();
        a.caseId = targetCaseId;
        a.mediaType = source.mediaType;
        a.sizeBytes = source.sizeBytes;
        a.fileName = cipher.encryptText(fileName(source), NAME);
        a.originalKept = source.originalKept && (source.chunked || source.original != null);
        a.chunked = true;
        a.createdAt = clock.instant();
        a.addedByAccountId = source.addedByAccountId;
        repository.persist(a);
        repository.flush();
        if (a.originalKept) {
            reseal(source, PART_ORIGINAL, a.id);
        }
        reseal(source, PART_HANDLER_COPY, a.id);
        return a;
    }

    private void reseal(Attachment source, short part, long targetId) {
        if (!source.chunked) {
            byte[] whole = cipher.decrypt(part == PART_ORIGINAL ? source.original : source.handlerCopy, purpose(part));
            try {
                writeSegments(targetId, part, new ByteArrayInputStream(whole));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String purpose = purpose(part);
        int count = segmentCount(source.id, part);
        for (int seq = 0; seq < count; seq++) {
            boolean last = seq == count - 1;
            byte[] plain = cipher.decrypt(segment(source.id, part, seq), segmentAad(purpose, source.id, seq, last));
            insertSegment(targetId, part, seq, cipher.encrypt(plain, segmentAad(purpose, targetId, seq, last)));
        }
    }

    /**
     * Checks a decree's scan: PDF only (by content), within the per-file limit; its cleaned copy is made as for
     * report attachments (no document information, XMP or active content).
     *
     * @throws ApiProblemException 413 when it is over the limit
     * @throws InvalidInputException {@code pdf_only} or {@code file_unreadable} on {@code field}
     */
    public Prepared preparePdf(IncomingFile f, String field) {
        if (f.size() > config.uploads().maxFileBytes()) {
            throw ApiProblemException.tooLarge();
        }
        String name = safeName(f.fileName());
        if (f.size() == 0 || !PDF.equals(sniff(f))) {
            throw new InvalidInputException(new FieldError(field, "pdf_only"));
        }
        try {
            Path copy = scratch.newFile(".copy");
            rewrite(PDF, f.path(), copy);
            return new Prepared(name, PDF, f, copy, sha256(f));
        } catch (MetadataStripper.UnreadableFileException | MetadataStripper.TooManyPixelsException e) {
            throw new InvalidInputException(new FieldError(field, "file_unreadable", List.of(name)));
        }
    }

    /** Stores a checked decree scan (sealed original and cleaned copy) within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attachment storeForDecree(Long decreeId, Prepared p) {
        return persist(null, null, decreeId, p, true, null);
    }

    /**
     * Stores a checked file for a record that links it from its own table (e.g. monev minutes), sealed original
     * and cleaned copy, within the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attachment storeHeld(Prepared p) {
        return persist(null, null, null, p, true, null);
    }

    private Attachment persist(Long caseId, Long messageId, Long decreeId, Prepared p, boolean keepOriginal,
            Long addedByAccountId) {
        Attachment a = new Attachment();
        a.heldByRecord = caseId == null && decreeId == null;
        a.caseId = caseId;
        a.messageId = messageId;
        a.decreeId = decreeId;
        a.mediaType = p.mediaType();
        a.sizeBytes = p.original().size();
        a.fileName = cipher.encryptText(p.fileName(), NAME);
        a.originalKept = keepOriginal;
        a.chunked = true;
        a.createdAt = clock.instant();
        a.addedByAccountId = addedByAccountId;
        repository.persist(a);
        repository.flush();
        try {
            if (keepOriginal) {
                writeSegments(a.id, PART_ORIGINAL, p.original().path());
            }
            writeSegments(a.id, PART_HANDLER_COPY, p.handlerCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return a;
    }

    private void writeSegments(long attachmentId, short part, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            writeSegments(attachmentId, part, in);
        }
    }

    private void writeSegments(long attachmentId, short part, InputStream in) throws IOException {
        String purpose = purpose(part);
        byte[] current = in.readNBytes(SEGMENT_BYTES);
        int seq = 0;
        while (true) {
            byte[] next = current.length < SEGMENT_BYTES ? new byte[0] : in.readNBytes(SEGMENT_BYTES);
            boolean last = next.length == 0;
            insertSegment(attachmentId, part, seq, cipher.encrypt(current, segmentAad(purpose, attachmentId, seq, last)));
            if (last) {
                return;
            }
            current = next;
            seq++;
        }
    }

    private void insertSegment(long attachmentId, short part, int seq, byte[] sealed) {
        em.createNativeQuery("insert into attachment_chunk (attachment_id, part, seq, data) values (?1, ?2, ?3, ?4)")
                .setParameter(1, attachmentId).setParameter(2, part).setParameter(3, seq).setParameter(4, sealed)
                .executeUpdate();
    }

    private int segmentCount(long attachmentId, short part) {
        return ((Number) em.createNativeQuery("select count(*) from attachment_chunk where attachment_id = ?1 and part = ?2")
                .setParameter(1, attachmentId).setParameter(2, part).getSingleResult()).intValue();
    }

    private byte[] segment(long attachmentId, short part, int seq) {
        return (byte[]) em.createNativeQuery(
                "select data from attachment_chunk where attachment_id = ?1 and part = ?2 and seq = ?3")
                .setParameter(1, attachmentId).setParameter(2, part).setParameter(3, seq).getSingleResult();
    }

    /** Binds a segment to its file, place and whether it ends the file, so none can be swapped, reordered or cut. */
    private static String segmentAad(String purpose, long attachmentId, int seq, boolean last) {
        return purpose + "/" + attachmentId + "/" + seq + (last ? "/last" : "/more");
    }

    private static String purpose(short part) {
        return part == PART_ORIGINAL ? ORIGINAL : HANDLER_COPY;
    }

    /** The decrypted handler copy, read segment by segment (needs a transaction). */
    public InputStream openHandlerCopy(Attachment a) {
        if (!a.chunked) {
            return new ByteArrayInputStream(cipher.decrypt(a.handlerCopy, HANDLER_COPY));
        }
        return new SegmentStream(a.id, PART_HANDLER_COPY);
    }

    /** The sealed original, if it was kept (needs a transaction). */
    public Optional<InputStream> openOriginal(Attachment a) {
        if (!a.chunked) {
            return Optional.ofNullable(a.original).map(o -> new ByteArrayInputStream(cipher.decrypt(o, ORIGINAL)));
        }
        return a.originalKept ? Optional.of(new SegmentStream(a.id, PART_ORIGINAL)) : Optional.empty();
    }

    public byte[] handlerCopy(Attachment a) {
        try (InputStream in = openHandlerCopy(a)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String fileName(Attachment a) {
        return cipher.decryptText(a.fileName, NAME);
    }

    /** Decrypts one segment at a time, fetching each when the previous one is used up. */
    private final class SegmentStream extends InputStream {
        private final long attachmentId;
        private final short part;
        private final int count;
        private int seq;
        private byte[] buffer = new byte[0];
        private int pos;

        SegmentStream(long attachmentId, short part) {
            this.attachmentId = attachmentId;
            this.part = part;
            this.count = segmentCount(attachmentId, part);
            if (count == 0) {
                throw new IllegalStateException("attachment " + attachmentId + " has no stored segments");
            }
        }

        private boolean fill() {
            while (pos >= buffer.length) {
                if (seq >= count) {
                    return false;
                }
                byte[] sealed = segment(attachmentId, part, seq);
                buffer = cipher.decrypt(sealed, segmentAad(purpose(part), attachmentId, seq, seq == count - 1));
                pos = 0;
                seq++;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? buffer[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, buffer.length - pos);
            System.arraycopy(buffer, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "lampiran";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}
