package id.integritas.portal.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.integritas.portal.account.Account;

/** An identified employee (gratification reporter, conflict-of-interest declarant). Stored encrypted. */
public record EmployeeIdentity(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "^[0-9]{16}$", message = "nik") String nik,
        @NotBlank @Pattern(regexp = "^[0-9]{18}$", message = "nip") String nip,
        @NotBlank @Size(max = 200) String position,
        @Size(max = 100) String rank,
        @NotBlank @Size(max = 200) String workUnit,
        @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$", message = "phone") String phone,
        @Email @Size(max = 254) String email,
        Long accountId) {

    /** Fills what the person left blank from their account; the account id always comes from the sign-in. */
    public static EmployeeIdentity withAccount(EmployeeIdentity given, Account a) {
        EmployeeIdentity g = given != null ? given
                : new EmployeeIdentity(null, null, null, null, null, null, null, null, null);
        return new EmployeeIdentity(or(g.name, a.displayName), g.nik, or(g.nip, a.nip), or(g.position, a.position),
                g.rank, or(g.workUnit, a.workUnit), g.phone, or(g.email, a.email), a.id);
    }

    private static String or(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }
}
