package id.integritas.portal.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ComplaintStatus;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.validation.FieldError;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A complaint reporter's rating of the official answer (domain.md §3): a score of 1 to 5, satisfied or not, and an
 * optional comment, encrypted ({@link #COMMENT_LABEL}). Satisfied closes the complaint as {@code SELESAI}; not
 * satisfied returns it to {@code DIPROSES}.
 */
@Entity
@Table(name = "case_rating")
public class CaseRating extends PanacheEntityBase {

    /** The encryption label of {@link #comment}. */
    public static final String COMMENT_LABEL = "case.rating-comment";
    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(nullable = false)
    public short score;

    @Column(nullable = false)
    public boolean satisfied;

    public byte[] comment;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;

    /** Only a complaint whose answer was sent and not yet rated or closed. */
    public static boolean ratable(ReportCase c) {
        return c.channel == Channel.ADU && ComplaintStatus.DITANGGAPI.name().equals(c.status);
    }

    /** The field errors of a rating as typed (all at once). */
    public static List<FieldError> check(Integer score, Boolean satisfied, String comment) {
        List<FieldError> errors = new ArrayList<>();
        if (score == null) {
            errors.add(new FieldError("score", "required"));
        } else if (score < 1 || score > 5) {
            errors.add(new FieldError("score", "score_range"));
        }
        if (satisfied == null) {
            errors.add(new FieldError("satisfied", "required"));
        }
        if (comment != null && comment.strip().length() > MAX_COMMENT) {
            errors.add(new FieldError("comment", "too_long", List.of(MAX_COMMENT)));
        }
        return errors;
    }

    /** The reason recorded with the transition the rating makes (no comment: that stays encrypted). */
    public String reason() {
        return (satisfied ? "Pelapor puas dengan tanggapan" : "Pelapor tidak puas dengan tanggapan") + " (nilai " + score + "/5)";
    }
}
