package id.integritas.portal.campaign;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
import jakarta.ws.rs.QueryParam;
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

/** /admin/kampanye: administrators open the yearly interests register campaign with its due date. */
@Path("/admin/kampanye")
@RolesAllowed("ADMIN")
public class AdminCampaignPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(Page page, Texts t, List<RegisterCampaign> campaigns, FormState form,
                String notice);
    }

    @Inject
    PageContext pages;

    @Inject
    CampaignAdmin admin;

    @Inject
    OfficeDay officeDay;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("dibuka") Integer opened) {
        int year = officeDay.today().getYear();
        int next = admin.byYear(year).isPresent() ? year + 1 : year;
        Map<String, List<String>> values = new HashMap<>();
        values.put("year", List.of(String.valueOf(next)));
        return render(FormState.of(values), opened == null ? null : pages.texts().get("campaign.opened"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultivaluedMap<String, String> form) {
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return refused(form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            List<FieldError> errors = new ArrayList<>();
            Integer year = number(form.getFirst("year"), "year", errors);
            LocalDate due = null;
            String d = form.getFirst("dueOn");
            if (d != null && !d.isBlank()) {
                try {
                    due = LocalDate.parse(d.strip());
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("dueOn", "date_format"));
                }
            }
            Integer before = number(form.getFirst("remindDaysBefore"), "remindDaysBefore", errors);
            Integer after = number(form.getFirst("remindDaysAfter"), "remindDaysAfter", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            RegisterCampaign c = admin.open(new CampaignAdmin.OpenRequest(year, due, before, after), Long.valueOf(jwt.getSubject()));
            return Response.seeOther(URI.create("/admin/kampanye?dibuka=" + c.year)).build();
        } catch (InvalidInputException e) {
            return refused(form, e.errors());
        }
    }

    private static Integer number(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "number_format"));
            return null;
        }
    }

    private Response refused(MultivaluedMap<String, String> form, List<FieldError> errors) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("year", "campaign.year");
        labels.put("dueOn", "campaign.dueOn");
        labels.put("remindDaysBefore", "campaign.remindDaysBefore");
        labels.put("remindDaysAfter", "campaign.remindDaysAfter");
        FormState state = FormState.failed(new HashMap<>(form), errors, pages.texts(), labels);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(state, null)).build();
    }

    private TemplateInstance render(FormState form, String notice) {
        Page page = pages.signedInPage("campaign.adminTitle");
        return Templates.campaigns(page, page.t(), admin.list(), form, notice);
    }
}
