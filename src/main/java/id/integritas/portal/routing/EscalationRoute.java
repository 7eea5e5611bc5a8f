package id.integritas.portal.routing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Where cases go when the person reported is the head of office or a member of the team that would handle them
 * (Inspektorat Kota Medan by default). Rows are effective-dated: a case uses the row in force on its submission day
 * and keeps it; a new row never moves older cases. Only accounts holding {@link #role} see escalated cases.
 */
@Entity
@Table(name = "escalation_route")
public class EscalationRoute extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 30)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    /** An account role name ({@code Role}); its holders see the escalated cases. */
    @Column(nullable = false, length = 30)
    public String role;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public Long createdBy;
}
