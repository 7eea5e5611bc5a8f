package id.integritas.portal.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.team.CaseAccess;
import id.integritas.portal.team.TeamKind;
import io.quarkus.security.ForbiddenException;

/**
 * The chair's view and correction of recusals on a case: which members of the handling team are kept away from it
 * (named in it by name or NIP, recused by their own declaration, or by a chair) and the chair's decisions
 * RECUSED (confirm) or CLEARED (a false name match: the member sees the case again). Only the chair in force today
 * of the team of the case's channel may do this, and only on a case they may see; every decision is audited and
 * logged in case_routing with its reason.
 */
@ApplicationScoped
public class Recusals {

    public enum Decision {
        RECUSED, CLEARED
    }

    /** One account kept from (or cleared for) the case. {@code confirmed} is false for a match no one decided yet. */
    public record Entry(String username, String displayName, String basis, String decision, boolean confirmed,
            String reason, String decidedBy, Instant decidedAt) {
    }

    public record DecisionRequest(String username, String decision, String reason) {
    }

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    IntakeRouting routing;

    @Inject
    Clock clock;

    @Transactional
    public List<Entry> list(Account chair, String registrationNumber) {
        ReportCase c = chairsCase(chair, registrationNumber);
        return entries(c);
    }

    @Transactional
    public List<Entry> decide(Account chair, String registrationNumber, DecisionRequest body) {
        ReportCase c = chairsCase(chair, registrationNumber);
        List<FieldError> errors = new ArrayList<>();
        Account target = null;
        if (body == null || body.username() == null || body.username().isBlank()) {
            errors.add(new FieldError("username", "required"));
        } else {
            target = accounts.findByUsername(body.username().strip()).orElse(null);
            if (target == null) {
                errors.add(new FieldError("username", "unknown_option"));
            }
        }
        Decision decision = null;
        if (body == null || body.decision() == null || body.decision().isBlank()) {
            errors.add(new FieldError("decision", "required"));
        } else {
            try {
                decision = Decision.valueOf(body.decision().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("decision", "unknown_option"));
            }
        }
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            errors.add(new FieldError("reason", "required"));
        } else if (body.reason().strip().length() > 400) {
            errors.add(new FieldError("reason", "too_long", List.of(400)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String reason = body.reason().strip();
        Instant now = clock.instant();
        String basis = basisOf(c.id, target);
        em.createNativeQuery("""
                insert into case_recusal (case_id, account_id, decision, basis, reason, decided_by, decided_at)
                values (:caseId, :account, :decision, :basis, :reason, :chair, cast(:now as timestamp with time zone))
                on conflict (case_id, account_id) do update set decision = excluded.decision, reason = excluded.reason,
                    decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
                .setParameter("caseId", c.id).setParameter("account", target.id).setParameter("decision", decision.name())
                .setParameter("basis", basis).setParameter("reason", reason).setParameter("chair", chair.id)
                .setParameter("now", now).executeUpdate();
        audit.record(chair.id, "RECUSAL_" + decision.name(), "CASE", c.id, "account=" + target.id + " reason=" + reason);
        routing.log(c.id, now, chair.id, c.route, null, null, "Ketua tim: akun " + target.username
                + (decision == Decision.CLEARED ? " dinyatakan tidak terkait (boleh menangani)" : " dikecualikan")
                + " (dasar " + basis + "). Alasan: " + reason);
        return entries(c);
    }

    /** The case if the account may see it and chairs, today, the team of its channel; 404 / 403 otherwise. */
    private ReportCase chairsCase(Account chair, String registrationNumber) {
        ReportCase c = access.visible(chair, registrationNumber).orElseThrow(ApiProblemException::notFound);
        Number chairs = (Number) em.createNativeQuery("""
                select count(*) from team_member m join decree d on d.id = m.decree_id
                where m.account_id = :account and m.team_role = 'CHAIR' and d.team_kind = :kind
                  and d.valid_from <= :day and d.valid_until >= :day
                  and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day)""")
                .setParameter("account", chair.id).setParameter("kind", TeamKind.of(c.channel).name())
                .setParameter("day", access.today()).getSingleResult();
        if (chairs.longValue() == 0) {
            throw new ForbiddenException();
        }
        return c;
    }

    /** Why the account is (or was) kept from the case: its existing decision's basis, else NIP / NAME match, else CHAIR. */
    private String basisOf(long caseId, Account a) {
        @SuppressWarnings("unchecked")
        List<String> existing = em.createNativeQuery("select basis from case_recusal where case_id = :caseId and account_id = :account")
                .setParameter("caseId", caseId).setParameter("account", a.id).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("""
                select np.kind from case_named_person np join account a on a.id = :account
                where np.case_id = :caseId and (np.token_hash = a.name_hash or np.token_hash = a.nip_hash)
                order by np.kind desc""").setParameter("caseId", caseId).setParameter("account", a.id).getResultList();
        return kinds.isEmpty() ? "CHAIR" : kinds.get(0);
    }

    /** Decisions on the case, then members in force of its team matched by name or NIP with no decision yet. */
    private List<Entry> entries(ReportCase c) {
        List<Entry> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> decided = em.createNativeQuery("""
                select a.username, a.display_name, r.basis, r.decision, r.reason, db.username as decided_by, r.decided_at
                from case_recusal r join account a on a.id = r.account_id left join account db on db.id = r.decided_by
                where r.case_id = :caseId order by r.decided_at, r.id""", Object[].class)
                .setParameter("caseId", c.id).getResultList();
        for (Object[] r : decided) {
            out.add(new Entry((String) r[0], (String) r[1], (String) r[2], (String) r[3], true, (String) r[4],
                    (String) r[5], toInstant(r[6])));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> matched = em.createNativeQuery("""
                select distinct on (a.id) a.username, a.display_name, np.kind
                from case_named_person np join account a on a.name_hash = np.token_hash or a.nip_hash = np.token_hash
                where np.case_id = :caseId and """ + IntakeRouting.MEMBER_IN_FORCE_SQL + """
                  and not exists (select 1 from case_recusal r where r.case_id = :caseId and r.account_id = a.id)
                order by a.id, np.kind desc""", Object[].class)
                .setParameter("caseId", c.id).setParameter("kind", TeamKind.of(c.channel).name())
                .setParameter("day", access.today()).getResultList();
        for (Object[] r : matched) {
            out.add(new Entry((String) r[0], (String) r[1], (String) r[2], "RECUSED", false, null, null, null));
        }
        return out;
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return null;
    }
}
