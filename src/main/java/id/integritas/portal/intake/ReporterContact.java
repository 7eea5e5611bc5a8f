package id.integritas.portal.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import id.integritas.portal.system.validation.CrossFieldRules;

/** Optional contact details of a citizen or tipster (absent in ANONIM mode). */
public record ReporterContact(
        @Size(max = 200) String name,
        @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$", message = "phone") String phone,
        @Email @Size(max = 254) String email,
        @Size(max = 500) String address) {

    @JsonIgnore // a helper, not a field: neither in stored identities nor in the API schema
    public boolean isEmpty() {
        return CrossFieldRules.blank(name) && CrossFieldRules.blank(phone) && CrossFieldRules.blank(email)
                && CrossFieldRules.blank(address);
    }
}
