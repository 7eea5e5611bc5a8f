package id.integritas.portal.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.integritas.portal.account.PersonNames;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.CaseRoute;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.team.TeamKind;

/**
 * Routes a report inside the intake transaction, so an acknowledged report is always routed:
 * <ol>
 * <li>stores the keyed hashes of the people it names ({@code case_named_person}): the visibility predicate hides
 * the case from every handler whose name or NIP hashes the same, including handlers appointed later;</li>
 * <li>channel → the SK team in force on the submission day (none in force: the case still is accepted and waits in
 * the unassigned queue);</li>
 * <li>if a named person is the head of office (role PIMPINAN), or a member of that team on a channel listed in
 * {@code portal.routing.member-escalation-channels}, the case takes the escalation route in force on that day;</li>
 * <li>complaints: service → handling unit from the map in force on that day;</li>
 * <li>handlers whose own conflict-of-interest declarations name a party the report names are recused; a new
 * declaration recuses its declarant from the cases already naming the declared party.</li>
 * </ol>
 * Every decision goes to {@code case_routing} with a reason that never quotes the report.
 */
@ApplicationScoped
public class IntakeRouting {

    /** Rows per multi-row insert of named-person hashes. */
    private static final int CHUNK = 200;

    /** Team membership of account {@code a} in force on :day in a team of kind :kind. */
    static final String MEMBER_IN_FORCE_SQL = " " + """
            exists (select 1 from team_member m join decree d on d.id = m.decree_id
                    where m.account_id = a.id and d.team_kind = :kind and d.valid_from <= :day and d.valid_until >= :day
                      and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day))""";

    @Inject
    EntityManager em;

    @Inject
    PersonNames names;

    @Inject
    RoutingAdmin tables;

    @Inject
    OfficeDay officeDay;

    @ConfigProperty(name = "portal.routing.member-escalation-channels", defaultValue = "ADU,GRT,WBS")
    Set<Channel> memberEscalationChannels;

    /** Called by intake after the case row is inserted (it has its id), in the same transaction. */
    public void route(ReportCase c, NamedPeople people) {
        LocalDate day = officeDay.of(c.submittedAt);
        Instant now = c.submittedAt;
        TeamKind kind = TeamKind.of(c.channel);
        List<PersonNames.Token> tokens = names.tokens(people.fields());
        insertNamedPeople(c.id, tokens);

        List<String> reasons = new ArrayList<>();
        Object[] team = teamInForce(kind, day);
        Long decreeId = team == null ? null : ((Number) team[0]).longValue();
        reasons.add(team == null
                ? "Saluran " + c.channel + ": belum ada tim SK (" + kind + ") yang berlaku pada " + day
                        + "; laporan diterima dan menunggu di antrean tanpa tim."
                : "Saluran " + c.channel + ": tim " + kind + " menurut SK " + team[1] + ".");

        Match match = tokens.isEmpty() ? Match.NONE : match(c.id, kind, day);
        boolean escalates = c.channel != Channel.BKP
                && (match.head() || match.member() && memberEscalationChannels.contains(c.channel));
        Long escalationRouteId = null;
        if (escalates) {
            Optional<EscalationRoute> route = tables.escalationRouteOn(day);
            String who = match.head() ? "kepala kantor" : "anggota tim " + kind + " yang berlaku";
            if (route.isPresent()) {
                c.route = CaseRoute.ESCALATION;
                c.escalationRouteId = route.get().id;
                escalationRouteId = route.get().id;
                reasons.add("Orang yang disebut dalam laporan cocok dengan " + who + ": dialihkan ke rute eskalasi "
                        + route.get().code + " (" + route.get().name + ", berlaku sejak " + route.get().effectiveFrom
                        + "), hanya terlihat oleh peran " + route.get().role + ".");
            } else {
                reasons.add("Orang yang disebut dalam laporan cocok dengan " + who
                        + ", tetapi tidak ada rute eskalasi yang berlaku; tetap pada tim, yang cocok dikecualikan.");
            }
        } else if (match.count() > 0) {
            reasons.add(match.count() + " akun cocok dengan nama/NIP yang disebut dalam laporan; akun tersebut tidak "
                    + "melihat perkara ini kecuali ketua tim menyatakannya tidak terkait.");
        }

        String unit = null;
        if (c.channel == Channel.ADU) {
            Optional<ServiceUnitRoute> su = tables.serviceUnitOn(c.serviceCode, day);
            if (su.isPresent()) {
                unit = su.get().unitCode;
                c.handlingUnitCode = unit;
                reasons.add("Layanan " + c.serviceCode + ": unit penanganan " + unit + " (peta berlaku sejak "
                        + su.get().effectiveFrom + ").");
            } else {
                reasons.add("Layanan " + c.serviceCode + " belum dipetakan ke unit penanganan.");
            }
        }

        int declared = tokens.isEmpty() ? 0 : recuseDeclarants(c, now);
        if (declared > 0) {
            reasons.add(declared + " akun dikecualikan karena deklarasi benturan kepentingan mereka sendiri.");
        }
        log(c.id, now, null, c.route, escalationRouteId != null ? null : decreeId, unit, String.join(" ", reasons));

        if (c.channel == Channel.BKP && c.filedByAccountId != null && !people.declaredParties().isEmpty()) {
            recordDeclaredParties(c, people.declaredParties(), now);
        }
    }

