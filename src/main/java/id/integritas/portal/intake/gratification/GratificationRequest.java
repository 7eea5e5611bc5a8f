package id.integritas.portal.intake.gratification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.intake.EmployeeIdentity;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.EventDate;
import id.integritas.portal.system.validation.FieldError;

/** An employee's self-report of a gift received or refused (docs/domain-rules.md §2.2). */
public record GratificationRequest(
        @NotNull GratificationType type,
        @Valid EmployeeIdentity reporter,
        @NotNull @Valid Gift gift,
        @Schema(description = "A code from the reference list GIFT_OCCASION, as in force on the day of submission: GET /api/v1/reference-lists/GIFT_OCCASION") @NotBlank @Size(max = 60) String occasionCode,
        @NotBlank @Size(max = 300) String place,
        @NotNull @EventDate LocalDate receivedOn,
        @NotNull @Valid Giver giver,
        @Size(max = 2000) String reason,
        @NotBlank @Size(max = 10000) String chronology,
        Custody custody,
        @Size(max = 20) List<@Valid AttachmentUpload> attachments) implements CrossFieldRules {

    public enum GratificationType {
        PENERIMAAN, PENOLAKAN
    }

    public enum GiftKind {
        UANG, BARANG, VOUCHER, MAKANAN_MINUMAN, FASILITAS, LAINNYA
    }

    public enum GiverRelationship {
        KELUARGA, REKAN_KERJA, PEMOHON_LAYANAN, REKANAN_VENDOR, TIDAK_DIKENAL, LAINNYA
    }

    public enum Custody {
        DISIMPAN_PELAPOR, DITITIPKAN_UPG, DIKEMBALIKAN_PEMBERI, DISALURKAN_BANTUAN_SOSIAL
    }

    public record Gift(@NotNull GiftKind kind, @NotBlank @Size(max = 2000) String description,
            @NotNull @PositiveOrZero BigDecimal value,
            @Pattern(regexp = "^[A-Z]{3}$", message = "currency") String currency) {
    }

    public record Giver(@NotBlank @Size(max = 200) String name, @Size(max = 200) String occupation,
            @Size(max = 200) String organisation, @Size(max = 500) String address, @Size(max = 200) String contact,
            @NotNull GiverRelationship relationship) {
    }

    public record Content(GratificationType type, Gift gift, String occasionCode, String place, LocalDate receivedOn,
            Giver giver, String reason, String chronology, Custody custody)
            implements id.integritas.portal.routing.NamedPeople.Source {

        @com.fasterxml.jackson.annotation.JsonIgnore
        @Override
        public id.integritas.portal.routing.NamedPeople namedPeople() {
            return id.integritas.portal.routing.NamedPeople.of(giver == null ? List.of()
                    : java.util.Arrays.asList(giver.name(), giver.organisation()));
        }
    }

    public GratificationRequest withReporter(EmployeeIdentity identity) {
        return new GratificationRequest(type, identity, gift, occasionCode, place, receivedOn, giver, reason, chronology,
                custody, attachments);
    }

    public Content content() {
        return new Content(type, gift, occasionCode, place, receivedOn, giver, reason, chronology, custody);
    }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (type == GratificationType.PENERIMAAN && custody == null) {
            errors.add(new FieldError("custody", "required"));
        }
        if (reporter == null) {
            errors.add(new FieldError("reporter.name", "required"));
        } else {
            errors.addAll(reporter.nipErrors("reporter."));
        }
        return errors;
    }
}
