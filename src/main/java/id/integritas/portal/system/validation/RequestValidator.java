package id.integritas.portal.system.validation;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Runs Bean Validation and the request's own cross-field rules, and turns every problem into a
 * {@link FieldError} with a stable code. Messages are chosen later, in the caller's language.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    @Inject
    jakarta.enterprise.inject.Instance<id.integritas.portal.system.PortalConfig> config;

    public <T> void check(T request, List<FieldError> earlier) {
        List<FieldError> errors = new ArrayList<>(earlier);
        java.util.Set<String> named = new java.util.HashSet<>();
        errors.forEach(e -> named.add(e.field()));
        if (request != null) {
            // A list over its limit is answered alone: validating each of its (perhaps 100,000) entries would cost
            // time and memory that an anonymous client could make the portal spend.
            List<FieldError> oversized = oversizedLists(request, "", 0);
            if (!oversized.isEmpty()) {
                oversized.stream().filter(e -> named.add(e.field())).forEach(errors::add);
                errors.sort(Comparator.comparing(FieldError::field));
                throw new InvalidInputException(errors);
            }
            for (ConstraintViolation<T> v : validator.validate(request)) {
                String field = v.getPropertyPath().toString();
                if (named.add(field)) {
                    errors.add(toError(field, v));
                }
            }
            if (request instanceof CrossFieldRules rules) {
                for (FieldError e : rules.crossFieldErrors()) {
                    if (named.add(e.field())) {
                        errors.add(e);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new InvalidInputException(errors);
        }
    }

    /** Record components (and those of nested records) holding a collection longer than their {@code @Size(max)}. */
    private static List<FieldError> oversizedLists(Object value, String prefix, int depth) {
        List<FieldError> found = new ArrayList<>();
        if (value == null || !value.getClass().isRecord() || depth > 3) {
            return found;
        }
        for (java.lang.reflect.RecordComponent rc : value.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String field = prefix + rc.getName();
            Size size = rc.getAnnotation(Size.class);
            if (size == null) {
                size = rc.getAccessor().getAnnotation(Size.class);
            }
            if (v instanceof java.util.Collection<?> c && size != null && c.size() > size.max()) {
                found.add(new FieldError(field, field.endsWith("attachments") ? "too_many_files" : "too_many_items",
                        List.of(size.max())));
            } else if (v != null && v.getClass().isRecord()) {
                found.addAll(oversizedLists(v, field + ".", depth + 1));
            }
        }
        return found;
    }

    private FieldError toError(String field, ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
        String message = v.getMessageTemplate();
        if (a instanceof Pattern && !message.startsWith("{")) {
            return new FieldError(field, message);
        }
        if (a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty) {
            return new FieldError(field, "required");
        }
        if (a instanceof Size) {
            Object value = v.getInvalidValue();
            int min = (Integer) attrs.get("min");
            boolean tooShort = value instanceof CharSequence s ? s.length() < min
                    : value instanceof java.util.Collection<?> c && c.size() < min;
            if (tooShort) {
                return new FieldError(field, "too_few", List.of(min));
            }
            if (value instanceof java.util.Collection<?>) {
                // A list over its size: counted in entries (files for attachments), never "characters".
                return new FieldError(field, field.endsWith("attachments") ? "too_many_files" : "too_many_items",
                        List.of(attrs.get("max")));
            }
            return new FieldError(field, "too_long", List.of(attrs.get("max")));
        }
        if (a instanceof Email) {
            return new FieldError(field, "email");
        }
        if (a instanceof EventDate) {
            return EventDate.FUTURE.equals(message) ? new FieldError(field, "future_date")
                    : new FieldError(field, "too_early", List.of(config.get().intake().earliestEventDate().toString()));
        }
        if (a instanceof PastOrPresent) {
            return new FieldError(field, "future_date");
        }
        if (a instanceof PositiveOrZero || a instanceof DecimalMin || a instanceof Min || a instanceof Max) {
            return new FieldError(field, "out_of_range");
        }
        if (a instanceof Pattern) {
            return new FieldError(field, "format");
        }
        return new FieldError(field, "invalid");
    }
}
