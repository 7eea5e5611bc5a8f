package id.integritas.portal.intake.whistleblowing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import id.integritas.portal.casefile.IdentityMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.intake.ReporterContact;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.EventDate;
import id.integritas.portal.system.validation.FieldError;

/** A whistleblowing tip: the five questions are mandatory (docs/domain-rules.md §2.3). */
public record WhistleblowingRequest(
        @Schema(description = "A code from the reference list WBS_CATEGORY, as in force on the day of submission: GET /api/v1/reference-lists/WBS_CATEGORY") @NotBlank @Size(max = 60) String categoryCode,
        @NotBlank @Size(max = 10000) String what,
        @NotBlank @Size(max = 500) String where,
        @NotNull @EventDate LocalDate whenFrom,
        @EventDate LocalDate whenTo,
        @NotEmpty @Size(max = 10) List<@Valid PersonReported> persons,
        @NotBlank @Size(max = 10000) String how,
        @Size(max = 5000) String why,
        @PositiveOrZero BigDecimal estimatedValue,
        Boolean worksHere,
        PriorReport reportedElsewhere,
        @Schema(description = "Asks for an LPSK referral; needs an identity, so not with identityMode ANONIM (the default)") boolean protectionRequested,
        IdentityMode identityMode,
        @Valid ReporterContact reporter,
        @Size(max = 20) List<@Valid AttachmentUpload> attachments,
        /** Anonymous tips: keep the untouched originals (with their metadata) as evidence, on explicit request. */
        boolean keepOriginals) implements CrossFieldRules {

    public record PersonReported(@NotBlank @Size(max = 200) String name, @Size(max = 200) String position,
            @Size(max = 200) String unit) {
    }

    public record Content(String what, String where, LocalDate whenFrom, LocalDate whenTo, List<PersonReported> persons,
            String how, String why, BigDecimal estimatedValue, Boolean worksHere, PriorReport reportedElsewhere,
            boolean protectionRequested) implements id.integritas.portal.routing.NamedPeople.Source {

        /** Each person's name and unit, as separate fields (a word sequence never spans two). */
        @com.fasterxml.jackson.annotation.JsonIgnore
        @Override
        public id.integritas.portal.routing.NamedPeople namedPeople() {
            List<String> fields = new java.util.ArrayList<>();
            if (persons != null) {
                persons.stream().filter(java.util.Objects::nonNull).forEach(p -> {
                    fields.add(p.name());
                    fields.add(p.unit());
                });
            }
            return id.integritas.portal.routing.NamedPeople.of(fields);
        }
    }

    public Content content() {
        return new Content(what, where, whenFrom, whenTo, persons, how, why, estimatedValue, worksHere,
                reportedElsewhere == null ? PriorReport.TIDAK_ADA : reportedElsewhere, protectionRequested);
    }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (whenFrom != null && whenTo != null && whenTo.isBefore(whenFrom)) {
            errors.add(new FieldError("whenTo", "before_start"));
        }
        // LPSK protection is applied for by a named witness or reporter (UU 13/2006 jo. UU 31/2014).
        IdentityMode mode = identityMode == null ? WhistleblowingIntake.DEFAULT_MODE : identityMode;
        if (protectionRequested && !mode.collectsIdentity()) {
            errors.add(new FieldError("protectionRequested", "protection_needs_identity"));
        }
        return errors;
    }
}
