package id.integritas.portal.tracking;

import java.time.Instant;
import java.util.List;

/** What the holder of a tracking code sees: no internal state, no officer names. */
@io.quarkus.qute.TemplateData
public record CaseView(String registrationNumber, String channel, String status, Instant submittedAt,
        List<HistoryEntry> history, List<MessageView> messages) {

    public record HistoryEntry(Instant at, String status) {
    }

    public record MessageView(String from, Instant sentAt, String body, int attachments) {
    }
}
