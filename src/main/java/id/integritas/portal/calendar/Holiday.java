package id.integritas.portal.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A day off in the working-day calendar (libur nasional, cuti bersama, ...), edited at run time. */
@Entity
@Table(name = "holiday")
public class Holiday extends PanacheEntityBase {

    public enum Kind {
        LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH, LAINNYA
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "holiday_date", nullable = false)
    public LocalDate date;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "legal_basis", length = 200)
    public String legalBasis;

    public static Holiday of(String date, Kind kind, String name, String basis) {
        Holiday h = new Holiday();
        h.date = LocalDate.parse(date);
        h.kind = kind;
        h.name = name;
        h.legalBasis = basis;
        return h;
    }
}
