package id.integritas.portal.tracking;

import java.time.Instant;
import java.util.List;

/**
 * What the holder of a tracking code sees: no internal state, no officer names. {@code report} is what the reporter
 * typed (decrypted for them; the identity is not part of it) and {@code attachments} the names of the files they
 * sent with it. {@code forwardedTo} says where the case went while its public status is {@code DITERUSKAN}.
 * {@code nextDeadline} is the coarse next deadline of the current stage (null when the case is closed or no clock
 * runs); {@code ratable} says the reporter may rate the answer now (complaints in {@code DITANGGAPI}).
 */
@io.quarkus.qute.TemplateData
public record CaseView(String registrationNumber, String channel, String status, String forwardedTo, Instant submittedAt,
        List<ReportField> report, List<String> attachments, List<HistoryEntry> history, List<MessageView> messages,
        NextDeadline nextDeadline, boolean ratable) {

    /** {@code stage}: VERIFICATION, ANSWER, RESOLUTION, REPORTER_COMPLETION, REPORTER_REPLY, FORWARDING, HANDOVER, DECISION. */
    public record NextDeadline(String stage, java.time.LocalDate dueDate) {
    }

    /** One typed value; {@code field} is its path in the report ({@code persons[0].name}). */
    public record ReportField(String field, String value) {
    }

    public record HistoryEntry(Instant at, String status, String destination) {
    }

    public record MessageView(String from, Instant sentAt, String body, int attachments) {
    }

    public boolean officerHasWritten() {
        return messages.stream().anyMatch(m -> "OFFICER".equals(m.from()));
    }
}
