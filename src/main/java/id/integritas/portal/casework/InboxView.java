package id.integritas.portal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The inbox as the JSON API shows it: rows without content or identities, the next cursor, and the counts. */
public final class InboxView {

    private InboxView() {
    }

    @Schema(name = "InboxPage", description = "One keyset page of the officer inbox")
    public record Page(
            @Schema(description = "The cases of this page, in the requested order") List<Row> items,
            @Schema(description = "Opaque cursor for the next page (pass it as `after` with the same filters); null on the last page",
                    nullable = true) String next,
            @Schema(description = "Page size used") int limit,
            @Schema(description = "age (submission time) or deadline (next due date; cases without a running clock last)") String sort,
            @Schema(description = "asc or desc") String direction,
            @Schema(description = "Counts of the open cases under the filters; present only with counts=true",
                    nullable = true) Counts counts) {
    }

    @Schema(name = "InboxRow")
    public record Row(String registrationNumber, String channel,
            @Schema(description = "Internal state (the channel's workflow)") String status,
            @Schema(description = "What the reporter sees") String publicStatus, String identityMode, Instant submittedAt,
            @Schema(description = "Earliest due date of the running clocks", nullable = true) LocalDate nextDueOn,
            @Schema(description = "A running clock is past due (nextDueOn before today)") boolean overdue,
            boolean assignedToMe, @Schema(nullable = true) String service, @Schema(nullable = true) String category) {
    }

    @Schema(name = "InboxCounts", description = "Open cases (not in a final state) matching the filters; closed cases are listed but not counted")
    public record Counts(@Schema(description = "Open cases matching every filter") long total,
            @Schema(description = "Of those, with a running clock past due") long overdue,
            @Schema(description = "Of those, due within portal.inbox.due-soon-working-days working days (not yet overdue)") long dueSoon,
            @Schema(description = "Of those, assigned to the caller") long assignedToMe,
            @Schema(description = "Open cases per state, under every filter except `state`") Map<String, Long> states) {
    }

    static Page of(InboxQuery.Result r) {
        List<Row> rows = r.items().stream().map(i -> new Row(i.registrationNumber(), i.channel().name(), i.status(),
                i.publicStatus(), i.identityMode(), i.submittedAt(), i.nextDueOn(), i.overdue(), i.assignedToMe(),
                i.service(), i.category())).toList();
        InboxQuery.Counts c = r.counts();
        return new Page(rows, r.next(), r.filter().limit(), r.filter().sort().name().toLowerCase(),
                r.filter().descending() ? "desc" : "asc",
                c == null ? null : new Counts(c.total(), c.overdue(), c.dueSoon(), c.assignedToMe(), c.states()));
    }
}
