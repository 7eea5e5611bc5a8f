package id.integritas.portal.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.integritas.portal.calendar.DeadlineRule;
import id.integritas.portal.calendar.DeadlineRuleSet;
import id.integritas.portal.calendar.DeadlineRuleSets;
import id.integritas.portal.calendar.WorkingDays;
import id.integritas.portal.casefile.CaseStepped;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;

/**
 * Keeps a case's clocks (domain.md §4, rows of {@code case_deadline}) in step with its steps, by the rule set in force
 * on the case's start date (the gift's date received for gratification, the day of submission otherwise), which the
 * case keeps in {@code rule_set_id}. For each rule the step's event code stops, pauses, resumes or starts the clock,
 * in that order of precedence; a start on a stopped clock starts it again (a second answer, a second request to
 * complete), on a paused one resumes it. A case that reaches a final state stops every clock. Runs inside the
 * transaction that stores the step.
 */
@ApplicationScoped
public class CaseClocks {

    /** The event code whose clocks start on the date the gift was received rather than on the day it was reported. */
    static final String GIFT_RECEIVED = "GRATIFIKASI_DITERIMA";

    @Inject
    DeadlineRuleSets ruleSets;

    @Inject
    ClockCalendar calendar;

    void onStep(@Observes CaseStepped step) {
        apply(step);
    }

