package id.integritas.portal.publication;

import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.statistics.MonthlyReports;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * /petugas/publikasi: the public monthly summaries for the PPID and the head of office. The list with states and the
 * form to prepare a month (or a correction, with its reason); a draft's page shows every figure as it would be
 * published, the hidden cells marked and why each was hidden, and the step the reader's role may take.
 */
@Path("/petugas/publikasi")
@RolesAllowed({ "PPID", "PIMPINAN" })
public class PublicationPage {

    @TemplateData
    public record Line(String label, String value, boolean suppressed) {
    }

    @TemplateData
    public record Why(String cell, String kind, String relation) {
    }

    @TemplateData
    public record Block(String channel, String label, List<Line> lines, List<Why> why) {
    }

    @TemplateData
    public record Row(long id, String month, int version, String state, String publicPath) {
    }

    @CheckedTemplate(basePath = "PublicationPage")
    static class Templates {
        static native TemplateInstance list(Page page, Texts t, List<Row> rows, Integer previous, Integer next,
                boolean canPrepare, String lastMonth, FormState form);

        static native TemplateInstance detail(Page page, Texts t, Publications.PublicationView v, String state, List<Block> blocks,
                boolean canApprove, boolean canPublish, String publicPath, FormState form);
    }

    @Inject
    PageContext pages;

    @Inject
    CurrentAccount current;

    @Inject
    Publications publications;

    @Inject
    MonthlyReports reports;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("halaman") String halaman) {
        int p = 1;
        try {
            p = halaman == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(halaman)));
        } catch (NumberFormatException e) {
            p = 1;
        }
        return renderList(p, FormState.of(java.util.Map.of("month", List.of(reports.currentMonth().minusMonths(1).toString()))));
    }

    private TemplateInstance renderList(int p, FormState form) {
        Page page = pages.signedInPage("publication.title");
        Texts t = page.t();
        Publications.PublicationList items = publications.list(p);
        List<Row> rows = items.items().stream().map(i -> new Row(i.id(), i.month(), i.version(),
                t.get("publication.state." + i.state().name()), "/laporan-bulanan/" + i.month().replace('-', '/'))).toList();
        return Templates.list(page, t, rows, p > 1 ? p - 1 : null, items.next(), current.account().has(Role.PPID),
                reports.currentMonth().minusMonths(1).toString(), form);
    }

    @POST
    @Path("siapkan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response prepare(MultivaluedMap<String, String> form) {
        Texts t = pages.texts();
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return html(400, renderList(1, FormState.failed(form, List.of(new FieldError("_form", "form_expired")), t)));
        }
        try {
            YearMonth m = PublicationsApi.parseMonth(form.getFirst("month"));
            Publications.PublicationView v = publications.prepare(m, current.account(), form.getFirst("reason"));
            return Response.seeOther(URI.create("/petugas/publikasi/" + v.id())).build();
        } catch (InvalidInputException e) {
            return html(400, renderList(1, FormState.failed(form, e.errors(), t)));
        } catch (PublicationRefusedException e) {
            return html(e.kind() == PublicationRefusedException.Kind.WRONG_ROLE ? 403 : 409,
                    renderList(1, FormState.failed(form, List.of(new FieldError("_form", "publication_refused")), t)));
        }
    }

    @GET
    @Path("{id: [0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") long id) {
        return renderDetail(id, FormState.empty());
    }

    @POST
    @Path("{id: [0-9]+}/setujui")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return step(id, form, () -> publications.approve(id, current.account()));
    }

    @POST
    @Path("{id: [0-9]+}/terbitkan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response publish(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return step(id, form, () -> publications.publish(id, current.account()));
    }

    private Response step(long id, MultivaluedMap<String, String> form, Runnable action) {
        Texts t = pages.texts();
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            return html(400, renderDetail(id, FormState.failed(form, List.of(new FieldError("_form", "form_expired")), t)));
        }
        try {
            action.run();
            return Response.seeOther(URI.create("/petugas/publikasi/" + id)).build();
        } catch (PublicationRefusedException e) {
            if (e.kind() == PublicationRefusedException.Kind.NOT_FOUND) {
                throw ApiProblemException.notFound();
            }
            int status = e.kind() == PublicationRefusedException.Kind.WRONG_ROLE
                    || e.kind() == PublicationRefusedException.Kind.OWN_DRAFT ? 403 : 409;
            return html(status, renderDetail(id, FormState.failed(form, List.of(new FieldError("_form", "publication_refused")), t)));
        }
    }

    private TemplateInstance renderDetail(long id, FormState form) {
        Publications.PublicationView v = publications.view(id).orElseThrow(ApiProblemException::notFound);
        Page page = pages.signedInPage("publication.detailTitle");
        Texts t = page.t();
        List<Block> blocks = new ArrayList<>();
        for (var e : v.content().channels().entrySet()) {
            ChannelSummary c = e.getValue();
            List<Line> lines = new ArrayList<>();
            line(lines, t, "received", c.received());
            line(lines, t, "finished", c.finished());
            line(lines, t, "inProcess", c.inProcess());
            c.statusAtMonthEnd().forEach((k, cell) -> line(lines, t, PublicContent.STATUS + k, cell));
            lines.add(new Line(t.get("publication.cell.finishedPercent"), pct(c.finishedPercent()), false));
            lines.add(new Line(t.get("publication.cell.onTimePercent"), pct(c.onTimePercent()), false));
            lines.add(new Line(t.get("publication.cell.averageWorkingDays"),
                    c.averageWorkingDays() == null ? "–" : c.averageWorkingDays().toString(), false));
            if (c.improvements() != null) {
                line(lines, t, "improvements", c.improvements());
                lines.add(new Line(t.get("publication.cell.satisfiedPercent"), pct(c.satisfiedPercent()), false));
            }
            List<Why> why = v.suppression().getOrDefault(e.getKey(), List.of()).stream()
                    .map(n -> new Why(cellLabel(t, n.cell()), t.get("publication.kind." + n.kind().name()),
                            n.relation() == null ? t.format("publication.relation.none", v.threshold())
                                    : t.get("publication.relation." + n.relation())))
                    .toList();
            blocks.add(new Block(e.getKey(), t.get(Channel.valueOf(e.getKey()).labelKey()), lines, why));
        }
        Account me = current.account();
        boolean canApprove = v.state() == Publications.PublicationState.DRAFT && me.has(Role.PIMPINAN);
        boolean canPublish = v.state() == Publications.PublicationState.APPROVED && me.has(Role.PPID);
        return Templates.detail(page, t, v, t.get("publication.state." + v.state().name()), blocks, canApprove, canPublish,
                "/laporan-bulanan/" + v.month().replace('-', '/'), form);
    }

    private static void line(List<Line> lines, Texts t, String cell, Cell value) {
        lines.add(new Line(cellLabel(t, cell), value.display(), value.isSuppressed()));
    }

    static String cellLabel(Texts t, String cell) {
        if (cell.startsWith(PublicContent.STATUS)) {
            String state = cell.substring(PublicContent.STATUS.length());
            return t.get("publication.cell.status") + ": " + (t.has("wf.state." + state) ? t.get("wf.state." + state) : state);
        }
        return t.has("publication.cell." + cell) ? t.get("publication.cell." + cell) : cell;
    }

    private static String pct(Double d) {
        return d == null ? "–" : d + " %";
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

}
