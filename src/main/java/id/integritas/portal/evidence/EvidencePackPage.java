package id.integritas.portal.evidence;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /petugas/bukti-zi: the head of office and administrators choose a period and download the evidence pack. */
@Path("/petugas/bukti-zi")
@RolesAllowed({ "ADMIN", "PIMPINAN" })
public class EvidencePackPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, Texts t, FormState form, int maxMonths);
    }

    @Inject
    PageContext pages;

    @Inject
    EvidencePack pack;

    @Inject
    OfficeDay officeDay;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        YearMonth last = YearMonth.from(officeDay.today()).minusMonths(1);
        Map<String, List<String>> values = new HashMap<>();
        values.put("from", List.of(last.withMonth(1).toString()));
        values.put("to", List.of(last.toString()));
        return render(FormState.of(values));
    }

    /** Downloads the pack (a POST with the form token, because the export is audited). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ "application/zip", MediaType.TEXT_HTML })
    public Response download(MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return refused(form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            EvidenceRequest request = pack.request(form.getFirst("from"), form.getFirst("to"), Long.parseLong(jwt.getSubject()));
            return EvidencePackApi.zip(pack, request);
        } catch (InvalidInputException e) {
            return refused(form, e.errors());
        }
    }

    private Response refused(MultivaluedMap<String, String> form, List<FieldError> errors) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("from", "evidence.from");
        labels.put("to", "evidence.to");
        FormState state = FormState.failed(new HashMap<>(form), errors, pages.texts(), labels);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(state)).build();
    }

    private TemplateInstance render(FormState form) {
        Page page = pages.signedInPage("evidence.pageTitle");
        return Templates.form(page, page.t(), form, EvidencePack.MAX_MONTHS);
    }
}
