package id.integritas.portal.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/** Reads the text fields of an upload (API multipart parts or the page's form) into a request, with field errors. */
final class DocumentForm {

    private DocumentForm() {
    }

    static StandardDocuments.DocumentRequest read(String title, String kind, String channel, String effectiveFrom,
            String replaces) {
        List<FieldError> errors = new ArrayList<>();
        DocumentKind k = enumOf(DocumentKind.class, kind, "kind", errors);
        Channel ch = enumOf(Channel.class, channel, "channel", errors);
        LocalDate from = null;
        if (!blank(effectiveFrom)) {
            try {
                from = LocalDate.parse(effectiveFrom.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("effectiveFrom", "date_format"));
            }
        }
        Long replacesId = null;
        if (!blank(replaces)) {
            try {
                replacesId = Long.valueOf(replaces.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("replaces", "number_format"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new StandardDocuments.DocumentRequest(blank(title) ? null : title.strip(), k, ch, from, replacesId);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown_option"));
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
