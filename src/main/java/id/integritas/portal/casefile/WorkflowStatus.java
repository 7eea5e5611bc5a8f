package id.integritas.portal.casefile;

import java.util.Arrays;
import java.util.Set;

/** A channel's internal case state, with its public face and the states it may move to. */
public interface WorkflowStatus {

    String name();

    PublicStatus publicStatus();

    Set<String> next();

    /**
     * Closed: the case is finished, forwarded outside, archived or closed (its public status says so). A closed case
     * may still be reopened by its chair, but no clock runs and it leaves the open inbox.
     */
    default boolean closed() {
        return switch (publicStatus()) {
            case SELESAI, DITUTUP, DITERUSKAN -> true;
            default -> false;
        };
    }

    default boolean canMoveTo(WorkflowStatus target) {
        return next().contains(target.name());
    }

    /** Every state of the channel's workflow, in declaration order. */
    public static WorkflowStatus[] all(Channel channel) {
        return switch (channel) {
            case ADU -> ComplaintStatus.values();
            case GRT -> GratificationStatus.values();
            case WBS -> WhistleblowingStatus.values();
            case BKP -> ConflictStatus.values();
        };
    }

    /** The named state of the channel, or empty when the channel has no such state. */
    static java.util.Optional<WorkflowStatus> find(Channel channel, String name) {
        return Arrays.stream(all(channel)).filter(v -> v.name().equals(name)).findFirst();
    }

    static WorkflowStatus of(Channel channel, String name) {
        WorkflowStatus[] values = all(channel);
        return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + channel + " status " + name));
    }

    static Set<String> names(String... names) {
        return Set.of(names);
    }
}
