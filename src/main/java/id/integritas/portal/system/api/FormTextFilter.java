package id.integritas.portal.system.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.validation.TextRules;

/**
 * URL-encoded forms (sign-in, tracking lookup, administration, receipt check) are refused with 400 when a field
 * breaks {@link TextRules}, before any of it reaches a query. Multipart report forms check the same rule in
 * {@code SubmittedForm} so that they can come back with a message next to the field.
 */
public class FormTextFilter {

    @ServerRequestFilter(readBody = true)
    public void cleanUrlEncodedForm(ResteasyReactiveContainerRequestContext context) {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return;
        }
        FormData data = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData();
        if (data == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : data) {
            boolean clean = TextRules.clean(name);
            for (FormValue v : data.get(name)) {
                clean &= v.isFileItem() || TextRules.clean(v.getValue());
            }
            if (!clean) {
                errors.add(new FieldError(TextRules.clean(name) ? name : "_form", TextRules.CODE));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
