package id.integritas.portal.monev;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recommendation of a monev meeting, with the account that owns it, its due date and its follow-up. */
@Entity
@Table(name = "monev_recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    public Meeting meeting;

    @Column(nullable = false, length = 2000)
    public String text;

    @Column(name = "owner_account_id", nullable = false)
    public Long ownerAccountId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public FollowUpStatus status = FollowUpStatus.BELUM;

    @Column(name = "follow_up", length = 4000)
    public String followUp;

    @Column(name = "followed_up_at")
    public Instant followedUpAt;

    @Column(name = "followed_up_by")
    public Long followedUpBy;

    @Version
    public int version;

    /**
     * Records how far the recommendation was followed up. A partial or complete follow-up must say what was done
     * (the evidence assessors ask for); going back to BELUM keeps the earlier text as it was written.
     */
    public void followUp(FollowUpStatus to, String evidence, Long actor, Instant at) {
        String text = evidence == null ? null : evidence.strip();
        if (to != FollowUpStatus.BELUM && (text == null || text.isEmpty())) {
            throw new InvalidInputException(new FieldError("followUp", "required"));
        }
        status = to;
        if (text != null && !text.isEmpty()) {
            followUp = text;
        }
        followedUpAt = at;
        followedUpBy = actor;
    }
}
