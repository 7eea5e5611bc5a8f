package id.integritas.portal.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A file attached to a case or message, or the scan of a decree (SK) ({@code decreeId}; then no case). The original is sealed (encrypted, metadata intact, for evidence) unless
 * it was not kept (anonymous tips); the handler copy has its metadata removed. Both are stored encrypted in
 * segments in {@code attachment_chunk} ({@link AttachmentStore}); the file name is encrypted here. Rows stored
 * before V3 carry their ciphertexts whole in {@code original}/{@code handler_copy} ({@code chunked = false}).
 */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public Long caseId;

    /** Set (instead of {@link #caseId}) for the scanned PDF of a decree (SK). */
    @Column(name = "decree_id")
    public Long decreeId;

    /** Set (instead of a case or decree) when another record links this file from its own table (monev). */
    @Column(name = "held_by_record", nullable = false)
    public boolean heldByRecord;

    @Column(name = "message_id")
    public Long messageId;

    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "file_name", nullable = false)
    public byte[] fileName;

    /** Only in rows stored before V3. */
    public byte[] original;

    /** Only in rows stored before V3. */
    @Column(name = "handler_copy")
    public byte[] handlerCopy;

    @Column(name = "original_kept", nullable = false)
    public boolean originalKept = true;

    @Column(nullable = false)
    public boolean chunked;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * The officer who uploaded it while working the case (an answer letter, a KPK decision scan, minutes, a hand-over
     * proof); null for the reporter's own files. The reporter's tracking view never lists an officer's file.
     */
    @Column(name = "added_by_account_id")
    public Long addedByAccountId;

    public boolean addedByOfficer() {
        return addedByAccountId != null;
    }
}
