package id.integritas.portal.intake.complaint;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.intake.AttachmentUpload;
import id.integritas.portal.system.validation.EventDate;
import id.integritas.portal.intake.ReporterContact;

/** A citizen's complaint, suggestion or information request (domain.md §2.1); the same for form and API. */
public record ComplaintRequest(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10000) String description,
        @NotNull @EventDate LocalDate eventDate,
        @NotBlank @Size(max = 300) String eventPlace,
        @NotNull ComplaintClassification classification,
        @NotBlank @Size(max = 60) String serviceCode,
        @NotBlank @Size(max = 60) String problemTypeCode,
        @Size(max = 300) String reportedPerson,
        @Size(max = 2000) String request,
        IdentityMode identityMode,
        @Valid ReporterContact reporter,
        @Size(max = 20) List<@Valid AttachmentUpload> attachments) {

    /** What is encrypted as the case content (no identity, no files). */
    public record Content(String subject, String description, LocalDate eventDate, String eventPlace,
            String reportedPerson, String request) {
    }

    public Content content() {
        return new Content(subject, description, eventDate, eventPlace, reportedPerson, request);
    }
}
