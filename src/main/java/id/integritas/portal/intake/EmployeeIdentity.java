package id.integritas.portal.intake;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.integritas.portal.account.Account;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.FieldError;

/** An identified employee (gratification reporter, conflict-of-interest declarant). Stored encrypted. */
public record EmployeeIdentity(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "PNS and PPPK (both ASN) have an NIP; NON_ASN staff have none") @NotNull EmploymentType employmentType,
        @Pattern(regexp = "^[0-9]{16}$", message = "nik") String nik,
        @Schema(description = "18 digits; required for PNS and PPPK (taken from the account when left out), refused for NON_ASN") @Pattern(regexp = "^[0-9]{18}$", message = "nip") String nip,
        @NotBlank @Size(max = 200) String position,
        @Size(max = 100) String rank,
        @NotBlank @Size(max = 200) String workUnit,
        @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$", message = "phone") String phone,
        @Email @Size(max = 254) String email,
        Long accountId) {

    /**
     * Fills what the person left blank from their account; the account id always comes from the sign-in. A
     * non-ASN employee has no NIP, so none is taken from the account for them.
     */
    public static EmployeeIdentity withAccount(EmployeeIdentity given, Account a) {
        EmployeeIdentity g = given != null ? given
                : new EmployeeIdentity(null, null, null, null, null, null, null, null, null, null);
        String nip = g.employmentType == EmploymentType.NON_ASN ? g.nip : or(g.nip, a.nip);
        return new EmployeeIdentity(or(g.name, a.displayName), g.employmentType, g.nik, nip, or(g.position, a.position),
                g.rank, or(g.workUnit, a.workUnit), g.phone, or(g.email, a.email), a.id);
    }

    /** Only the employment type, the rest to be filled from the account ({@link #withAccount}). */
    public static EmployeeIdentity employedAs(EmploymentType type) {
        return new EmployeeIdentity(null, type, null, null, null, null, null, null, null, null);
    }

    /** The NIP is required where it exists (PNS, PPPK) and refused where it cannot (non-ASN). */
    public List<FieldError> nipErrors(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (employmentType != null && employmentType.hasNip() && CrossFieldRules.blank(nip)) {
            errors.add(new FieldError(prefix + "nip", "required"));
        }
        if (employmentType == EmploymentType.NON_ASN && !CrossFieldRules.blank(nip)) {
            errors.add(new FieldError(prefix + "nip", "nip_not_applicable"));
        }
        return errors;
    }

    private static String or(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }
}
