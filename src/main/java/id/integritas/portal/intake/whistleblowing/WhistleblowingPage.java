package id.integritas.portal.intake.whistleblowing;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** The WBS form. Anonymous comes first; nothing about the browser is recorded. */
@Path("/wbs")
@PermitAll
public class WhistleblowingPage {

    static final int PERSON_SLOTS = 3;

    @TemplateData
    public record PersonSlot(String name, String position, String unit) {
        static PersonSlot of(int i) {
            return new PersonSlot("persons[" + i + "].name", "persons[" + i + "].position", "persons[" + i + "].unit");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, Texts t, FormState form, List<Option> modes, List<Option> categories,
                List<PersonSlot> personSlots, List<Option> yesNo, List<Option> priorReports);
    }

    @Inject
    PageContext pages;

    @Inject
    ReferenceLists lists;

    @Inject
    IntakeSupport support;

    @Inject
    WhistleblowingIntake intake;

    @Inject
    FormFlow flow;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return render(FormState.of(Map.of("identityMode", List.of(WhistleblowingIntake.DEFAULT_MODE.name()))));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultipartFormDataInput input) {
        return flow.handle(input, false, FormLabels.WHISTLEBLOWING, form -> {
            var bound = FormBinder.bind(WhistleblowingRequest.class, form.fields());
            return intake.submit(bound.value(), bound.errors(), form.files(), IntakeMedium.WEB);
        }, this::render);
    }

    TemplateInstance render(FormState form) {
        Page page = pages.publicPage("wbs.title");
        Texts t = page.t();
        List<Option> modes = List.of(new Option("ANONIM", t.get("identity.mode.ANONIM")),
                new Option("RAHASIA", t.get("identity.mode.RAHASIA")), new Option("TERBUKA", t.get("identity.mode.TERBUKA")));
        return Templates.form(page, t, form, modes, lists.options(ReferenceLists.WBS_CATEGORY, t.lang(), support.today()),
                IntStream.range(0, PERSON_SLOTS).mapToObj(PersonSlot::of).toList(),
                List.of(new Option("true", t.get("form.yes")), new Option("false", t.get("form.no"))),
                Options.of(PriorReport.values(), t, "priorReport."));
    }
}
