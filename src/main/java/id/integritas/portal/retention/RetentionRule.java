package id.integritas.portal.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import id.integritas.portal.casefile.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How long a case of one channel closed in one outcome (a closed state) is kept, counted from its closing. */
@Entity
@Table(name = "retention_rule")
public class RetentionRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_set_id")
    public RetentionRuleSet ruleSet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    public Channel channel;

    @Column(nullable = false, length = 40)
    public String outcome;

    @Column(name = "period_months", nullable = false)
    public int periodMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public RetentionAction action;
}
