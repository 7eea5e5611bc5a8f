package id.integritas.portal.casefile;

import java.util.Set;

/**
 * What an officer does to a case; recorded as {@code case_event.action}. Each transition of the four workflows
 * (docs/design.md "Case workflows") is one of these, decided by {@link #of}; who may take it is
 * {@link CaseRules}.
 */
public enum CaseAction {
    /** Checked and accepted for handling (complaint verified, UPG analysis, WBS verification, superior takes it up). */
    VERIFY("VERIFIED"),
    /** Asked the reporter for more; the clocks pause (needs a message to the reporter). */
    ASK_MORE("ASKED_MORE"),
    /** Handling goes on after the reporter completed the report or after a postponement. */
    RESUME("RESUMED"),
    /** Disposisi to an officer or a unit (through the assignment endpoint, not the transitions one). */
    ASSIGN("ASSIGNED"),
    /** Working on it (processing, WBS review; a complaint reporter "not satisfied" also returns it here). */
    PROCESS("PROCESSING"),
    /** Put on hold. */
    POSTPONE("POSTPONED"),
    /** The official answer to the reporter (needs the message). */
    ANSWER("ANSWERED"),
    /** Sent outside with the institution and its reference (SP4N-LAPOR! id, letter number, KPK registration). */
    FORWARD("FORWARDED"),
    /** Handed to the Inspektorat or Ombudsman. */
    ESCALATE("ESCALATED"),
    /** A decision on the case (gratification exemption, conflict-of-interest control measure). */
    DECIDE("DECIDED"),
    /** An outside step recorded (KPK decision, hand-over, follow-up, control carried out). */
    RECORD("RECORDED"),
    /** Closed with a reason (finished or not followed up). */
    CLOSE("CLOSED"),
    /** Archived as spam, duplicate or unintelligible. */
    ARCHIVE("ARCHIVED"),
    /** A closed case taken up again. */
    REOPEN("REOPENED"),
    /** Not a transition: the identity mode raised (TERBUKA → RAHASIA). */
    PRIVACY_RAISED("PRIVACY_RAISED");

    private final String eventCode;

    CaseAction(String eventCode) {
        this.eventCode = eventCode;
    }

    /** What {@code case_event.action} says of a step of this kind (past tense: ASSIGNED, ANSWERED, ...). */
    public String eventCode() {
        return eventCode;
    }

    /** States where the case waits for the reporter (the clocks are paused there). */
    static final Set<String> WAITING_FOR_REPORTER = Set.of("PERLU_DILENGKAPI", "MENUNGGU_INFO_PELAPOR");

    /** The action a move from {@code from} to {@code to} on {@code channel} is. */
    public static CaseAction of(Channel channel, WorkflowStatus from, WorkflowStatus to) {
        PublicStatus left = from.publicStatus();
        if (left == PublicStatus.SELESAI || left == PublicStatus.DITUTUP || left == PublicStatus.DITERUSKAN) {
            return REOPEN;
        }
        String target = to.name();
        if (target.equals("SELESAI") || target.equals("DITUTUP") || target.equals("TIDAK_DITINDAKLANJUTI")) {
            return CLOSE;
        }
        if (WAITING_FOR_REPORTER.contains(target)) {
            return ASK_MORE;
        }
        if (WAITING_FOR_REPORTER.contains(from.name()) || from.name().equals("DITUNDA")) {
            return RESUME;
        }
        return switch (channel) {
            case ADU -> switch (target) {
                case "TERVERIFIKASI" -> VERIFY;
                case "DIDISPOSISI" -> ASSIGN;
                case "DIPROSES" -> PROCESS;
                case "DITUNDA" -> POSTPONE;
                case "DITANGGAPI" -> ANSWER;
                case "DITERUSKAN_KELUAR" -> FORWARD;
                case "DIARSIPKAN" -> ARCHIVE;
                case "DIESKALASI" -> ESCALATE;
                default -> PROCESS;
            };
            case GRT -> switch (target) {
                case "ANALISIS_UPG" -> VERIFY;
                case "TIDAK_WAJIB_LAPOR" -> DECIDE;
                case "DITERUSKAN_KE_KPK" -> FORWARD;
                default -> RECORD; // DITETAPKAN, DISERAHKAN
            };
            case WBS -> switch (target) {
                case "VERIFIKASI" -> VERIFY;
                case "TELAAH" -> PROCESS;
                case "DITERUSKAN" -> FORWARD;
                default -> RECORD; // TINDAK_LANJUT
            };
            case BKP -> switch (target) {
                case "ANALISIS_ATASAN", "TERVERIFIKASI" -> VERIFY;
                case "DIPUTUSKAN" -> DECIDE;
                default -> RECORD; // DILAKSANAKAN
            };
        };
    }

    /** Steps that tell the reporter something must carry the message itself. */
    public boolean needsMessage() {
        return this == ASK_MORE || this == ANSWER;
    }
}
