package id.integritas.portal.system.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import id.integritas.portal.system.PortalConfig;

/**
 * The date something reported happened: not in the future (in the office's time zone) and not before
 * {@code portal.intake.earliest-event-date}, so a mistyped year such as 1900 is caught at the edge.
 */
@Documented
@Constraint(validatedBy = EventDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EventDate {

    String FUTURE = "{portal.event-date.future}";
    String TOO_EARLY = "{portal.event-date.too-early}";

    String message() default TOO_EARLY;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Validator implements ConstraintValidator<EventDate, LocalDate> {

        // Looked up when used: validators are built while the configuration itself is validated at start.
        @Inject
        Instance<PortalConfig> config;

        @Inject
        Instance<Clock> clock;

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            PortalConfig c = config.get();
            LocalDate today = LocalDate.now(clock.get().withZone(ZoneId.of(c.office().timeZone())));
            String failure = value.isAfter(today) ? FUTURE
                    : value.isBefore(c.intake().earliestEventDate()) ? TOO_EARLY : null;
            if (failure == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(failure).addConstraintViolation();
            return false;
        }
    }
}
