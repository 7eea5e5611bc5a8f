package id.integritas.portal.calendar;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /hitung-tenggat: "by when must they answer me?", a GET form (no script) over the same calculator as the API. */
@Path("/hitung-tenggat")
@PermitAll
public class DeadlinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calculator(Page page, Texts t, FormState form, List<Option> cutiOptions,
                View answer);
    }

    /** The answer with dates written out in the reader's language ("Jumat, 27 Maret 2026"). */
    public record View(int workingDays, String start, String deadline, String deadlineIso, boolean cutiBersamaOff,
            List<Row> skipped, int weekendDays, boolean calendarComplete) {
    }

    public record Row(String date, String kind, String name) {
    }

    static View view(DeadlineCalculator.Answer a, Texts t) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", t.locale());
        return new View(a.workingDays(), a.start().format(f), a.deadline().format(f), a.deadline().toString(),
                a.cutiBersamaOff(), a.skipped().stream().map(d -> new Row(d.date().format(f), t.get("holidays.kind." + d.kind()), d.name())).toList(),
                a.weekendDays(), a.calendarComplete());
    }

    /** Field labels in page order (the error summary lists them so). */
    private static final Map<String, String> LABELS = labels("start", "deadline.start", "workingDays", "deadline.workingDays",
            "cutiBersamaOff", "deadline.cutiBersama");

    static Map<String, String> labels(String... fieldAndKey) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fieldAndKey.length; i += 2) {
            m.put(fieldAndKey[i], fieldAndKey[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    @Inject
    PageContext pages;

    @Inject
    DeadlineCalculator calculator;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response get(@QueryParam("start") String start, @QueryParam("workingDays") String workingDays,
            @QueryParam("cutiBersamaOff") String cutiBersamaOff) {
        Page page = pages.publicPage("deadline.title");
        Map<String, List<String>> values = new HashMap<>();
        values.put("start", List.of(start == null ? "" : start));
        values.put("workingDays", List.of(workingDays == null ? "" : workingDays));
        values.put("cutiBersamaOff", List.of(cutiBersamaOff == null || cutiBersamaOff.isBlank() ? "true" : cutiBersamaOff));
        List<Option> cuti = List.of(new Option("true", page.t().get("deadline.cutiOff")),
                new Option("false", page.t().get("deadline.cutiWorked")));
        if (start == null && workingDays == null) {
            return Response.ok(Templates.calculator(page, page.t(), FormState.of(values), cuti, null)).build();
        }
        try {
            DeadlineCalculator.Answer answer = calculator.calculate(start, workingDays, cutiBersamaOff);
            return Response.ok(Templates.calculator(page, page.t(), FormState.of(values), cuti, view(answer, page.t()))).build();
        } catch (InvalidInputException e) {
            FormState form = FormState.failed(values, e.errors(), page.t(), LABELS);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.calculator(page, page.t(), form, cuti, null)).build();
        }
    }
}
