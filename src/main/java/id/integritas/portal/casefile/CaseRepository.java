package id.integritas.portal.casefile;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<ReportCase> {

    public Optional<ReportCase> findByTrackingHash(byte[] hash) {
        return find("trackingHash", hash).firstResultOptional();
    }

    public Optional<ReportCase> findByRegistrationNumber(String number) {
        return find("registrationNumber", number).firstResultOptional();
    }
}
