package id.integritas.portal.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.integritas.portal.casefile.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A decree (Surat Keputusan, SK) appointing a team for a period. Its members work the team's channel only while
 * both the SK and their own membership are in force (docs/domain-rules.md).
 */
@Entity
@Table(name = "decree")
public class Decree extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_kind", nullable = false, length = 30)
    public TeamKind teamKind;

    /** Copied from the team kind so that access is decided in one SQL query; null for PPID. */
    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    public Channel channel;

    @Column(nullable = false, length = 100)
    public String number;

    @Column(name = "decree_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false, length = 200)
    public String signatory;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The current scan of the signed decree (an attachment with this decree's id), if one was uploaded. */
    @Column(name = "scan_attachment_id")
    public Long scanAttachmentId;

    /** SHA-256 (hex) of the scan as uploaded. */
    @Column(name = "scan_sha256", length = 64)
    public String scanSha256;

    @OneToMany(mappedBy = "decree", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<TeamMember> members = new ArrayList<>();

    @Version
    public int version;

    public void kind(TeamKind kind) {
        this.teamKind = kind;
        this.channel = kind.channel().orElse(null);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** In force on {@code today} and ending within {@code days} days: administrators are warned. */
    public boolean expiresWithin(LocalDate today, int days) {
        return inForceOn(today) && !validUntil.isAfter(today.plusDays(days));
    }
}
