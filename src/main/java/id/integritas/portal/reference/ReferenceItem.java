package id.integritas.portal.reference;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One option of a configurable list (services, problem types, WBS categories, gift occasions). */
@Entity
@Table(name = "reference_item")
public class ReferenceItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "list_code", nullable = false, length = 40)
    public String listCode;

    @Column(nullable = false, length = 60)
    public String code;

    @Column(name = "label_id", nullable = false, length = 200)
    public String labelId;

    @Column(name = "label_en", nullable = false, length = 200)
    public String labelEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelId;
    }
}
