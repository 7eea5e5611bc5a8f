package id.integritas.portal.monev;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A file of a monev meeting or of one recommendation's follow-up, stored as an encrypted attachment. */
@Entity
@Table(name = "monev_attachment")
public class MeetingFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "meeting_id", nullable = false)
    public Long meetingId;

    @Column(name = "recommendation_id")
    public Long recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public FileKind kind;

    @Column(name = "attachment_id", nullable = false)
    public Long attachmentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
