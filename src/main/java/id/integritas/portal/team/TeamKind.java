package id.integritas.portal.team;

import java.util.Optional;

import id.integritas.portal.casefile.Channel;

/** The teams an SK appoints (docs/domain-rules.md), each with the channel whose cases it works, if any. */
public enum TeamKind {
    COMPLAINTS(Channel.ADU),
    UPG(Channel.GRT),
    WBS(Channel.WBS),
    CONFLICT_OF_INTEREST(Channel.BKP),
    /** Public information requests: no report channel of its own. */
    PPID(null);

    private final Channel channel;

    TeamKind(Channel channel) {
        this.channel = channel;
    }

    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    public static TeamKind of(Channel channel) {
        for (TeamKind k : values()) {
            if (k.channel == channel) {
                return k;
            }
        }
        throw new IllegalArgumentException("no team for " + channel);
    }
}
