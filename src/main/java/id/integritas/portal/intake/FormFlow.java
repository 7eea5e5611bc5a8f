package id.integritas.portal.intake;

import id.integritas.portal.receipt.Acknowledgement;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.system.web.UploadScratch;
import id.integritas.portal.receipt.ReceiptFlash;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.api.DatabaseFailures;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.system.web.SubmittedForm;
import io.quarkus.qute.TemplateInstance;

/**
 * The life of a report form POST: check the form token, submit, and either redirect to the receipt (303, the
 * code carried in a short-lived encrypted cookie) or re-render the form with every message and typed value.
 */
@RequestScoped
public class FormFlow {

    @Inject
    PageContext pages;

    @Inject
    PortalConfig config;

    @Inject
    ReceiptFlash flash;

    @Inject
    UploadScratch scratch;

    public Response handle(MultipartFormDataInput input, boolean signedIn, Map<String, String> labels,
            Function<SubmittedForm, Acknowledgement> submit, Function<FormState, TemplateInstance> render) {
        SubmittedForm form = SubmittedForm.from(input, config.uploads().maxFileBytes(), scratch);
        if (form.fileTooLarge()) {
            return rerender(render, labels, form, List.of(tooLarge()), 413);
        }
        if (!pages.validToken(form.token(), signedIn)) {
            return rerender(render, labels, form, List.of(new FieldError("_form", "form_expired")), 400);
        }
        List<FieldError> textErrors = form.textErrors();
        if (!textErrors.isEmpty()) {
            return rerender(render, labels, form, textErrors, 400);
        }
        try {
            Acknowledgement ack = submit.apply(form);
            return Response.seeOther(URI.create("/tanda-terima")).cookie(flash.cookie(ack)).build();
        } catch (InvalidInputException e) {
            return rerender(render, labels, form, e.errors(), 400);
        } catch (ApiProblemException e) {
            if (e.status() == 413) {
                return rerender(render, labels, form, List.of(tooLarge()), 413);
            }
            throw e;
        } catch (RuntimeException e) {
            if (!DatabaseFailures.unavailable(e)) {
                throw e;
            }
            // Keep what the person typed: the form comes back with a note to send it again a little later.
            Response page = rerender(render, labels, form, List.of(new FieldError("_form", "service_unavailable")), 503);
            return Response.fromResponse(page).header("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS))
                    .build();
        }
    }

    private FieldError tooLarge() {
        return new FieldError(AttachmentStore.FIELD, "file_too_large", List.of(config.uploads().maxFileBytes() / (1024 * 1024)));
    }

    private Response rerender(Function<FormState, TemplateInstance> render, Map<String, String> labels, SubmittedForm form,
            List<FieldError> errors, int status) {
        FormState state = FormState.failed(form.fields(), errors, pages.texts(), labels).withDroppedFiles(form.chosenFiles(), pages.texts());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render.apply(state))
                .build();
    }
}
