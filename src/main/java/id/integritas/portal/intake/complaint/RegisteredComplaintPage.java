package id.integritas.portal.intake.complaint;

import java.util.ArrayList;
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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.casefile.FormLabels;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.intake.IntakeSupport;
import id.integritas.portal.receipt.Acknowledgement;
import id.integritas.portal.reference.ReferenceLists;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormBinder;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.web.Options;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.system.web.SubmittedForm;
import id.integritas.portal.system.web.UploadScratch;
import id.integritas.portal.team.CaseAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /petugas/pengaduan-baru: an officer of the complaints team registers a complaint received at the counter, by
 * letter, complaint box, phone/WhatsApp, e-mail, social media or from SP4N-LAPOR!, and prints a slip with the
 * tracking code for the citizen (shown this once, never stored in plain text).
 */
@Path("/petugas/pengaduan-baru")
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
public class RegisteredComplaintPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, Texts t, FormState form, List<Option> media,
                List<Option> classifications, List<Option> services, List<Option> problemTypes, List<Option> modes);

        static native TemplateInstance slip(Page page, Texts t, String registrationNumber, String trackingCode,
                String submittedAt, String medium);
    }

    @Inject
    PageContext pages;

    @Inject
    ReferenceLists lists;

    @Inject
    IntakeSupport support;

    @Inject
    ComplaintIntake intake;

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    PortalConfig config;

    @Inject
    UploadScratch scratch;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        RegisteredComplaintsApi.requireComplaintsTeam(current.account(), access);
        return render(FormState.of(Map.of("identityMode", List.of(ComplaintIntake.DEFAULT_MODE.name()),
                "classification", List.of(ComplaintClassification.PENGADUAN.name()))));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultipartFormDataInput input) {
        long officer = RegisteredComplaintsApi.requireComplaintsTeam(current.account(), access).id;
        SubmittedForm form = SubmittedForm.from(input, config.uploads().maxFileBytes(), scratch);
        if (!pages.validToken(form.token(), true)) {
            return invalid(form, List.of(new FieldError("_form", "form_expired")));
        }
        if (!form.textErrors().isEmpty()) {
            return invalid(form, form.textErrors());
        }
        List<FieldError> errors = new ArrayList<>();
        var bound = FormBinder.bind(ComplaintRequest.class, form.fields());
        errors.addAll(bound.errors());
        IntakeMedium medium = null;
        String typed = form.field("medium");
        if (typed != null && !typed.isBlank()) {
            try {
                medium = IntakeMedium.valueOf(typed.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("medium", "unknown_option"));
            }
        }
        try {
            Acknowledgement ack = intake.register(bound.value(), errors, form.files(), medium, form.field("laporId"), officer);
            Page page = pages.signedInPage("registered.slipTitle");
            Texts t = page.t();
            return Response.ok(Templates.slip(page, t, ack.registrationNumber(), ack.trackingCode(),
                    OfficeTime.date(ack.submittedAt(), config.office().timeZone(), t), t.get("registered.medium." + medium.name())))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
        } catch (InvalidInputException e) {
            return invalid(form, e.errors());
        }
    }

    private Response invalid(SubmittedForm form, List<FieldError> errors) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("medium", "registered.medium");
        labels.put("laporId", "registered.laporId");
        labels.putAll(FormLabels.COMPLAINT);
        FormState state = FormState.failed(form.fields(), errors, pages.texts(), labels);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(state)).build();
    }

    TemplateInstance render(FormState form) {
        Page page = pages.signedInPage("registered.title");
        Texts t = page.t();
        List<Option> media = Options.of(ComplaintIntake.OFFICER_MEDIA.toArray(new IntakeMedium[0]), t, "registered.medium.");
        return Templates.form(page, t, form, media, Options.of(ComplaintClassification.values(), t, "classification."),
                lists.options(ReferenceLists.SERVICE, t.lang(), support.today()),
                lists.options(ReferenceLists.PROBLEM_TYPE, t.lang(), support.today()),
                Options.of(IdentityMode.values(), t, "identity.mode."));
    }
}
