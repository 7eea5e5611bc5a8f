package id.integritas.portal.document;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.integritas.portal.casefile.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a standard document (SOP, pedoman, standar pelayanan, maklumat): a PDF an administrator uploaded,
 * in force from {@code effectiveFrom} until the version that replaces it takes effect. Versions are never changed
 * or deleted; a newer one names the one it replaces ({@code replacesId}).
 */
@Entity
@Table(name = "standard_document")
public class StandardDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DocumentKind kind;

    /** The channel the document governs, if it is about one (e.g. the complaints SOP); null for office-wide ones. */
    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    public Channel channel;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "replaces_id")
    public Long replacesId;

    @Column(name = "attachment_id", nullable = false)
    public Long attachmentId;

    /** SHA-256 (hex) of the PDF as uploaded. */
    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "uploaded_by", nullable = false)
    public Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
