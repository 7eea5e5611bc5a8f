package id.integritas.portal.casework.gratification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A set of gratification exemptions in force from {@link #effectiveFrom} until the next set (V14). */
@Entity
@Table(name = "gratification_exemption_set")
public class ExemptionSet extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(nullable = false, length = 30)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "legal_basis", nullable = false, length = 300)
    public String legalBasis;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @OneToMany(mappedBy = "set", fetch = FetchType.EAGER)
    @OrderBy("sortOrder")
    public List<Exemption> exemptions = new ArrayList<>();

    public java.util.Optional<Exemption> exemption(String exemptionCode) {
        return exemptions.stream().filter(e -> e.code.equals(exemptionCode)).findFirst();
    }

    /** The per-giver yearly limit (gifts between colleagues), if the set has one. */
    public java.math.BigDecimal yearlyLimit() {
        return exemptions.stream().map(e -> e.limitPerYear).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
