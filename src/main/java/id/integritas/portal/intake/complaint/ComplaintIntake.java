package id.integritas.portal.intake.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ComplaintStatus;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.receipt.Acknowledgement;
import id.integritas.portal.intake.IntakeSupport;
import id.integritas.portal.intake.Submission;
import id.integritas.portal.reference.ReferenceLists;
import id.integritas.portal.system.validation.FieldError;

@ApplicationScoped
public class ComplaintIntake {

    public static final IdentityMode DEFAULT_MODE = IdentityMode.RAHASIA;

    @Inject
    IntakeSupport support;

    public Acknowledgement submit(ComplaintRequest r, List<FieldError> bindingErrors, List<IncomingFile> files,
            IntakeMedium medium) {
        IdentityMode mode = r.identityMode() == null ? DEFAULT_MODE : r.identityMode();
        List<FieldError> errors = new ArrayList<>(bindingErrors);
        errors.addAll(support.identityErrors(mode, r.reporter()));
        LocalDate today = support.today();
        support.requireOption(errors, "serviceCode", ReferenceLists.SERVICE, r.serviceCode(), today);
        support.requireOption(errors, "problemTypeCode", ReferenceLists.PROBLEM_TYPE, r.problemTypeCode(), today);
        support.validate(r, errors);
        return support.store(new Submission(Channel.ADU, mode, medium, ComplaintStatus.MENUNGGU_VERIFIKASI, c -> {
            c.eventDate = r.eventDate();
            c.classification = r.classification().name();
            c.serviceCode = r.serviceCode();
            c.problemTypeCode = r.problemTypeCode() == null || r.problemTypeCode().isBlank() ? null : r.problemTypeCode();
        }, r.content(), mode.collectsIdentity() && r.reporter() != null && !r.reporter().isEmpty() ? r.reporter() : null,
                support.prepare(files, r.attachments())));
    }
}
