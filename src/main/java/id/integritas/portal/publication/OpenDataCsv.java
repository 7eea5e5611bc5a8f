package id.integritas.portal.publication;

import java.util.Map;
import java.util.TreeMap;

import id.integritas.portal.casefile.Channel;

/**
 * The open-data CSV of a published summary, in long form so its columns never change: {@code month, version, channel,
 * measure, value}. Measures are the JSON names ({@code received}, {@code finished}, {@code inProcess},
 * {@code finishedPercent}, {@code onTimePercent}, {@code averageWorkingDays}, for ADU also {@code improvements} and
 * {@code satisfiedPercent}, then {@code statusAtMonthEnd.<STATE>}); a hidden cell is {@code <3}, a percentage that
 * cannot be given is empty. Documented in docs/open-data.md.
 */
public final class OpenDataCsv {

    public static final String HEADER = "month,version,channel,measure,value";

    private OpenDataCsv() {
    }

    public static String csv(PublicSummary s) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Channel ch : Channel.values()) {
            ChannelSummary c = s.channels().get(ch.name());
            if (c == null) {
                continue;
            }
            Map<String, Object> rows = new java.util.LinkedHashMap<>();
            rows.put("received", c.received());
            rows.put("finished", c.finished());
            rows.put("inProcess", c.inProcess());
            rows.put("finishedPercent", c.finishedPercent());
            rows.put("onTimePercent", c.onTimePercent());
            rows.put("averageWorkingDays", c.averageWorkingDays());
            if (ch == Channel.ADU) {
                rows.put("improvements", c.improvements());
                rows.put("satisfiedPercent", c.satisfiedPercent());
            }
            new TreeMap<>(c.statusAtMonthEnd()).forEach((k, v) -> rows.put("statusAtMonthEnd." + k, v));
            rows.forEach((measure, value) -> out.append(s.month()).append(',').append(s.version()).append(',')
                    .append(ch.name()).append(',').append(measure).append(',').append(text(value)).append("\r\n"));
        }
        return out.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Cell c) {
            return c.isSuppressed() ? "<" + c.threshold() : Long.toString(c.value());
        }
        return value.toString();
    }
}
