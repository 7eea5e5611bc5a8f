package id.integritas.portal.evidence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.account.Account;
import id.integritas.portal.team.Decree;
import id.integritas.portal.team.DecreeScans;
import id.integritas.portal.team.TeamMember;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The SK registry: every decree in force at some time in the period, as a CSV with its facts and members (officers:
 * username, name, team role, membership dates, as on the SK registry page) and its scan as uploaded (the sealed
 * original, whose SHA-256 the registry shows).
 */
@ApplicationScoped
public class DecreeSection implements EvidenceSource {

    @Inject
    EntityManager em;

    @Inject
    DecreeScans scans;

    record DecreeFacts(Decree decree, List<List<Object>> memberRows) {
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void contribute(EvidenceRequest r, EvidenceSink sink) throws IOException {
        List<DecreeFacts> decrees = QuarkusTransaction.requiringNew().call(() -> read(r));
        for (DecreeFacts f : decrees) {
            Decree d = f.decree();
            String kind = d.teamKind.name().toLowerCase().replace('_', '-');
            String base = "sk/" + kind + "/SK-" + d.id;
            AssessmentItem item = AssessmentItem.decree(d.channel);
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of("decree", d.id, d.teamKind.name(), d.channel == null ? "" : d.channel.name(), d.number,
                    d.date.toString(), d.signatory, d.validFrom.toString(), d.validUntil.toString(),
                    d.scanSha256 == null ? "" : d.scanSha256, "", "", "", "", ""));
            rows.addAll(f.memberRows());
            sink.add(base + ".csv", item, "SK " + d.number + " (" + d.date + "), berlaku " + d.validFrom + " s.d. "
                    + d.validUntil + ": data SK dan susunan anggota tim", Csv.of(List.of("row", "decreeId", "teamKind",
                            "channel", "number", "date", "signatory", "validFrom", "validUntil", "scanSha256", "username",
                            "displayName", "teamRole", "memberFrom", "memberUntil"), rows));
            if (d.scanAttachmentId != null) {
                long id = d.id;
                sink.add(base + ".pdf", item, "Pindaian SK " + d.number + " sebagaimana diunggah (SHA-256 " + d.scanSha256 + ")",
                        out -> scans.writeOriginal(id, out));
            }
        }
    }

    private List<DecreeFacts> read(EvidenceRequest r) {
        List<Decree> decrees = em.createQuery("""
                select distinct d from Decree d left join fetch d.members
                where d.validFrom <= :to and d.validUntil >= :from order by d.validFrom, d.id""", Decree.class)
                .setParameter("from", r.firstDay()).setParameter("to", r.lastDay()).getResultList();
        Map<Long, Account> people = new HashMap<>();
        List<Long> ids = decrees.stream().flatMap(d -> d.members.stream()).map(m -> m.accountId).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("from Account where id in :ids", Account.class).setParameter("ids", ids).getResultList()
                    .forEach(a -> people.put(a.id, a));
        }
        List<DecreeFacts> out = new ArrayList<>();
        for (Decree d : decrees) {
            List<List<Object>> rows = new ArrayList<>();
            for (TeamMember m : d.members) {
                Account a = people.get(m.accountId);
                rows.add(List.of("member", d.id, "", "", "", "", "", "", "", "", a == null ? "" : a.username,
                        a == null ? "" : a.displayName, m.teamRole.name(), m.validFrom == null ? "" : m.validFrom.toString(),
                        m.validUntil == null ? "" : m.validUntil.toString()));
            }
            em.detach(d);
            out.add(new DecreeFacts(d, rows));
        }
        return out;
    }
}
