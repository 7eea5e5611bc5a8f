package id.integritas.portal.mail;

/**
 * What a mail says, and to whom it goes. Its subject and text are the message-bundle entries
 * {@code mail.<NAME>.subject} and {@code mail.<NAME>.body} ({0} registration number, {1} channel), rendered at send
 * time by {@link MailRenderer}; none carries report content or a reporter's identity.
 */
public enum MailKind {
    /** Officers: a new case for your team (members in force who may see it). */
    NEW_CASE(Audience.OFFICER),
    /** Officers: a case was assigned to you. */
    CASE_ASSIGNED(Audience.OFFICER),
    /** Officers: the reporter replied (to the assignee, else the team). */
    REPORTER_REPLIED(Audience.OFFICER),
    /** Officers: a deadline is at most one working day away ({@code case_alert} DUE_SOON). */
    DUE_SOON(Audience.OFFICER),
    /** Officers: a deadline has passed ({@code case_alert} OVERDUE). */
    OVERDUE(Audience.OFFICER),
    /** The team chair: a deadline has passed ({@code case_alert} ESCALATED_TO_CHAIR). */
    ESCALATED_TO_CHAIR(Audience.OFFICER),
    /** Administrators: an SK in force ends within 30 days (once per decree). */
    DECREE_EXPIRING(Audience.ADMIN),
    /** Reporters who gave an e-mail: the report was received (registration number, never the tracking code). */
    ACKNOWLEDGEMENT(Audience.REPORTER),
    /** Reporters: the handlers need more information. */
    MORE_INFORMATION_NEEDED(Audience.REPORTER),
    /** Reporters: an answer or outcome can be read on the tracking page. */
    ANSWER_AVAILABLE(Audience.REPORTER),
    /** An account holder: an administrator reset the second factor (for the second-factor feature to enqueue). */
    SECOND_FACTOR_RESET(Audience.ACCOUNT),
    /** An employee: a conflict-of-interest declaration is due (for the declaration campaign to enqueue). */
    CONFLICT_DECLARATION_REMINDER(Audience.ACCOUNT);

    /** Decides the link the mail carries. */
    public enum Audience {
        OFFICER, ADMIN, REPORTER, ACCOUNT
    }

    private final Audience audience;

    MailKind(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }
}
