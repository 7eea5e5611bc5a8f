package id.integritas.portal.team;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Which cases an account may see: those of the channels of the SK teams it is a member of on the office's today
 * (the SK's period and the member's own dates both hold). Decided in the same SQL statement that reads the cases,
 * so access starts and ends on those dates without anyone touching permissions. {@code account.channels} is not
 * read for access any more.
 */
@ApplicationScoped
public class CaseAccess {

    /** Channels of the teams the account is a member of on :day. */
    static final String CHANNELS_IN_FORCE = """
            select d.channel from TeamMember m join m.decree d
            where m.accountId = :account and d.channel is not null
              and d.validFrom <= :day and d.validUntil >= :day
              and (m.validFrom is null or m.validFrom <= :day) and (m.validUntil is null or m.validUntil >= :day)""";

    /** Channels with a team in force on :day (at least one member in force). */
    static final String STAFFED_CHANNELS = """
            select d.channel from TeamMember m join m.decree d
            where d.channel is not null and d.validFrom <= :day and d.validUntil >= :day
              and (m.validFrom is null or m.validFrom <= :day) and (m.validUntil is null or m.validUntil >= :day)""";

    private static final Sort NEWEST = Sort.descending("submittedAt").and("id", Sort.Direction.Descending);

    @Inject
    CaseRepository cases;

    @Inject
    DecreeAdmin decrees;

    public LocalDate today() {
        return decrees.today();
    }

    /** The account's inbox page, newest first. */
    public List<ReportCase> inbox(long accountId, int page, int size) {
        return cases.find("channel in (" + CHANNELS_IN_FORCE + ")", NEWEST, member(accountId, today()))
                .page(Page.of(page, size)).list();
    }

    public long countInbox(long accountId) {
        return cases.count("channel in (" + CHANNELS_IN_FORCE + ")", member(accountId, today()));
    }

    /** The case by number if the account may see it today; empty otherwise (the caller answers 404 either way). */
    public Optional<ReportCase> visible(long accountId, String registrationNumber) {
        Parameters p = member(accountId, today()).and("number", registrationNumber);
        return cases.find("registrationNumber = :number and channel in (" + CHANNELS_IN_FORCE + ")", p)
                .firstResultOptional();
    }

    /** Cases of channels with no team in force on {@code day}: they wait for the administrator to appoint one. */
    public List<ReportCase> unassigned(LocalDate day, int page, int size) {
        return cases.find("channel not in (" + STAFFED_CHANNELS + ")", NEWEST, Parameters.with("day", day))
                .page(Page.of(page, size)).list();
    }

    public long countUnassigned(LocalDate day) {
        return cases.count("channel not in (" + STAFFED_CHANNELS + ")", Parameters.with("day", day));
    }

    /** The channels the account works today (for showing, not for deciding access to a case). */
    public Set<Channel> channelsInForce(long accountId) {
        List<Channel> list = cases.getEntityManager().createQuery(CHANNELS_IN_FORCE, Channel.class)
                .setParameter("account", accountId).setParameter("day", today()).getResultList();
        return list.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(list);
    }

    private static Parameters member(long accountId, LocalDate day) {
        return Parameters.with("account", accountId).and("day", day);
    }
}
