package id.integritas.portal.casefile;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Events, messages and identity of a case. A singleton (no client proxy) so that its fields can be read. */
@jakarta.inject.Singleton
public class CaseHistory {

    @ApplicationScoped
    public static class Events implements PanacheRepository<CaseEvent> {
        public List<CaseEvent> of(Long caseId) {
            return find("caseId", Sort.by("occurredAt").and("id"), caseId).list();
        }
    }

    @ApplicationScoped
    public static class Messages implements PanacheRepository<CaseMessage> {
        public List<CaseMessage> of(Long caseId) {
            return find("caseId", Sort.by("sentAt").and("id"), caseId).list();
        }
    }

    @ApplicationScoped
    public static class Identities implements PanacheRepository<ReporterIdentity> {
        public ReporterIdentity forCase(Long caseId) {
            return find("caseId", caseId).firstResult();
        }
    }

    @Inject
    public Events events;

    @Inject
    public Messages messages;

    @Inject
    public Identities identities;
}
