package id.integritas.portal.casework;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.team.TeamKind;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** /petugas: the officer's inbox page over the same {@link InboxQuery} as the API (filters, counts, keyset pages). */
@Path("/petugas")
@RolesAllowed({ "PETUGAS", "KETUA_TIM", "INSPEKTORAT" })
public class InboxPage {

    /** Labels of the filter form's fields, in page order (for the error summary). */
    static final Map<String, String> LABELS = new java.util.LinkedHashMap<>();
    static {
        LABELS.put("channel", "inbox.channel");
        LABELS.put("state", "inbox.state");
        LABELS.put("team", "inbox.team");
        LABELS.put("service", "inbox.service");
        LABELS.put("category", "inbox.category");
        LABELS.put("dueWithin", "inbox.dueWithin");
        LABELS.put("sort", "inbox.sort");
        LABELS.put("direction", "inbox.direction");
        LABELS.put("limit", "inbox.limit");
        LABELS.put("after", "inbox.after");
        LABELS.put("assignedToMe", "inbox.assignedToMe");
        LABELS.put("overdue", "inbox.overdue");
        LABELS.put("counts", "inbox.counts");
    }

    @io.quarkus.qute.TemplateData
    public record Row(String registrationNumber, String href, String channel, String state, String due, boolean overdue,
            String submitted, boolean mine) {
    }

    @io.quarkus.qute.TemplateData
    public record Count(String label, long value) {
    }

    @CheckedTemplate(basePath = "InboxPage")
    static class Templates {
        static native TemplateInstance inbox(Page page, Texts t, FormState form, List<Option> channels, List<Option> states,
                List<Option> teams, List<Row> rows, List<Count> counts, List<Count> stateCounts, String nextHref,
                boolean continued);
    }

    @Inject
    PageContext pages;

    @Inject
    InboxQuery inbox;

    @Inject
    CurrentAccount current;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response show(@Context UriInfo uri) {
        Page page = pages.signedInPage("inbox.title");
        Texts t = page.t();
        Map<String, List<String>> params = uri.getQueryParameters();
        InboxQuery.Filter filter;
        try {
            InboxQuery.Request r = InboxQuery.Request.of(params);
            // the page shows the counts above its first page
            filter = inbox.parse(new InboxQuery.Request(r.channel(), r.state(), r.service(), r.category(), r.assignedToMe(),
                    r.overdue(), r.dueWithin(), r.team(), r.sort(), r.direction(), r.limit(), r.after(),
                    r.counts() != null ? r.counts() : String.valueOf(r.after() == null || r.after().isBlank())));
        } catch (InvalidInputException e) {
            FormState form = FormState.failed(params, e.errors(), t, LABELS);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.inbox(page, t,
                    form, channels(t), states(), teams(t), List.of(), List.of(), List.of(), null, false)).build();
        }
        InboxQuery.Result result = inbox.run(current.account(), filter);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMM yyyy", t.locale());
        List<Row> rows = result.items().stream().map(i -> new Row(i.registrationNumber(),
                "/petugas/kasus/" + URLEncoder.encode(i.registrationNumber(), StandardCharsets.UTF_8),
                t.get(i.channel().labelKey()), stateLabel(i.status()),
                i.nextDueOn() == null ? "" : dates.format(i.nextDueOn()), i.overdue(),
                OfficeTime.date(i.submittedAt(), config.office().timeZone(), t), i.assignedToMe())).toList();
        List<Count> counts = new ArrayList<>();
        List<Count> stateCounts = new ArrayList<>();
        if (result.counts() != null) {
            InboxQuery.Counts c = result.counts();
            counts.add(new Count(t.get("inbox.countOpen"), c.total()));
            counts.add(new Count(t.get("inbox.countOverdue"), c.overdue()));
            counts.add(new Count(t.get("inbox.countDueSoon"), c.dueSoon()));
            counts.add(new Count(t.get("inbox.countMine"), c.assignedToMe()));
            c.states().forEach((s, n) -> stateCounts.add(new Count(stateLabel(s), n)));
        }
        String nextHref = result.next() == null ? null
                : "/petugas?" + filter.queryString() + "&limit=" + filter.limit() + "&after=" + result.next();
        return Response.ok(Templates.inbox(page, t, FormState.of(params), channels(t), states(), teams(t), rows, counts,
                stateCounts, nextHref, filter.after() != null)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** An internal state as a reader sees it: {@code MENUNGGU_VERIFIKASI} → "Menunggu verifikasi". */
    static String stateLabel(String state) {
        String s = state.replace('_', ' ').toLowerCase();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Option> channels(Texts t) {
        return Arrays.stream(Channel.values()).map(c -> new Option(c.name(), t.get(c.labelKey()))).toList();
    }

    private static List<Option> teams(Texts t) {
        return Arrays.stream(TeamKind.values()).filter(k -> k.channel().isPresent())
                .map(k -> new Option(k.name(), t.get(k.channel().get().labelKey()))).toList();
    }

    private static List<Option> states() {
        Set<String> names = new LinkedHashSet<>();
        for (Channel ch : Channel.values()) {
            Arrays.stream(WorkflowStatus.all(ch)).map(WorkflowStatus::name).forEach(names::add);
        }
        return names.stream().map(n -> new Option(n, stateLabel(n))).toList();
    }
}
