package id.integritas.portal.publication;

import java.util.Map;
import java.util.TreeMap;

/**
 * One channel's public aggregates for a month (domain §7 "public monthly summary"): totals, status counts, % finished,
 * % on time, average handling time, and for complaints the improvements made because of them and the reporters'
 * satisfaction. Only counts and ratios; a percentage whose inputs are suppressed is null (shown as "–").
 *
 * @param received              reports received in the month
 * @param finished              reports finished (closed) in the month
 * @param inProcess             reports still in process at the month's end (all months)
 * @param statusAtMonthEnd      status code → count at the month's end (codes as in casefile statuses)
 * @param finishedPercent       handled % = finished ÷ must-be-followed-up, 0..100, one decimal
 * @param onTimePercent         % of deadline clocks stopped in the month on or before their due date
 * @param averageWorkingDays    mean working days from filing to closing, for cases closed in the month
 * @param improvements          ADU only: service improvements made because of complaints (null for other channels)
 * @param satisfiedPercent      ADU only: % of ratings given in the month that were "satisfied" (null elsewhere)
 */
@io.quarkus.qute.TemplateData
public record ChannelSummary(
        String channel,
        Cell received,
        Cell finished,
        Cell inProcess,
        Map<String, Cell> statusAtMonthEnd,
        Double finishedPercent,
        Double onTimePercent,
        Double averageWorkingDays,
        Cell improvements,
        Double satisfiedPercent) {

    public ChannelSummary {
        statusAtMonthEnd = statusAtMonthEnd == null ? new TreeMap<>() : new TreeMap<>(statusAtMonthEnd);
    }
}
