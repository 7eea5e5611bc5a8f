package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class HolidayRepository implements PanacheRepository<Holiday> {

    public List<Holiday> between(LocalDate from, LocalDate to) {
        return list("date between ?1 and ?2 order by date, kind", from, to);
    }

    public boolean hasYear(int year) {
        return count("date between ?1 and ?2", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)) > 0;
    }

    /** One page of a year's rows, by date. */
    public List<Holiday> ofYear(int year, int page, int size) {
        return find("date between ?1 and ?2 order by date, kind", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .page(Page.of(page, size)).list();
    }
}
