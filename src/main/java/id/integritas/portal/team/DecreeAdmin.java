package id.integritas.portal.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.RequestValidator;

/** Registers decrees (SK) and their members; every change is audited. */
@ApplicationScoped
public class DecreeAdmin {

    /** Administrators are warned this many days before an SK ends. */
    public static final int WARNING_DAYS = 30;

    public record MemberRequest(@NotBlank @Size(max = 64) String username, @NotNull TeamRole teamRole,
            LocalDate validFrom, LocalDate validUntil) {
    }

    public record DecreeRequest(@NotNull TeamKind teamKind, @NotBlank @Size(max = 100) String number,
            @NotNull LocalDate date, @NotBlank @Size(max = 200) String signatory, @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil, @NotNull @Size(max = 200) List<@Valid @NotNull MemberRequest> members)
            implements CrossFieldRules {

        @Override
        public List<FieldError> crossFieldErrors() {
            List<FieldError> errors = new ArrayList<>();
            if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
                errors.add(new FieldError("validUntil", "before_start"));
            }
            if (members != null) {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < members.size(); i++) {
                    MemberRequest m = members.get(i);
                    if (m == null) {
                        continue;
                    }
                    if (m.username() != null && !seen.add(m.username().strip().toLowerCase())) {
                        errors.add(new FieldError("members[" + i + "].username", "taken"));
                    }
                    if (m.validFrom() != null && m.validUntil() != null && m.validUntil().isBefore(m.validFrom())) {
                        errors.add(new FieldError("members[" + i + "].validUntil", "before_start"));
                    }
                }
            }
            return errors;
        }
    }

    @Inject
    DecreeRepository decrees;

    @Inject
    AccountRepository accounts;

    @Inject
    RequestValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    OfficeDay officeDay;

    @Inject
    ReturnToChair returns;

    /** Cases returned to the chair at once after an SK change; any left over go with the next run of the job. */
    static final int RETURN_AT_ONCE = 1000;

    /** Today in the office's time zone: the day memberships are in force or not. */
    public LocalDate today() {
        return officeDay.today();
    }

    @Transactional
    public Decree create(DecreeRequest r, Long actorId) {
        Map<Integer, Account> members = checked(r);
        Decree d = new Decree();
        d.createdAt = clock.instant();
        apply(d, r, members);
        decrees.persist(d);
        decrees.flush();
        audit.record(actorId, "DECREE_CREATED", "decree", d.id, summary(d));
        returns.returnCases(actorId, RETURN_AT_ONCE);
        return d;
    }

    @Transactional
    public Decree update(long id, DecreeRequest r, Long actorId) {
        Decree d = decrees.findByIdOptional(id).orElseThrow(ApiProblemException::notFound);
        Map<Integer, Account> members = checked(r);
        apply(d, r, members);
        decrees.flush();
        audit.record(actorId, "DECREE_CHANGED", "decree", d.id, summary(d));
        // a member dropped or ended by this change hands their open cases back to the chair now, not at the next run
        returns.returnCases(actorId, RETURN_AT_ONCE);
        return d;
    }

    @Transactional
    public List<Decree> page(int page, int size) {
        List<Decree> list = decrees.page(page, size);
        list.forEach(d -> d.members.size());
        return list;
    }

    @Transactional
    public long count() {
        return decrees.count();
    }

    @Transactional
    public Decree find(long id) {
        Decree d = decrees.findByIdOptional(id).orElseThrow(ApiProblemException::notFound);
        d.members.size();
        return d;
    }

    @Transactional
    public List<Decree> expiringSoon() {
        return decrees.expiring(today(), WARNING_DAYS);
    }

    /** Usernames of member accounts by id, for showing members (one query). */
    @Transactional
    public Map<Long, String> usernames(Set<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (!accountIds.isEmpty()) {
            accounts.list("id in ?1", accountIds).forEach(a -> names.put(a.id, a.username));
        }
        return names;
    }

    private Map<Integer, Account> checked(DecreeRequest r) {
        if (r == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        List<FieldError> unknown = new ArrayList<>();
        Map<Integer, Account> found = new HashMap<>();
        if (r.members() != null) {
            for (int i = 0; i < r.members().size(); i++) {
                MemberRequest m = r.members().get(i);
                if (m != null && m.username() != null && !m.username().isBlank()) {
                    int index = i;
                    accounts.findByUsername(m.username().strip()).ifPresentOrElse(a -> found.put(index, a),
                            () -> unknown.add(new FieldError("members[" + index + "].username", "unknown_account")));
                }
            }
        }
        validator.check(r, unknown);
        return found;
    }

    private static void apply(Decree d, DecreeRequest r, Map<Integer, Account> accounts) {
        d.kind(r.teamKind());
        d.number = r.number().strip();
        d.date = r.date();
        d.signatory = r.signatory().strip();
        d.validFrom = r.validFrom();
        d.validUntil = r.validUntil();
        Map<Long, TeamMember> existing = new HashMap<>();
        d.members.forEach(m -> existing.put(m.accountId, m));
        List<TeamMember> next = new ArrayList<>();
        for (int i = 0; i < r.members().size(); i++) {
            MemberRequest mr = r.members().get(i);
            Account a = accounts.get(i);
            TeamMember m = existing.getOrDefault(a.id, new TeamMember());
            m.decree = d;
            m.accountId = a.id;
            m.teamRole = mr.teamRole();
            m.validFrom = mr.validFrom();
            m.validUntil = mr.validUntil();
            next.add(m);
        }
        d.members.removeIf(m -> !next.contains(m));
        next.stream().filter(m -> !d.members.contains(m)).forEach(d.members::add);
    }

    private static String summary(Decree d) {
        return d.teamKind + " " + d.number + " " + d.validFrom + ".." + d.validUntil + " members=" + d.members.size();
    }
}