    /** The decree (id, number) of the team of {@code kind} in force on {@code day} with a member in force, if any. */
    private Object[] teamInForce(TeamKind kind, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.number from decree d
                where d.team_kind = :kind and d.valid_from <= :day and d.valid_until >= :day
                  and exists (select 1 from team_member m where m.decree_id = d.id
                      and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day))
                order by d.valid_from desc, d.id desc""", Object[].class)
                .setParameter("kind", kind.name()).setParameter("day", day).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    record Match(int count, boolean head, boolean member) {
        static final Match NONE = new Match(0, false, false);
    }

    /** Enabled accounts whose name or NIP hash is among the case's named-person hashes. */
    private Match match(long caseId, TeamKind kind, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select distinct a.id, a.roles, """ + MEMBER_IN_FORCE_SQL + """
                 as member from case_named_person np
                join account a on a.name_hash = np.token_hash or a.nip_hash = np.token_hash
                where np.case_id = :caseId and a.enabled""", Object[].class)
                .setParameter("caseId", caseId).setParameter("kind", kind.name()).setParameter("day", day).getResultList();
        boolean head = false;
        boolean member = false;
        for (Object[] r : rows) {
            head |= r[1] != null && List.of(((String) r[1]).split(",")).contains(Role.PIMPINAN.name());
            member |= Boolean.TRUE.equals(r[2]);
        }
        return new Match(rows.size(), head, member);
    }

    private void insertNamedPeople(long caseId, List<PersonNames.Token> tokens) {
        for (int from = 0; from < tokens.size(); from += CHUNK) {
            List<PersonNames.Token> chunk = tokens.subList(from, Math.min(tokens.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("insert into case_named_person (case_id, kind, token_hash) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:caseId, :k").append(i).append(", :h").append(i).append(")");
            }
            sql.append(" on conflict do nothing");
            Query q = em.createNativeQuery(sql.toString()).setParameter("caseId", caseId);
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter("k" + i, chunk.get(i).kind()).setParameter("h" + i, chunk.get(i).hash());
            }
            q.executeUpdate();
        }
    }

    /** Recuses (basis DECLARATION) every account whose declared parties the new case names. */
    private int recuseDeclarants(ReportCase c, Instant now) {
        return em.createNativeQuery("""
                insert into case_recusal (case_id, account_id, decision, basis, reason, decided_at)
                select distinct :caseId, dp.account_id, 'RECUSED', 'DECLARATION', :reason, cast(:now as timestamp with time zone)
                from account_declared_party dp
                join case_named_person np on np.token_hash = dp.token_hash and np.case_id = :caseId
                where dp.declaration_case_id <> :caseId and dp.account_id is distinct from :filer
                on conflict (case_id, account_id) do nothing""")
                .setParameter("caseId", c.id).setParameter("filer", c.filedByAccountId == null ? -1L : c.filedByAccountId)
                .setParameter("reason", "Pihak terkait dalam deklarasi benturan kepentingan akun ini disebut dalam laporan.")
                .setParameter("now", now).executeUpdate();
    }

    /**
     * Keeps the hashes of the parties an employee declared, and recuses them from every case that already names one
     * (a chair's earlier clearance of a name match gives way to the employee's own declaration).
     */
    private void recordDeclaredParties(ReportCase c, List<String> parties, Instant now) {
        List<byte[]> hashes = new ArrayList<>();
        parties.forEach(p -> hashes.addAll(names.partyHashes(p)));
        if (hashes.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into account_declared_party (account_id, token_hash, declaration_case_id) values ");
        for (int i = 0; i < hashes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:account, :h").append(i).append(", :caseId)");
        }
        sql.append(" on conflict do nothing");
        Query q = em.createNativeQuery(sql.toString()).setParameter("account", c.filedByAccountId).setParameter("caseId", c.id);
        for (int i = 0; i < hashes.size(); i++) {
            q.setParameter("h" + i, hashes.get(i));
        }
        q.executeUpdate();
        em.createNativeQuery("""
                with recused as (
                    insert into case_recusal (case_id, account_id, decision, basis, reason, decided_at)
                    select distinct np.case_id, :account, 'RECUSED', 'DECLARATION', :reason, cast(:now as timestamp with time zone)
                    from case_named_person np
                    where np.case_id <> :caseId and np.token_hash in
                        (select dp.token_hash from account_declared_party dp where dp.declaration_case_id = :caseId)
                    on conflict (case_id, account_id) do update set decision = 'RECUSED', basis = 'DECLARATION',
                        reason = excluded.reason, decided_by = null, decided_at = excluded.decided_at
                        where case_recusal.decision = 'CLEARED'
                    returning case_id)
                insert into case_routing (case_id, decided_at, route, reason)
                select r.case_id, cast(:now as timestamp with time zone), rc.route, :logReason from recused r join report_case rc on rc.id = r.case_id""")
                .setParameter("account", c.filedByAccountId).setParameter("caseId", c.id).setParameter("now", now)
                .setParameter("reason", "Pihak terkait dalam deklarasi benturan kepentingan akun ini disebut dalam laporan.")
                .setParameter("logReason", "Seorang pegawai dikecualikan dari perkara ini karena deklarasi benturan "
                        + "kepentingannya menyebut pihak yang disebut dalam laporan ini.")
                .executeUpdate();
    }

    /** Writes one routing decision or override. */
    void log(long caseId, Instant at, Long actorId, CaseRoute route, Long decreeId, String unitCode, String reason) {
        em.createNativeQuery("""
                insert into case_routing (case_id, decided_at, actor_account_id, route, decree_id, unit_code, reason)
                values (:caseId, cast(:at as timestamp with time zone), :actor, :route, :decree, :unit, :reason)""")
                .setParameter("caseId", caseId).setParameter("at", at)
                .setParameter("route", route.name()).setParameter("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("actor", actorId, Long.class).setParameter("decree", decreeId, Long.class)
                .setParameter("unit", unitCode, String.class).executeUpdate();
    }
}
