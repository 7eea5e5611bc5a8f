package id.integritas.portal.attachment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {

    public List<Attachment> ofCase(Long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
