package id.integritas.portal.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The clocks of docs/domain-rules.md §4 as they stand from {@code effectiveFrom} until the next set takes effect.
 * A case uses the set in force on its start date and keeps its id, so a later change never moves its deadlines.
 */
@Entity
@Table(name = "deadline_rule_set")
public class DeadlineRuleSet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "legal_note", length = 500)
    public String legalNote;

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("clock")
    public List<DeadlineRule> rules = new ArrayList<>();

    public Optional<DeadlineRule> rule(String clock) {
        return rules.stream().filter(r -> r.clock.equals(clock)).findFirst();
    }

    public DeadlineRule add(DeadlineRule rule) {
        rule.ruleSet = this;
        rules.add(rule);
        return rule;
    }
}
