package id.integritas.portal.statistics;

/** A monthly report step the report's state or the caller's role does not allow; {@link #kind()} names which. */
public class MonthlyReportRefusedException extends RuntimeException {

    public enum Kind {
        /** The month has not ended: its report is provisional and has no narrative or finalisation yet. */
        NOT_ENDED,
        /** The report is final: its narrative no longer changes. */
        FINAL,
        /** Finalising needs the narrative first. */
        NO_NARRATIVE,
        /** Only the chair of the channel's team in force finalises. */
        NOT_CHAIR
    }

    private final Kind kind;

    public MonthlyReportRefusedException(Kind kind) {
        super("monthly report step refused: " + kind);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
