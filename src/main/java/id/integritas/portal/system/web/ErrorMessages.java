package id.integritas.portal.system.web;

import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;

/** The message for a field error in the reader's language: {@code error.<code>} with the error's arguments. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String text(FieldError e, Texts t) {
        String key = "error." + e.code();
        return t.has(key) ? t.format(key, e.args().toArray()) : t.get("error.invalid");
    }
}
