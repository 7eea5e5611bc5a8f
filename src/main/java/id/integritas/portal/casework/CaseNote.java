package id.integritas.portal.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An officers' internal note on a case; the body is encrypted ({@code EncryptionLabels.NOTE}); never shown to the reporter. */
@Entity
@Table(name = "case_note")
public class CaseNote extends PanacheEntityBase {

    public static final int MAX_LENGTH = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(name = "author_account_id", nullable = false)
    public Long authorAccountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public byte[] body;
}
