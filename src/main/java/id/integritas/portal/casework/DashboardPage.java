package id.integritas.portal.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.team.CaseAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /pimpinan: the head of office's read-only dashboard (also the PPID's, whose public summaries are aggregates):
 * counts per channel, per state and per unit, and overdue cases. Only numbers: never content, identities or
 * registration numbers.
 */
@Path("/pimpinan")
@RolesAllowed({ "PIMPINAN", "PPID" })
public class DashboardPage {

    @io.quarkus.qute.TemplateData
    public record ChannelRow(String channel, long total, long open, long overdue) {
    }

    @io.quarkus.qute.TemplateData
    public record StateRow(String channel, String state, long total, long overdue) {
    }

    @io.quarkus.qute.TemplateData
    public record UnitRow(String unit, long open, long overdue) {
    }

    @CheckedTemplate(basePath = "DashboardPage")
    static class Templates {
        static native TemplateInstance dashboard(Page page, Texts t, List<ChannelRow> channels, List<StateRow> states,
                List<UnitRow> units, long total, long open, long overdue);
    }

    @Inject
    PageContext pages;

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance show() {
        Page page = pages.signedInPage("dashboard.title");
        Texts t = page.t();
        var today = access.today();
        String open = InboxQuery.OPEN_SQL;
        @SuppressWarnings("unchecked")
        List<Object[]> byState = em.createNativeQuery("select c.channel, c.status, count(*), count(*) filter (where " + open
                + " and " + InboxQuery.DUE_SQL + " < :today), bool_or(" + open + ") from report_case c group by c.channel, c.status "
                + "order by c.channel, c.status").setParameter("today", today).getResultList();
        Map<String, long[]> perChannel = new LinkedHashMap<>();
        for (Channel ch : Channel.values()) {
            perChannel.put(ch.name(), new long[3]);
        }
        List<StateRow> states = new ArrayList<>();
        for (Object[] r : byState) {
            long n = ((Number) r[2]).longValue(), late = ((Number) r[3]).longValue();
            long[] sum = perChannel.computeIfAbsent((String) r[0], k -> new long[3]);
            sum[0] += n;
            sum[1] += Boolean.TRUE.equals(r[4]) ? n : 0;
            sum[2] += late;
            states.add(new StateRow(label(t, (String) r[0]), InboxPage.stateLabel((String) r[1]), n, late));
        }
        List<ChannelRow> channels = new ArrayList<>();
        long total = 0, openAll = 0, overdue = 0;
        for (var e : perChannel.entrySet()) {
            long[] s = e.getValue();
            channels.add(new ChannelRow(label(t, e.getKey()), s[0], s[1], s[2]));
            total += s[0];
            openAll += s[1];
            overdue += s[2];
        }
        @SuppressWarnings("unchecked")
        List<Object[]> byUnit = em.createNativeQuery("select coalesce(u.name, :none), count(*), count(*) filter (where "
                + InboxQuery.DUE_SQL + " < :today) from report_case c left join org_unit u on u.code = c.assigned_unit_code "
                + "where c.channel = 'ADU' and " + open + " group by u.name order by u.name nulls last")
                .setParameter("today", today).setParameter("none", t.get("dashboard.noUnit")).getResultList();
        List<UnitRow> units = byUnit.stream().map(r -> new UnitRow((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
        return Templates.dashboard(page, t, channels, states, units, total, openAll, overdue);
    }

    private static String label(Texts t, String channel) {
        try {
            return t.get(Channel.valueOf(channel).labelKey());
        } catch (IllegalArgumentException e) {
            return channel;
        }
    }
}
