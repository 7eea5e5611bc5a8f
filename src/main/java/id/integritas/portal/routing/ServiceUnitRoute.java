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
 * One row of the complaint map "service → handling unit", in force from {@link #effectiveFrom} until the next row
 * of the same service. A complaint takes the unit in force on its submission day and keeps it.
 */
@Entity
@Table(name = "service_unit_route")
public class ServiceUnitRoute extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "service_code", nullable = false, length = 60)
    public String serviceCode;

    @Column(name = "unit_code", nullable = false, length = 30)
    public String unitCode;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public Long createdBy;
}
