package id.integritas.portal.system.validation;

import java.util.List;

/** Thrown by services when input breaks a rule; mapped to problem+json or a re-rendered form. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors.size() + " field(s)");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
