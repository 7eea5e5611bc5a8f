package id.integritas.portal.reference;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Options;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /admin/daftar-pilihan: administrators see each list's options with their history and change them from a date. */
@Path("/admin/daftar-pilihan")
@RolesAllowed("ADMIN")
public class ReferenceListsPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lists(Page page, Texts t, List<Option> names, String list, List<ReferenceItem> versions,
                int page_no, boolean more, FormState form);
    }

    @Inject
    PageContext pages;

    @Inject
    ReferenceListAdmin admin;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("list") String list, @QueryParam("page") @DefaultValue("0") int pageNo) {
        ReferenceList l = ReferenceList.named(list).orElse(ReferenceList.SERVICE);
        return render(l, Math.max(0, pageNo), FormState.of(Map.of("list", List.of(l.name()), "active", List.of("true"),
                "effectiveFrom", List.of(admin.today().toString()))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultivaluedMap<String, String> form) {
        ReferenceList l = ReferenceList.named(form.getFirst("list")).orElse(ReferenceList.SERVICE);
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(l, form, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            admin.put(l, blankToNull(form.getFirst("code")), new ReferenceListAdmin.OptionChange(blankToNull(form.getFirst("labelId")),
                    blankToNull(form.getFirst("labelEn")), integer(form.getFirst("sortOrder")), "true".equals(form.getFirst("active")),
                    date(form.getFirst("effectiveFrom"))), Long.valueOf(jwt.getSubject()));
            return Response.seeOther(URI.create("/admin/daftar-pilihan?list=" + l.name())).build();
        } catch (InvalidInputException e) {
            return invalid(l, form, e.errors());
        }
    }

    private Response invalid(ReferenceList l, MultivaluedMap<String, String> form, List<FieldError> errors) {
        FormState state = FormState.failed(new HashMap<>(form), errors, pages.texts(), LABELS);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(l, 0, state)).build();
    }

    private static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("code", "refs.code");
        m.put("labelId", "refs.labelId");
        m.put("labelEn", "refs.labelEn");
        m.put("sortOrder", "refs.sortOrder");
        m.put("active", "refs.active");
        m.put("effectiveFrom", "refs.effectiveFrom");
        return java.util.Collections.unmodifiableMap(m);
    }

    private TemplateInstance render(ReferenceList l, int pageNo, FormState form) {
        Page page = pages.signedInPage("refs.title");
        List<ReferenceItem> versions = admin.versions(l, pageNo, PAGE_SIZE + 1);
        boolean more = versions.size() > PAGE_SIZE;
        return Templates.lists(page, page.t(), Options.of(ReferenceList.values(), page.t(), "refs.list."), l.name(),
                more ? versions.subList(0, PAGE_SIZE) : versions, pageNo, more, form);
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(new FieldError("sortOrder", "number_format"));
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(new FieldError("effectiveFrom", "date_format"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
