package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class DeadlineRuleSets implements PanacheRepository<DeadlineRuleSet> {

    /**
     * The set in force on {@code day}: the latest that took effect on or before it (with its rules loaded). One row at
     * most (effective_from is unique), read as a list: a row limit with a fetch join would be applied in memory.
     */
    public Optional<DeadlineRuleSet> inForceOn(LocalDate day) {
        return find("select distinct s from DeadlineRuleSet s left join fetch s.rules where s.effectiveFrom = "
                + "(select max(x.effectiveFrom) from DeadlineRuleSet x where x.effectiveFrom <= ?1)", day).list().stream().findFirst();
    }
}
