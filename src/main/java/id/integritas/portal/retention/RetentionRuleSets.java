package id.integritas.portal.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * The retention rule sets: the one in force on a day, the list, and a new version. A new set takes effect on a
 * future day (never today or earlier, so no run has used a day's rules before they are known) and past sets are never
 * changed: the rules that destroyed a case stay readable as they were.
 */
@ApplicationScoped
public class RetentionRuleSets implements PanacheRepository<RetentionRuleSet> {

    public record RuleRequest(String channel, String outcome, Integer periodMonths, String action) {
    }

    public record RuleSetRequest(String name, LocalDate effectiveFrom, String legalNote, List<RuleRequest> rules) {
    }

    @Inject
    OfficeDay officeDay;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    /** The set in force on {@code day} (the latest that took effect on or before it), with its rules. */
    public Optional<RetentionRuleSet> inForceOn(LocalDate day) {
        return find("select distinct s from RetentionRuleSet s left join fetch s.rules where s.effectiveFrom = "
                + "(select max(x.effectiveFrom) from RetentionRuleSet x where x.effectiveFrom <= ?1)", day).list().stream().findFirst();
    }

    /** Every set, newest first, with its rules (a handful of rows: one per decision of the office). */
    public List<RetentionRuleSet> all() {
        return find("select distinct s from RetentionRuleSet s left join fetch s.rules order by s.effectiveFrom desc").list();
    }

    /**
     * Adds a new version. Refused (400 with field details): a missing name, an effective date that is not in the
     * future or already taken, an unknown channel, an outcome that is not a closed state of the channel's workflow, a
     * period outside 1 month .. {@code portal.privacy.retention-years} (what the privacy notice promises), an unknown action, a channel and outcome given twice, no rule at all.
     */
    @Transactional
    public RetentionRuleSet add(RuleSetRequest request, Long actorAccountId) {
        List<FieldError> errors = new ArrayList<>();
        if (request.name() == null || request.name().isBlank()) {
            errors.add(new FieldError("name", "required"));
        } else if (request.name().strip().length() > 100) {
            errors.add(new FieldError("name", "too_long", List.of(100)));
        }
        if (request.legalNote() != null && request.legalNote().strip().length() > 500) {
            errors.add(new FieldError("legalNote", "too_long", List.of(500)));
        }
        LocalDate today = officeDay.today();
        if (request.effectiveFrom() == null) {
            errors.add(new FieldError("effectiveFrom", "required"));
        } else if (!request.effectiveFrom().isAfter(today)) {
            errors.add(new FieldError("effectiveFrom", "not_in_future"));
        } else if (count("effectiveFrom", request.effectiveFrom()) > 0) {
            errors.add(new FieldError("effectiveFrom", "taken"));
        }
        List<RuleRequest> rules = request.rules() == null ? List.of() : request.rules();
        if (rules.isEmpty()) {
            errors.add(new FieldError("rules", "required"));
        } else if (rules.size() > 100) {
            errors.add(new FieldError("rules", "too_many_items", List.of(100)));
        }
        // The privacy notice (/privasi) promises reporters this ceiling; a hold is the only way past it.
        int maxMonths = config.privacy().retentionYears() * 12;
        RetentionRuleSet set = new RetentionRuleSet();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size() && i < 100; i++) {
            RuleRequest r = rules.get(i);
            String at = "rules[" + i + "].";
            if (r == null) {
                errors.add(new FieldError("rules[" + i + "]", "required"));
                continue;
            }
            Channel channel = enumOf(Channel.class, r.channel());
            if (channel == null) {
                errors.add(new FieldError(at + "channel", r.channel() == null ? "required" : "unknown_option"));
            } else if (r.outcome() == null || WorkflowStatus.find(channel, r.outcome()).filter(WorkflowStatus::closed).isEmpty()) {
                errors.add(new FieldError(at + "outcome", r.outcome() == null ? "required" : "not_closed_state"));
            } else if (!seen.add(channel + "/" + r.outcome())) {
                errors.add(new FieldError(at + "outcome", "duplicate"));
            }
            if (r.periodMonths() == null) {
                errors.add(new FieldError(at + "periodMonths", "required"));
            } else if (r.periodMonths() < 1 || r.periodMonths() > maxMonths) {
                errors.add(new FieldError(at + "periodMonths", "out_of_range", List.of(1, maxMonths)));
            }
            RetentionAction action = enumOf(RetentionAction.class, r.action());
            if (action == null) {
                errors.add(new FieldError(at + "action", r.action() == null ? "required" : "unknown_option"));
            }
            if (errors.isEmpty()) {
                RetentionRule rule = new RetentionRule();
                rule.channel = channel;
                rule.outcome = r.outcome();
                rule.periodMonths = r.periodMonths();
                rule.action = action;
                set.add(rule);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        set.name = request.name().strip();
        set.effectiveFrom = request.effectiveFrom();
        set.legalNote = request.legalNote() == null || request.legalNote().isBlank() ? null : request.legalNote().strip();
        set.createdAt = clock.instant();
        set.createdBy = actorAccountId;
        persist(set);
        audit.record(actorAccountId, "RETENTION_RULES_ADDED", "RETENTION_RULE_SET", set.id,
                "effective " + set.effectiveFrom + ", " + set.rules.size() + " rules");
        return set;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
