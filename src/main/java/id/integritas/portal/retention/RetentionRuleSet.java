package id.integritas.portal.retention;

import java.time.Instant;
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

import id.integritas.portal.casefile.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The retention periods as they stand from {@code effectiveFrom} until the next set takes effect. Unlike deadline
 * rule sets, the set in force on the day the job runs applies to every closed case: keeping data is judged by
 * today's rules, not by those of the day the case was filed.
 */
@Entity
@Table(name = "retention_rule_set")
public class RetentionRuleSet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "legal_note", length = 500)
    public String legalNote;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public Long createdBy;

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("channel, outcome")
    public List<RetentionRule> rules = new ArrayList<>();

    public Optional<RetentionRule> rule(Channel channel, String outcome) {
        return rules.stream().filter(r -> r.channel == channel && r.outcome.equals(outcome)).findFirst();
    }

    public RetentionRule add(RetentionRule rule) {
        rule.ruleSet = this;
        rules.add(rule);
        return rule;
    }
}
