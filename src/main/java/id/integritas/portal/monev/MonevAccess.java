package id.integritas.portal.monev;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.team.CaseAccess;
import io.quarkus.security.ForbiddenException;

/**
 * Who may see and keep a channel's monev records: the members (any team role) of that channel's SK team in force
 * today keep them; the head of office (PIMPINAN) reads every channel's. A recommendation's owner may record its
 * follow-up even from outside the team, since the owner is who carries it out.
 */
@ApplicationScoped
public class MonevAccess {

    @Inject
    CaseAccess teams;

    public Set<Channel> writable(Account a) {
        return teams.channelsInForce(a.id);
    }

    public Set<Channel> readable(Account a) {
        return a.has(Role.PIMPINAN) ? EnumSet.allOf(Channel.class) : writable(a);
    }

    public void requireWrite(Account a, Channel channel) {
        if (!writable(a).contains(channel)) {
            throw new ForbiddenException();
        }
    }

    public void requireRead(Account a, Channel channel) {
        if (!readable(a).contains(channel)) {
            throw new ForbiddenException();
        }
    }

    public void requireFollowUp(Account a, Recommendation r) {
        if (!r.ownerAccountId.equals(a.id) && !writable(a).contains(r.meeting.channel)) {
            throw new ForbiddenException();
        }
    }
}
