package id.integritas.portal.intake.gratification;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.GratificationStatus;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.receipt.Acknowledgement;
import id.integritas.portal.intake.IntakeSupport;
import id.integritas.portal.intake.Submission;
import id.integritas.portal.reference.ReferenceLists;
import id.integritas.portal.system.validation.FieldError;

@ApplicationScoped
public class GratificationIntake {

    @Inject
    IntakeSupport support;

    /** The reporter must already carry the signed-in account (see EmployeeIdentity.withAccount). */
    public Acknowledgement submit(GratificationRequest r, List<FieldError> bindingErrors, List<IncomingFile> files,
            IntakeMedium medium) {
        List<FieldError> errors = new ArrayList<>(bindingErrors);
        support.requireOption(errors, "occasionCode", ReferenceLists.GIFT_OCCASION, r.occasionCode(), support.today());
        support.validate(r, errors);
        GratificationStatus initial = r.type() == GratificationRequest.GratificationType.PENOLAKAN
                ? GratificationStatus.PENOLAKAN_DICATAT
                : GratificationStatus.DITERIMA_UPG;
        // Identified channel: the identity is known to the UPG only (RAHASIA), never public.
        return support.store(new Submission(Channel.GRT, IdentityMode.RAHASIA, medium, initial, c -> {
            c.filedByAccountId = r.reporter() == null ? null : r.reporter().accountId();
            c.gratificationType = r.type().name();
            c.giftKind = r.gift().kind().name();
            c.giftValue = r.gift().value();
            c.giftCurrency = r.gift().currency() == null ? "IDR" : r.gift().currency();
            c.giftOccasionCode = r.occasionCode();
            c.giftReceivedOn = r.receivedOn();
            c.eventDate = r.receivedOn();
        }, r.content(), r.reporter(), support.prepare(files, r.attachments())));
    }
}
