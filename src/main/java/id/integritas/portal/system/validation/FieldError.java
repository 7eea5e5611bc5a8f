package id.integritas.portal.system.validation;

import java.util.List;

/**
 * One wrong field: its path as the API and the form name it ({@code reporter.email}, {@code persons[0].name}),
 * a stable code, and the arguments of the message.
 */
public record FieldError(String field, String code, List<Object> args) {

    public FieldError(String field, String code) {
        this(field, code, List.of());
    }
}
