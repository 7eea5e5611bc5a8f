package id.integritas.portal.system.validation;

import java.util.List;

/** Rules that span several fields of a request (e.g. nothing identifying in an anonymous report). */
public interface CrossFieldRules {

    List<FieldError> crossFieldErrors();

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
