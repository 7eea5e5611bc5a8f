package id.integritas.portal.team;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DecreeRepository implements PanacheRepository<Decree> {

    /** A page of decrees, newest period first (index decree_list_idx). */
    public List<Decree> page(int page, int size) {
        return findAll(Sort.descending("validFrom").and("id", Sort.Direction.Descending)).page(Page.of(page, size)).list();
    }

    /** Decrees in force on {@code today} that end within {@code days} days, soonest first (index decree_until_idx). */
    public List<Decree> expiring(LocalDate today, int days) {
        return find("validUntil >= ?1 and validUntil <= ?2 and validFrom <= ?1", Sort.by("validUntil").and("id"),
                today, today.plusDays(days)).page(Page.of(0, 50)).list();
    }
}
