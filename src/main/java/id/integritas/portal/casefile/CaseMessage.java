package id.integritas.portal.casefile;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A message between the reporter (through the tracking code) and the handlers; the body is encrypted. */
@Entity
@Table(name = "case_message")
public class CaseMessage extends PanacheEntityBase {

    public enum Author {
        REPORTER, OFFICER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Author author;

    @Column(name = "officer_account_id")
    public Long officerAccountId;

    @Column(nullable = false)
    public byte[] body;

    /** The longest message either side may send. */
    public static final int MAX_LENGTH = 5000;

    /** The one rule for a message's text, whoever writes it: not blank, not over {@link #MAX_LENGTH}. */
    public static String checkedBody(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(new FieldError("message", "required"));
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(new FieldError("message", "too_long", List.of(MAX_LENGTH)));
        }
        return text.strip();
    }
}
