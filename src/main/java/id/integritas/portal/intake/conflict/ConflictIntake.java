package id.integritas.portal.intake.conflict;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ConflictStatus;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.receipt.Acknowledgement;
import id.integritas.portal.intake.IntakeSupport;
import id.integritas.portal.intake.Submission;
import id.integritas.portal.system.validation.FieldError;

@ApplicationScoped
public class ConflictIntake {

    @Inject
    IntakeSupport support;

    public Acknowledgement submit(ConflictRequest r, List<FieldError> bindingErrors, List<IncomingFile> files,
            IntakeMedium medium) {
        List<FieldError> errors = new ArrayList<>(bindingErrors);
        support.validate(r, errors);
        boolean register = r.kind() == ConflictRequest.Kind.DAFTAR_KEPENTINGAN;
        return support.store(new Submission(Channel.BKP, IdentityMode.RAHASIA, medium,
                register ? ConflictStatus.TERISI : ConflictStatus.DIAJUKAN, c -> {
                    c.filedByAccountId = r.declarant() == null ? null : r.declarant().accountId();
                    c.conflictKind = r.kind().name();
                    if (register && r.register() != null && r.register().year() != null) {
                        c.registerYear = r.register().year().shortValue();
                    }
                    if (!register) {
                        c.conflictType = r.declaration().type().name();
                        c.eventDate = r.declaration().dateKnown();
                    }
                }, r.content(), r.declarant(), support.prepare(files, r.attachments())));
    }
}
