package id.integritas.portal.casework.gratification;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One exemption (a kind of gift that need not be reported), with its limits in Rupiah where it has any. */
@Entity
@Table(name = "gratification_exemption")
public class Exemption extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "set_id")
    public ExemptionSet set;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 300)
    public String label;

    @Column(name = "legal_basis", nullable = false, length = 300)
    public String legalBasis;

    @Column(name = "limit_per_giver", precision = 18, scale = 2)
    public BigDecimal limitPerGiver;

    @Column(name = "limit_per_occasion", precision = 18, scale = 2)
    public BigDecimal limitPerOccasion;

    @Column(name = "limit_per_year", precision = 18, scale = 2)
    public BigDecimal limitPerYear;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
