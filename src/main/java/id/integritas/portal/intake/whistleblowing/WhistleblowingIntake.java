package id.integritas.portal.intake.whistleblowing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.casefile.WhistleblowingStatus;
import id.integritas.portal.receipt.Acknowledgement;
import id.integritas.portal.intake.IntakeSupport;
import id.integritas.portal.intake.Submission;
import id.integritas.portal.reference.ReferenceLists;
import id.integritas.portal.system.validation.FieldError;

@ApplicationScoped
public class WhistleblowingIntake {

    /** WBS offers anonymity first. */
    public static final IdentityMode DEFAULT_MODE = IdentityMode.ANONIM;

    @Inject
    IntakeSupport support;

    public Acknowledgement submit(WhistleblowingRequest r, List<FieldError> bindingErrors, List<IncomingFile> files,
            IntakeMedium medium) {
        IdentityMode mode = r.identityMode() == null ? DEFAULT_MODE : r.identityMode();
        List<FieldError> errors = new ArrayList<>(bindingErrors);
        errors.addAll(support.identityErrors(mode, r.reporter()));
        support.requireOption(errors, "categoryCode", ReferenceLists.WBS_CATEGORY, r.categoryCode(), support.today());
        support.validate(r, errors);
        return support.store(new Submission(Channel.WBS, mode, medium, WhistleblowingStatus.DITERIMA, c -> {
            c.eventDate = r.whenFrom();
            c.categoryCode = r.categoryCode();
        }, r.content(), mode.collectsIdentity() && r.reporter() != null && !r.reporter().isEmpty() ? r.reporter() : null,
                support.prepare(files, r.attachments()), r.keepOriginals()));
    }
}
