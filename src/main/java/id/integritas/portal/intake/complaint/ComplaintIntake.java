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
        return submit(r, bindingErrors, files, medium, null, null);
    }

    /** The media an officer may register a complaint from (everything but the portal's own web form and API). */
    public static final java.util.Set<IntakeMedium> OFFICER_MEDIA = java.util.EnumSet.of(IntakeMedium.LOKET,
            IntakeMedium.SURAT, IntakeMedium.KOTAK_PENGADUAN, IntakeMedium.TELEPON_WHATSAPP, IntakeMedium.EMAIL,
            IntakeMedium.MEDIA_SOSIAL, IntakeMedium.SP4N_LAPOR);

    /**
     * A complaint an officer of the complaints team registers from the counter, a letter, the complaint box,
     * phone/WhatsApp, e-mail, social media or SP4N-LAPOR! (whose tracking id is then required and stored).
     */
    public Acknowledgement register(ComplaintRequest r, List<FieldError> bindingErrors, List<IncomingFile> files,
            IntakeMedium medium, String laporId, long officerId) {
        List<FieldError> errors = new ArrayList<>(bindingErrors);
        if (medium == null) {
            errors.add(new FieldError("medium", "required"));
        } else if (!OFFICER_MEDIA.contains(medium)) {
            errors.add(new FieldError("medium", "unknown_option"));
        }
        String lapor = laporId == null || laporId.isBlank() ? null : laporId.strip();
        if (medium == IntakeMedium.SP4N_LAPOR && lapor == null) {
            errors.add(new FieldError("laporId", "required"));
        } else if (lapor != null && lapor.length() > 100) {
            errors.add(new FieldError("laporId", "too_long", List.of(100)));
        }
        return submit(r, errors, files, medium, medium == IntakeMedium.SP4N_LAPOR ? lapor : null, officerId);
    }

    private Acknowledgement submit(ComplaintRequest r, List<FieldError> bindingErrors, List<IncomingFile> files,
            IntakeMedium medium, String externalReference, Long registeredBy) {
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
            c.externalReference = externalReference;
            c.registeredByAccountId = registeredBy;
        }, r.content(), mode.collectsIdentity() && r.reporter() != null && !r.reporter().isEmpty() ? r.reporter() : null,
                support.prepare(files, r.attachments())));
    }
}
