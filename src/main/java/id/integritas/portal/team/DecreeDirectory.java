package id.integritas.portal.team;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.account.TeamDirectory;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.i18n.Texts;

@ApplicationScoped
public class DecreeDirectory implements TeamDirectory {

    @Inject
    DecreeRepository decrees;

    @Inject
    DecreeAdmin admin;

    @Override
    public Map<Long, Set<Channel>> channelsInForce(Collection<Long> accountIds) {
        Map<Long, Set<Channel>> result = new HashMap<>();
        if (accountIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = decrees.getEntityManager().createQuery("""
                select m.accountId, d.channel from TeamMember m join m.decree d
                where m.accountId in :accounts and d.channel is not null
                  and d.validFrom <= :day and d.validUntil >= :day
                  and (m.validFrom is null or m.validFrom <= :day) and (m.validUntil is null or m.validUntil >= :day)""",
                Object[].class).setParameter("accounts", accountIds).setParameter("day", admin.today()).getResultList();
        rows.forEach(r -> result.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(Channel.class)).add((Channel) r[1]));
        return result;
    }

    @Override
    public List<String> expiryWarnings(Texts t) {
        return admin.expiringSoon().stream().map(d -> t.format("team.expiryWarning", d.number,
                t.get("team.kind." + d.teamKind.name()), d.validUntil.toString())).toList();
    }
}
