package id.integritas.portal.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.web.Options;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /admin/hari-libur: administrators see a year's holiday rows and add, change or remove one. */
@Path("/admin/hari-libur")
@RolesAllowed("ADMIN")
public class HolidaysPage {

    static final int PAGE_SIZE = 50;
    static final String PATH = "/admin/hari-libur";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance holidays(Page page, Texts t, int year, List<Integer> years, List<Row> rows,
                int page_no, boolean more, FormState form, List<Option> kinds, String editing);
    }

    public record Row(long id, String date, String kind, String name, String legalBasis) {
    }

    private static final Map<String, String> LABELS = DeadlinePage.labels("date", "holidays.date", "kind", "holidays.kind",
            "name", "holidays.name", "legalBasis", "holidays.legalBasis");

    @Inject
    PageContext pages;

    @Inject
    HolidayAdmin admin;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") int pageNo,
            @QueryParam("ubah") Long editId) {
        int y = year(year);
        Map<String, List<String>> values = new HashMap<>();
        String editing = null;
        Optional<Holiday> edited = editId == null ? Optional.empty() : admin.find(editId);
        if (edited.isPresent()) {
            Holiday h = edited.get();
            editing = String.valueOf(h.id);
            values.put("id", List.of(editing));
            values.put("date", List.of(h.date.toString()));
            values.put("kind", List.of(h.kind.name()));
            values.put("name", List.of(h.name));
            values.put("legalBasis", List.of(h.legalBasis == null ? "" : h.legalBasis));
            y = h.date.getYear();
        }
        return render(y, Math.max(0, pageNo), FormState.of(values), editing);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultivaluedMap<String, String> form) {
        String id = blankToNull(form.getFirst("id"));
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(form, id, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            HolidayAdmin.HolidayChange change = change(form);
            Holiday saved = id == null ? admin.add(change, actor())
                    : admin.change(Long.parseLong(id), change, actor()).orElseThrow(jakarta.ws.rs.NotFoundException::new);
            return Response.seeOther(URI.create(PATH + "?year=" + saved.date.getYear())).build();
        } catch (InvalidInputException e) {
            return invalid(form, id, e.errors());
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }

    @POST
    @Path("/hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response remove(MultivaluedMap<String, String> form) {
        int y = year(parseYear(form.getFirst("year")));
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return invalid(new jakarta.ws.rs.core.MultivaluedHashMap<>(), null, List.of(new FieldError("_form", "form_expired")));
        }
        try {
            admin.remove(Long.parseLong(form.getFirst("id")), actor()); // already gone: nothing to do
        } catch (NumberFormatException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.seeOther(URI.create(PATH + "?year=" + y)).build();
    }

    private Response invalid(MultivaluedMap<String, String> form, String editing, List<FieldError> errors) {
        FormState state = FormState.failed(new HashMap<>(form), errors, pages.texts(), LABELS);
        LocalDate date = lenientDate(form.getFirst("date"));
        int y = date == null ? admin.thisYear() : year(date.getYear());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(y, 0, state, editing)).build();
    }

    private TemplateInstance render(int year, int pageNo, FormState form, String editing) {
        Page page = pages.signedInPage("holidays.title");
        Texts t = page.t();
        List<Holiday> rows = admin.ofYear(year, pageNo, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        List<Row> shown = (more ? rows.subList(0, PAGE_SIZE) : rows).stream()
                .map(h -> new Row(h.id, h.date.toString(), t.get("holidays.kind." + h.kind), h.name,
                        h.legalBasis == null ? "" : h.legalBasis)).toList();
        int now = admin.thisYear();
        List<Integer> years = new ArrayList<>();
        for (int y = Math.min(now, year) - 1; y <= Math.max(now, year) + 1; y++) {
            years.add(y);
        }
        return Templates.holidays(page, t, year, years, shown, pageNo, more, form,
                Options.of(Holiday.Kind.values(), t, "holidays.kind."), editing);
    }

    private static HolidayAdmin.HolidayChange change(MultivaluedMap<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        String d = blankToNull(form.getFirst("date"));
        if (d != null) {
            date = lenientDate(d);
            if (date == null) {
                errors.add(new FieldError("date", "date_format"));
            }
        }
        Holiday.Kind kind = null;
        String k = blankToNull(form.getFirst("kind"));
        if (k != null) {
            try {
                kind = Holiday.Kind.valueOf(k);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "unknown_option"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new HolidayAdmin.HolidayChange(date, kind, blankToNull(form.getFirst("name")), blankToNull(form.getFirst("legalBasis")));
    }

    private int year(Integer year) {
        if (year == null || year < HolidayAdmin.MIN_YEAR || year > HolidayAdmin.MAX_YEAR) {
            return admin.thisYear();
        }
        return year;
    }

    private static Integer parseYear(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate lenientDate(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Long actor() {
        return Long.valueOf(jwt.getSubject());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
