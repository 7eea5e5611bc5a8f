package id.integritas.portal.intake;

import id.integritas.portal.attachment.AttachmentUpload;

import id.integritas.portal.receipt.Acknowledgement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.system.web.UploadScratch;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.reference.ReferenceLists;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.RequestValidator;

/** What every channel's intake does the same way: checks, attachments, storing. */
@ApplicationScoped
public class IntakeSupport {

    @Inject
    RequestValidator validator;

    @Inject
    ReferenceLists lists;

    @Inject
    AttachmentStore attachments;

    @Inject
    IntakeService intake;

    @Inject
    UploadScratch scratch;

    @Inject
    OfficeDay officeDay;

    public LocalDate today() {
        return officeDay.today();
    }

    public List<FieldError> identityErrors(IdentityMode mode, ReporterContact contact) {
        return IdentityRules.check(mode, contact);
    }

    public void requireOption(List<FieldError> errors, String field, String list, String code, LocalDate on) {
        if (code != null && !code.isBlank() && !lists.isActive(list, code, on)) {
            errors.add(new FieldError(field, "unknown_option"));
        }
    }

    public void validate(Object request, List<FieldError> errors) {
        validator.check(request, errors);
    }

    /** Files from a form upload, or base64 files from a JSON body (whichever the request carried). */
    public List<AttachmentStore.Prepared> prepare(List<IncomingFile> files, List<AttachmentUpload> uploads) {
        List<IncomingFile> all = new ArrayList<>(files);
        all.addAll(AttachmentUpload.decode(uploads, scratch));
        return attachments.prepare(all);
    }

    public Acknowledgement store(Submission s) {
        return intake.submit(s);
    }
}
