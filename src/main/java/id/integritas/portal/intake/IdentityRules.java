package id.integritas.portal.intake;

import static id.integritas.portal.system.validation.CrossFieldRules.blank;

import java.util.ArrayList;
import java.util.List;

import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.system.validation.FieldError;

/**
 * ANONIM collects nothing; TERBUKA needs at least a name; RAHASIA leaves every contact field optional (but a
 * report without any way to reach its author is told so: {@link #unreachable}).
 */
final class IdentityRules {

    private IdentityRules() {
    }

    static List<FieldError> check(IdentityMode mode, ReporterContact contact) {
        List<FieldError> errors = new ArrayList<>();
        if (mode == IdentityMode.ANONIM && contact != null) {
            if (!blank(contact.name())) {
                errors.add(new FieldError("reporter.name", "anonymous_no_identity"));
            }
            if (!blank(contact.phone())) {
                errors.add(new FieldError("reporter.phone", "anonymous_no_identity"));
            }
            if (!blank(contact.email())) {
                errors.add(new FieldError("reporter.email", "anonymous_no_identity"));
            }
            if (!blank(contact.address())) {
                errors.add(new FieldError("reporter.address", "anonymous_no_identity"));
            }
        }
        if (mode == IdentityMode.TERBUKA && (contact == null || blank(contact.name()))) {
            errors.add(new FieldError("reporter.name", "required"));
        }
        return errors;
    }

    /** An identified report with no phone, email or address: the office can answer only through the tracking code. */
    static boolean unreachable(IdentityMode mode, ReporterContact contact) {
        return mode.collectsIdentity() && (contact == null
                || blank(contact.phone()) && blank(contact.email()) && blank(contact.address()));
    }
}
