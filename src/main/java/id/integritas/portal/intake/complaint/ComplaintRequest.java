package id.integritas.portal.intake.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.integritas.portal.casefile.IdentityMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.system.validation.EventDate;
import id.integritas.portal.intake.ReporterContact;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.FieldError;

/**
 * A citizen's complaint, suggestion or information request (docs/domain-rules.md §2.1); the same for form and API. A problem
 * type and an event date belong to a complaint; a suggestion or an information request has neither.
 */
public record ComplaintRequest(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10000) String description,
        @Schema(description = "Day of the event; required when classification is PENGADUAN") @EventDate LocalDate eventDate,
        @NotBlank @Size(max = 300) String eventPlace,
        @NotNull ComplaintClassification classification,
        @Schema(description = "A code from the reference list SERVICE, as in force on the day of submission: GET /api/v1/reference-lists/SERVICE") @NotBlank @Size(max = 60) String serviceCode,
        @Schema(description = "A code from the reference list PROBLEM_TYPE, as in force on the day of submission: GET /api/v1/reference-lists/PROBLEM_TYPE; required when classification is PENGADUAN") @Size(max = 60) String problemTypeCode,
        @Size(max = 300) String reportedPerson,
        @Size(max = 2000) String request,
        IdentityMode identityMode,
        @Valid ReporterContact reporter,
        @Size(max = 20) List<@Valid AttachmentUpload> attachments) implements CrossFieldRules {

    /** What is encrypted as the case content (no identity, no files). */
    public record Content(String subject, String description, LocalDate eventDate, String eventPlace,
            String reportedPerson, String request) implements id.integritas.portal.routing.NamedPeople.Source {

        @com.fasterxml.jackson.annotation.JsonIgnore
        @Override
        public id.integritas.portal.routing.NamedPeople namedPeople() {
            return id.integritas.portal.routing.NamedPeople.of(java.util.Collections.singletonList(reportedPerson));
        }
    }

    public Content content() {
        return new Content(subject, description, eventDate, eventPlace, reportedPerson, request);
    }

    /** Whether this classification is about something that went wrong on a given day (a complaint proper). */
    public boolean describesAnIncident() {
        return classification == ComplaintClassification.PENGADUAN;
    }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (describesAnIncident()) {
            if (CrossFieldRules.blank(problemTypeCode)) {
                errors.add(new FieldError("problemTypeCode", "required"));
            }
            if (eventDate == null) {
                errors.add(new FieldError("eventDate", "required"));
            }
        }
        return errors;
    }
}
