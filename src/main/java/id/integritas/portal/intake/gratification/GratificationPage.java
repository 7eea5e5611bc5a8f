package id.integritas.portal.intake.gratification;

import java.util.HashMap;
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

import id.integritas.portal.account.Account;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.intake.EmployeeIdentity;
import id.integritas.portal.intake.EmploymentType;
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

@Path("/gratifikasi")
@RolesAllowed("PEGAWAI")
public class GratificationPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, Texts t, FormState form, List<Option> types, List<Option> giftKinds,
                List<Option> occasions, List<Option> relationships, List<Option> custodies, List<Option> employmentTypes);
    }

    @Inject
    PageContext pages;

    @Inject
    ReferenceLists lists;

    @Inject
    IntakeSupport support;

    @Inject
    GratificationIntake intake;

    @Inject
    CurrentAccount employee;

    @Inject
    FormFlow flow;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        Account a = employee.account();
        Map<String, List<String>> values = new HashMap<>();
        put(values, "reporter.name", a.displayName);
        put(values, "reporter.nip", a.nip);
        put(values, "reporter.position", a.position);
        put(values, "reporter.workUnit", a.workUnit);
        put(values, "reporter.email", a.email);
        put(values, "gift.currency", "IDR");
        return render(FormState.of(values));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultipartFormDataInput input) {
        Account a = employee.account();
        return flow.handle(input, true, FormLabels.GRATIFICATION, form -> {
            var bound = FormBinder.bind(GratificationRequest.class, form.fields());
            GratificationRequest r = bound.value().withReporter(EmployeeIdentity.withAccount(bound.value().reporter(), a));
            return intake.submit(r, bound.errors(), form.files(), IntakeMedium.WEB);
        }, this::render);
    }

    TemplateInstance render(FormState form) {
        Page page = pages.signedInPage("grt.title");
        Texts t = page.t();
        return Templates.form(page, t, form, Options.of(GratificationRequest.GratificationType.values(), t, "grt.type."),
                Options.of(GratificationRequest.GiftKind.values(), t, "grt.giftKind."),
                lists.options(ReferenceLists.GIFT_OCCASION, t.lang(), support.today()),
                Options.of(GratificationRequest.GiverRelationship.values(), t, "grt.relationship."),
                Options.of(GratificationRequest.Custody.values(), t, "grt.custody."),
                Options.of(EmploymentType.values(), t, "grt.employmentType."));
    }

    static void put(Map<String, List<String>> values, String key, String value) {
        if (value != null) {
            values.put(key, List.of(value));
        }
    }
}
