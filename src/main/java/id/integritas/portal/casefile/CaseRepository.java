package id.integritas.portal.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<ReportCase> {

    public Optional<ReportCase> findByTrackingHash(byte[] hash) {
        return find("trackingHash", hash).firstResultOptional();
    }

    public Optional<ReportCase> findByRegistrationNumber(String number) {
        return find("registrationNumber", number).firstResultOptional();
    }

    /** An inbox page, newest first (index report_case_inbox_idx). */
    public List<ReportCase> inbox(Collection<Channel> channels, int page, int size) {
        return find("channel in ?1", Sort.descending("submittedAt").and("id", Sort.Direction.Descending), channels)
                .page(Page.of(page, size)).list();
    }

    public long countInbox(Collection<Channel> channels) {
        return count("channel in ?1", channels);
    }
}
