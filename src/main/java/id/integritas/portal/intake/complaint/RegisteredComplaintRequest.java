package id.integritas.portal.intake.complaint;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.intake.ReporterContact;

/** A complaint registered by an officer: the public complaint's fields plus how it reached the office. */
public record RegisteredComplaintRequest(String subject, String description, LocalDate eventDate, String eventPlace,
        ComplaintClassification classification, String serviceCode, String problemTypeCode, String reportedPerson,
        String request, IdentityMode identityMode, ReporterContact reporter, List<AttachmentUpload> attachments,
        @Schema(description = "LOKET, SURAT, KOTAK_PENGADUAN, TELEPON_WHATSAPP, EMAIL, MEDIA_SOSIAL or SP4N_LAPOR") IntakeMedium medium,
        @Schema(description = "The SP4N-LAPOR! tracking id; required when medium is SP4N_LAPOR") String laporId) {

    public ComplaintRequest complaint() {
        return new ComplaintRequest(subject, description, eventDate, eventPlace, classification, serviceCode,
                problemTypeCode, reportedPerson, request, identityMode, reporter, attachments);
    }
}
