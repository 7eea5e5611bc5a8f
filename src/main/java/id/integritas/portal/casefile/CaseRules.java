package id.integritas.portal.casefile;

import static id.integritas.portal.casefile.CaseActor.Relation.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Who may take which step on a case (domain.md §1, §3, §6), as one table over {@link CaseActor} and
 * {@link CaseAction}:
 * <ul>
 * <li>any member of the handling team: verify, ask the reporter for more, resume, process, postpone, answer, record
 * an outside step;</li>
 * <li>the chair or secretary of the handling team: also assign/reassign, forward outside, escalate, decide
 * (gratification), close, archive, reopen;</li>
 * <li>conflict-of-interest decision: the declarant's superior or the CoI team's chair;</li>
 * <li>officers of the unit a complaint is assigned to: process and answer it;</li>
 * <li>the escalation route's reviewers: everything, on the cases escalated to them.</li>
 * </ul>
 * The API and the pages ask this class; they never decide themselves.
 */
public final class CaseRules {

    private CaseRules() {
    }

    private static final Set<CaseAction> TEAM_WORK = Set.of(CaseAction.VERIFY, CaseAction.ASK_MORE, CaseAction.RESUME,
            CaseAction.PROCESS, CaseAction.POSTPONE, CaseAction.ANSWER, CaseAction.RECORD);

    public static boolean permits(CaseActor a, CaseAction action, Channel channel) {
        if (a.is(ESCALATION_REVIEWER)) {
            return true;
        }
        boolean member = a.is(TEAM_MEMBER);
        return switch (action) {
            case VERIFY, ASK_MORE, RESUME, PROCESS, POSTPONE, ANSWER, RECORD -> member
                    || (a.is(UNIT_OFFICER) && channel == Channel.ADU && (action == CaseAction.PROCESS || action == CaseAction.ANSWER))
                    || (a.is(SUPERIOR) && channel == Channel.BKP && (action == CaseAction.VERIFY || action == CaseAction.RECORD));
            case DECIDE -> channel == Channel.BKP
                    ? a.is(SUPERIOR) || a.teamPosition() == CaseActor.TeamPosition.CHAIR
                    : member && a.leads();
            case ASSIGN, FORWARD, ESCALATE, CLOSE, ARCHIVE, REOPEN -> member && a.leads();
            case PRIVACY_RAISED -> a.handles();
        };
    }

    /** Whether {@code action} is something the team does at all (for the documentation's table). */
    static boolean teamWork(CaseAction action) {
        return TEAM_WORK.contains(action);
    }

    /**
     * The states this actor may move the case to now, in the workflow's order. Disposisi ({@link CaseAction#ASSIGN})
     * is not among them: it needs an assignee and goes through {@link ReportCase#assign}.
     */
    public static List<String> allowedTransitions(ReportCase c, CaseActor a) {
        WorkflowStatus from = c.workflowStatus();
        return Arrays.stream(WorkflowStatus.all(c.channel)).filter(from::canMoveTo)
                .filter(to -> {
                    CaseAction action = CaseAction.of(c.channel, from, to);
                    return action != CaseAction.ASSIGN && permits(a, action, c.channel);
                })
                .map(WorkflowStatus::name).toList();
    }

    /** States in which a case may be (re)assigned: a verified complaint not yet answered; any open case elsewhere. */
    public static boolean assignableState(ReportCase c) {
        if (c.channel == Channel.ADU) {
            return Set.of("TERVERIFIKASI", "DIDISPOSISI", "DIPROSES", "DITUNDA").contains(c.status);
        }
        PublicStatus p = c.publicStatus();
        return p != PublicStatus.SELESAI && p != PublicStatus.DITUTUP && p != PublicStatus.DITERUSKAN;
    }

    public static boolean mayAssign(ReportCase c, CaseActor a) {
        return assignableState(c) && permits(a, CaseAction.ASSIGN, c.channel);
    }

    /**
     * The reporter's identity: RAHASIA only for the handling team (SK members of the channel, the escalation
     * reviewers, and for a declaration the declarant's superior); TERBUKA also for officers of the assigned unit.
     * Anyone named in the case never gets this far: the visibility predicate hides the case from them.
     */
    public static boolean maySeeIdentity(ReportCase c, CaseActor a) {
        if (c.identityMode == IdentityMode.ANONIM) {
            return false;
        }
        if (a.handles() || (c.channel == Channel.BKP && a.is(SUPERIOR))) {
            return true;
        }
        return c.identityMode == IdentityMode.TERBUKA && a.is(UNIT_OFFICER);
    }

    /** The sealed original of an attachment: the chair of the handling team (or an escalation reviewer), with a reason. */
    public static boolean maySeeOriginal(CaseActor a) {
        return a.is(ESCALATION_REVIEWER) || (a.is(TEAM_MEMBER) && a.teamPosition() == CaseActor.TeamPosition.CHAIR);
    }

    /** Internal notes: everyone who works the case in any capacity. */
    public static boolean mayWriteNotes(CaseActor a) {
        return !a.relations().isEmpty();
    }

    /**
     * Uploading the office's own files to a case (answer letter, KPK decision scan, minutes): everyone who works the
     * case in any capacity, as for notes; someone who only sees it (no relation to it) may not.
     */
    public static boolean mayAddFiles(CaseActor a) {
        return !a.relations().isEmpty();
    }

    public static boolean mayRaisePrivacy(ReportCase c, CaseActor a) {
        return c.identityMode == IdentityMode.TERBUKA && permits(a, CaseAction.PRIVACY_RAISED, c.channel);
    }
}