    public void apply(CaseStepped step) {
        ReportCase c = step.reportCase();
        DeadlineRuleSet set = ruleSetOf(c, step.officeDay());
        if (set == null) {
            return;
        }
        LocalDate day = step.officeDay();
        Map<String, CaseDeadline> clocks = new LinkedHashMap<>();
        CaseDeadline.<CaseDeadline>list("caseId", c.id).forEach(d -> clocks.put(d.clock, d));
        Map<String, List<CaseDeadlinePause>> pauses = new LinkedHashMap<>();
        CaseDeadlinePause.<CaseDeadlinePause>list("caseId = ?1 order by pausedOn, id", c.id)
                .forEach(p -> pauses.computeIfAbsent(p.clock, k -> new ArrayList<>()).add(p));
        LocalDate earliest = clocks.values().stream().map(d -> d.startedOn).min(Comparator.naturalOrder()).orElse(day);
        if (c.giftReceivedOn != null && c.giftReceivedOn.isBefore(earliest)) {
            earliest = c.giftReceivedOn;
        }
        WorkingDays days = calendar.around(earliest, day);
        Steps steps = new Steps(c, day, days, clocks, pauses);

        boolean intake = step.previousStatus() == null;
        Set<String> codes = new LinkedHashSet<>();
        codes.add(step.code());
        if (intake) {
            codes.add(c.status); // the state it was filed in is a step too (a gratification is DITERIMA_UPG at once)
        }
        for (String code : codes) {
            for (DeadlineRule rule : set.rules) {
                if (rule.unit == DeadlineRule.Unit.WORKING_DAYS || rule.unit == DeadlineRule.Unit.CALENDAR_DAYS) {
                    steps.apply(rule, code);
                }
            }
        }
        if (c.workflowStatus().closed()) {
            clocks.values().forEach(steps::stop);
        }
        for (DeadlineRule rule : set.rules) {
            steps.cap(rule);
        }
        if (intake && codes.contains(GIFT_RECEIVED)) {
            CaseDeadline g1 = clocks.get("G1");
            if (g1 != null && g1.dueOn.isBefore(day)) {
                c.lateReport = true;
            }
        }
        c.nextDueOn = clocks.values().stream().filter(CaseDeadline::running).map(d -> d.dueOn)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** The case's rule set; chosen and stored on its first step. */
    DeadlineRuleSet ruleSetOf(ReportCase c, LocalDate officeDay) {
        if (c.ruleSetId != null) {
            return ruleSets.findById(c.ruleSetId);
        }
        LocalDate start = startDate(c, officeDay);
        Optional<DeadlineRuleSet> set = ruleSets.inForceOn(start);
        if (set.isEmpty()) {
            // a start before the first set took effect (a gift received long ago): the earliest set is the nearest
            set = ruleSets.find("order by effectiveFrom").firstResultOptional();
        }
        set.ifPresent(s -> c.ruleSetId = s.id);
        return set.orElse(null);
    }

    /** The date a case's rule set is chosen by: the date a gift was received, otherwise the day it was filed. */
    static LocalDate startDate(ReportCase c, LocalDate officeDay) {
        return c.channel == Channel.GRT && c.giftReceivedOn != null ? c.giftReceivedOn : officeDay;
    }

    /** One step applied to the loaded clocks of one case. */
    private static final class Steps {
        final ReportCase c;
        final LocalDate day;
        final WorkingDays days;
        final Map<String, CaseDeadline> clocks;
        final Map<String, List<CaseDeadlinePause>> pauses;

        Steps(ReportCase c, LocalDate day, WorkingDays days, Map<String, CaseDeadline> clocks,
                Map<String, List<CaseDeadlinePause>> pauses) {
            this.c = c;
            this.day = day;
            this.days = days;
            this.clocks = clocks;
            this.pauses = pauses;
        }

        void apply(DeadlineRule rule, String code) {
            CaseDeadline d = clocks.get(rule.clock);
            if (rule.stops().contains(code)) {
                if (d != null) {
                    stop(d);
                }
            } else if (rule.pauses().contains(code)) {
                if (d != null && d.running()) {
                    d.pausedSince = day;
                    CaseDeadlinePause p = new CaseDeadlinePause();
                    p.caseId = c.id;
                    p.clock = d.clock;
                    p.pausedOn = day;
                    p.persist();
                    pauses.computeIfAbsent(d.clock, k -> new ArrayList<>()).add(p);
                }
            } else if (rule.resumes().contains(code)) {
                if (d != null && d.paused()) {
                    resume(rule, d);
                }
            } else if (rule.starts().contains(code)) {
                LocalDate start = GIFT_RECEIVED.equals(code) && c.giftReceivedOn != null ? c.giftReceivedOn : day;
                if (d == null) {
                    d = new CaseDeadline();
                    d.caseId = c.id;
                    d.clock = rule.clock;
                    d.startedOn = start;
                    d.dueOn = rule.deadline(days, start, List.of());
                    d.persist();
                    clocks.put(d.clock, d);
                } else if (d.paused()) {
                    resume(rule, d);
                } else if (d.stopped()) {
                    // a new round (answered again, asked again): earlier pauses belong to the earlier round
                    pauses.getOrDefault(d.clock, List.of()).forEach(CaseDeadlinePause::delete);
                    pauses.remove(d.clock);
                    d.startedOn = start;
                    d.dueOn = rule.deadline(days, start, List.of());
                    d.stoppedOn = null;
                    d.dueSoonAt = null;
                    d.overdueAt = null;
                }
            }
        }

        void stop(CaseDeadline d) {
            if (d.stopped()) {
                return;
            }
            closeOpenPause(d);
            d.pausedSince = null;
            d.stoppedOn = day;
        }

        private void resume(DeadlineRule rule, CaseDeadline d) {
            closeOpenPause(d);
            d.pausedSince = null;
            List<WorkingDays.Pause> held = pauses.getOrDefault(d.clock, List.of()).stream()
                    .map(p -> new WorkingDays.Pause(p.pausedOn, p.resumedOn)).toList();
            d.dueOn = rule.deadline(days, d.startedOn, held);
        }

        private void closeOpenPause(CaseDeadline d) {
            for (CaseDeadlinePause p : pauses.getOrDefault(d.clock, List.of())) {
                if (p.resumedOn == null) {
                    p.resumedOn = day.isBefore(p.pausedOn) ? p.pausedOn : day;
                }
            }
        }

        /** A clock capped by another (G3 by G1) is never due after it. */
        void cap(DeadlineRule rule) {
            if (rule.cappedBy == null) {
                return;
            }
            CaseDeadline d = clocks.get(rule.clock);
            CaseDeadline cap = clocks.get(rule.cappedBy);
            if (d != null && cap != null && !d.stopped() && cap.dueOn.isBefore(d.dueOn)) {
                d.dueOn = cap.dueOn;
            }
        }
    }
}
