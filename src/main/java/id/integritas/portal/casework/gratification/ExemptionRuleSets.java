package id.integritas.portal.casework.gratification;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** The exemption rule sets; a gift is judged by the set in force on the day it was received. */
@ApplicationScoped
public class ExemptionRuleSets implements PanacheRepository<ExemptionSet> {

    public Optional<ExemptionSet> inForceOn(LocalDate day) {
        if (day == null) {
            return Optional.empty();
        }
        Optional<ExemptionSet> set = find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), day).firstResultOptional();
        // The oldest set held also judges gifts received before it (the portal keeps no older rules).
        return set.isPresent() ? set : findAll(Sort.ascending("effectiveFrom")).firstResultOptional();
    }
}
