package id.integritas.portal.intake.conflict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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

/** The annual interests register and the actual-conflict declaration, for signed-in employees. */
@Path("/benturan-kepentingan")
@RolesAllowed("PEGAWAI")
public class ConflictPage {

    static final int INTEREST_SLOTS = 3;

    @TemplateData
    public record InterestSlot(String source, String relatedParty, String relationship, String description,
            String valueOrShare) {
        static InterestSlot of(int i) {
            String p = "register.interests[" + i + "].";
            return new InterestSlot(p + "source", p + "relatedParty", p + "relationship", p + "description", p + "valueOrShare");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Page page, Texts t, FormState form, List<Option> kinds, List<Option> types,
                List<Option> sources, List<InterestSlot> interestSlots, List<Option> employmentTypes, String campaignNotice);
    }

    @Inject
    id.integritas.portal.campaign.CampaignAdmin campaigns;

    @Inject
    id.integritas.portal.campaign.RegisterCoverage coverage;

    @Inject
    PageContext pages;

    @Inject
    IntakeSupport support;

    @Inject
    ConflictIntake intake;

    @Inject
    CurrentAccount employee;

    @Inject
    FormFlow flow;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        Account a = employee.account();
        Map<String, List<String>> values = new HashMap<>();
        values.put("kind", List.of(ConflictRequest.Kind.DEKLARASI.name()));
        values.put("register.year", List.of(String.valueOf(support.today().getYear())));
        if (a.displayName != null) {
            values.put("declarant.name", List.of(a.displayName));
        }
        if (a.nip != null) {
            values.put("declarant.nip", List.of(a.nip));
        }
        if (a.position != null) {
            values.put("declarant.position", List.of(a.position));
        }
        if (a.workUnit != null) {
            values.put("declarant.workUnit", List.of(a.workUnit));
        }
        return render(FormState.of(values));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultipartFormDataInput input) {
        Account a = employee.account();
        return flow.handle(input, true, FormLabels.CONFLICT, form -> {
            Map<String, List<String>> fields = new HashMap<>(form.fields());
            // Only the part that matches the chosen kind is read.
            String kind = form.field("kind");
            fields.keySet().removeIf(k -> "DEKLARASI".equals(kind) ? k.startsWith("register.")
                    : "DAFTAR_KEPENTINGAN".equals(kind) && k.startsWith("declaration."));
            var bound = FormBinder.bind(ConflictRequest.class, fields);
            ConflictRequest r = bound.value();
            r = new ConflictRequest(r.kind(), r.declarant(), "DEKLARASI".equals(kind) ? null : r.register(),
                    "DAFTAR_KEPENTINGAN".equals(kind) ? null : r.declaration(), r.attachments());
            return intake.submit(r.withDeclarant(EmployeeIdentity.withAccount(r.declarant(), a)), bound.errors(),
                    form.files(), IntakeMedium.WEB);
        }, this::render);
    }

    TemplateInstance render(FormState form) {
        Page page = pages.signedInPage("bkp.title");
        Texts t = page.t();
        return Templates.form(page, t, form, Options.of(ConflictRequest.Kind.values(), t, "bkp.kind."),
                Options.of(ConflictRequest.ConflictType.values(), t, "bkp.type."),
                Options.of(ConflictRequest.Source.values(), t, "bkp.source."),
                IntStream.range(0, INTEREST_SLOTS).mapToObj(InterestSlot::of).toList(),
                Options.of(EmploymentType.values(), t, "grt.employmentType."), campaignNotice(t));
    }

    /** Tells the employee that this year's register campaign is open and by when, or that they have filed. */
    private String campaignNotice(Texts t) {
        int year = support.today().getYear();
        return campaigns.byYear(year).map(c -> coverage.filed(employee.account().id, year)
                ? t.format("bkp.campaignFiled", String.valueOf(year))
                : t.format("bkp.campaignOpen", String.valueOf(year), c.dueOn.toString())).orElse(null);
    }
}
