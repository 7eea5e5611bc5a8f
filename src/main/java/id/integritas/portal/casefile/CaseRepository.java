package id.integritas.portal.casefile;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<ReportCase> {

    /** The case a tracking code opens: several cases may share a code after a channel change, one is primary. */
    public Optional<ReportCase> findByTrackingHash(byte[] hash) {
        return find("trackingHash = ?1 and trackingPrimary = true", hash).firstResultOptional();
    }

    public Optional<ReportCase> findByRegistrationNumber(String number) {
        return find("registrationNumber", number).firstResultOptional();
    }
}
