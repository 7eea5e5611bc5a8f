package id.integritas.portal.monev;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.integritas.portal.casefile.Channel;

/**
 * The monev figures Zona Integritas assessors look for, per channel and in total, for meetings held from
 * {@code from} to {@code to} (both included): how many evaluations were held (periodic or not), and of their
 * recommendations the share followed up completely (SELESAI), partly (SEBAGIAN) and not at all (BELUM), by their
 * status when computed. Two grouped queries, whatever the number of meetings; the evidence pack reuses this.
 */
@ApplicationScoped
public class MonevFigures {

    /** Percentages have one decimal and are null when there is no recommendation to divide by. */
    public record ChannelFigures(String channel, long meetings, long periodicMeetings, long otherMeetings,
            long recommendations, long followedUpAll, long followedUpSome, long followedUpNone, BigDecimal allPercent,
            BigDecimal somePercent, BigDecimal nonePercent) {
    }

    public record Figures(LocalDate from, LocalDate to, List<ChannelFigures> channels, ChannelFigures total) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public Figures compute(LocalDate from, LocalDate to, Collection<Channel> channels) {
        List<String> names = channels.stream().map(Enum::name).toList();
        Map<Channel, long[]> counts = new EnumMap<>(Channel.class);
        channels.forEach(c -> counts.put(c, new long[6]));
        if (!names.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> meetings = em.createNativeQuery("""
                    select channel, count(*) filter (where periodic), count(*) filter (where not periodic)
                    from monev_meeting where held_on between :from and :to and channel in (:channels)
                    group by channel""").setParameter("from", from).setParameter("to", to)
                    .setParameter("channels", names).getResultList();
            for (Object[] r : meetings) {
                long[] c = counts.get(Channel.valueOf((String) r[0]));
                c[0] = ((Number) r[1]).longValue();
                c[1] = ((Number) r[2]).longValue();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> recs = em.createNativeQuery("""
                    select m.channel, count(*), count(*) filter (where r.status = 'SELESAI'),
                           count(*) filter (where r.status = 'SEBAGIAN'), count(*) filter (where r.status = 'BELUM')
                    from monev_recommendation r join monev_meeting m on m.id = r.meeting_id
                    where m.held_on between :from and :to and m.channel in (:channels)
                    group by m.channel""").setParameter("from", from).setParameter("to", to)
                    .setParameter("channels", names).getResultList();
            for (Object[] r : recs) {
                long[] c = counts.get(Channel.valueOf((String) r[0]));
                for (int i = 0; i < 4; i++) {
                    c[2 + i] = ((Number) r[1 + i]).longValue();
                }
            }
        }
        List<ChannelFigures> list = new ArrayList<>();
        long[] total = new long[6];
        counts.forEach((channel, c) -> {
            list.add(figures(channel.name(), c));
            for (int i = 0; i < 6; i++) {
                total[i] += c[i];
            }
        });
        return new Figures(from, to, list, figures(null, total));
    }

    private static ChannelFigures figures(String channel, long[] c) {
        return new ChannelFigures(channel, c[0] + c[1], c[0], c[1], c[2], c[3], c[4], c[5], percent(c[3], c[2]),
                percent(c[4], c[2]), percent(c[5], c[2]));
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
