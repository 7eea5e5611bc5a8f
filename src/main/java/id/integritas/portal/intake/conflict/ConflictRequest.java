package id.integritas.portal.intake.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.intake.EmployeeIdentity;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.EventDate;
import id.integritas.portal.system.validation.FieldError;

/**
 * Conflict of interest (docs/domain-rules.md §2.4): either the annual register of personal interests or a declaration of a
 * specific conflict, by a signed-in employee.
 */
public record ConflictRequest(
        @NotNull Kind kind,
        @Valid EmployeeIdentity declarant,
        @Valid Register register,
        @Valid Declaration declaration,
        @Size(max = 20) List<@Valid AttachmentUpload> attachments) implements CrossFieldRules {

    public enum Kind {
        DAFTAR_KEPENTINGAN, DEKLARASI
    }

    public enum ConflictType {
        AKTUAL, POTENSIAL, DIPERSEPSIKAN
    }

    public enum Source {
        BISNIS_KEUANGAN, KELUARGA, AFILIASI, PEKERJAAN_LUAR, JABATAN_RANGKAP, PINTU_PUTAR, HADIAH_GRATIFIKASI, LAINNYA
    }

    public record Register(@NotNull @Min(2000) @Max(2100) Integer year, boolean noConflict,
            @Size(max = 20) List<@Valid Interest> interests) {
    }

    public record Interest(@NotNull Source source, @NotBlank @Size(max = 200) String relatedParty,
            @Size(max = 200) String relationship, @NotBlank @Size(max = 2000) String description,
            @Size(max = 200) String valueOrShare) {
    }

    public record Declaration(@NotNull ConflictType type, @NotNull Source source,
            @NotBlank @Size(max = 5000) String situation, @NotBlank @Size(max = 200) String relatedParty,
            @NotBlank @Size(max = 500) String affectedDecision, @NotNull @EventDate LocalDate dateKnown,
            @Size(max = 2000) String proposedControl) {
    }

    public record Content(Kind kind, Register register, Declaration declaration)
            implements id.integritas.portal.routing.NamedPeople.Source {

        /**
         * The related parties of a declaration or of the register's interests: they name people in the case (so a
         * handler who is the related party does not see it) and are the parties the declarant declares.
         */
        @com.fasterxml.jackson.annotation.JsonIgnore
        @Override
        public id.integritas.portal.routing.NamedPeople namedPeople() {
            List<String> parties = new ArrayList<>();
            if (declaration != null) {
                parties.add(declaration.relatedParty());
            }
            if (register != null && register.interests() != null) {
                register.interests().stream().filter(java.util.Objects::nonNull).forEach(i -> parties.add(i.relatedParty()));
            }
            return new id.integritas.portal.routing.NamedPeople(parties, parties);
        }
    }

    public ConflictRequest withDeclarant(EmployeeIdentity identity) {
        return new ConflictRequest(kind, identity, register, declaration, attachments);
    }

    public Content content() {
        return new Content(kind, register, declaration);
    }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (kind == Kind.DAFTAR_KEPENTINGAN) {
            if (register == null) {
                errors.add(new FieldError("register.year", "required"));
            } else if (!register.noConflict() && (register.interests() == null || register.interests().isEmpty())) {
                errors.add(new FieldError("register.interests", "interests_or_none"));
            }
        }
        if (declarant != null) {
            errors.addAll(declarant.nipErrors("declarant."));
        }
        if (kind == Kind.DEKLARASI && declaration == null) {
            errors.add(new FieldError("declaration.situation", "required"));
        }
        return errors;
    }
}
