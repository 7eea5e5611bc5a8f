package id.integritas.portal.intake.complaint;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.intake.FormFlow;
import id.integritas.portal.casefile.FormLabels;
import id.integritas.portal.intake.IntakeSupport;
import id.integritas.portal.reference.ReferenceLists;
import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.FormBinder;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Options;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@Path("/pengaduan")
@PermitAll
public class ComplaintPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, Texts t, FormState form, List<Option> classifications,
                List<Option> services, List<Option> problemTypes, List<Option> modes);
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
    FormFlow flow;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return render(FormState.of(Map.of("identityMode", List.of(ComplaintIntake.DEFAULT_MODE.name()),
                "classification", List.of(ComplaintClassification.PENGADUAN.name()))));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultipartFormDataInput input) {
        return flow.handle(input, false, FormLabels.COMPLAINT, form -> {
            var bound = FormBinder.bind(ComplaintRequest.class, form.fields());
            return intake.submit(bound.value(), bound.errors(), form.files(), IntakeMedium.WEB);
        }, this::render);
    }

    TemplateInstance render(FormState form) {
        Page page = pages.publicPage("complaint.title");
        Texts t = page.t();
        return Templates.form(page, t, form, Options.of(ComplaintClassification.values(), t, "classification."),
                lists.options(ReferenceLists.SERVICE, t.lang(), support.today()),
                lists.options(ReferenceLists.PROBLEM_TYPE, t.lang(), support.today()),
                Options.of(IdentityMode.values(), t, "identity.mode."));
    }
}
