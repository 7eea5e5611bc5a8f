package id.integritas.portal.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The internal monthly reports: a finished month's figures are computed once and stored per channel (so the same
 * closed month always reads the same numbers, whatever happens to its cases later); the current month is computed
 * live and marked provisional. The team writes the narrative while the report is a draft; the chair of the
 * channel's team in force makes it final. These rules hold whoever calls.
 */
@ApplicationScoped
public class MonthlyReports {

    /** Encryption label (associated data) of the narrative. */
    static final String NARRATIVE_LABEL = "statistics.narrative";

    public enum State {
        PROVISIONAL, DRAFT, FINAL
    }

    /** The team's text: obstacles and their solutions, evaluation of the follow-up of earlier findings. */
    @io.quarkus.qute.TemplateData
    public record Narrative(String obstacles, String followUpEvaluation) {
    }

    public record Report(Long id, String month, String channel, State state, Instant computedAt, String ruleSets,
            ChannelFigures figures, Narrative narrative, Instant finalisedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    MonthlyFigures figures;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    public YearMonth currentMonth() {
        return YearMonth.from(officeDay.today());
    }

    /**
     * The reports of the month for the channels given: stored (prepared now if missing) for a finished month, live
     * for the current one; empty for a month that has not begun.
     */
    @Transactional
    public List<Report> reports(YearMonth month, Set<Channel> channels) {
        YearMonth current = currentMonth();
        if (month.isAfter(current) || channels.isEmpty()) {
            return List.of();
        }
        List<Report> out = new ArrayList<>();
        if (month.equals(current)) {
            Instant now = clock.instant();
            Map<Channel, MonthlyFigures.Computed> live = figures.compute(month);
            for (Channel ch : Channel.values()) {
                if (channels.contains(ch)) {
                    MonthlyFigures.Computed c = live.get(ch);
                    out.add(new Report(null, month.toString(), ch.name(), State.PROVISIONAL, now, c.ruleSets(), c.figures(),
                            null, null));
                }
            }
            return out;
        }
        prepare(month);
        for (Channel ch : Channel.values()) {
            if (channels.contains(ch)) {
                stored(month, ch).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Computes and stores the month's report of every channel that has none yet (idempotent: several instances may
     * run it at once, the first insert of each channel wins). Returns how many were stored by this call.
     */
    @Transactional
    public int prepare(YearMonth month) {
        return prepare(month, MonthlyFigures.Prefetch.NONE);
    }

    private int prepare(YearMonth month, MonthlyFigures.Prefetch prefetch) {
        if (!month.isBefore(currentMonth())) {
            throw new MonthlyReportRefusedException(MonthlyReportRefusedException.Kind.NOT_ENDED);
        }
        Number have = (Number) em.createNativeQuery("select count(*) from monthly_report where month = :m")
                .setParameter("m", month.atDay(1)).getSingleResult();
        if (have.intValue() == Channel.values().length) {
            return 0;
        }
        Instant now = clock.instant();
        int stored = 0;
        for (var e : figures.compute(month, true, prefetch).entrySet()) {
            stored += em.createNativeQuery("""
                    insert into monthly_report (month, channel, figures, computed_at, rule_sets, open_case_ids, open_statuses, close_days)
                    values (:m, :ch, cast(:f as jsonb), cast(:at as timestamptz), :rs, cast(:ids as bigint[]),
                            cast(:sts as varchar(40)[]), cast(:days as jsonb))
                    on conflict (month, channel) do nothing""")
                    .setParameter("m", month.atDay(1)).setParameter("ch", e.getKey().name())
                    .setParameter("f", json(e.getValue().figures())).setParameter("at", now.atOffset(ZoneOffset.UTC))
                    .setParameter("rs", e.getValue().ruleSets()).setParameter("ids", e.getValue().openCaseIds())
                    .setParameter("sts", e.getValue().openStatuses()).setParameter("days", json(e.getValue().closeDays()))
                    .executeUpdate();
        }
        return stored;
    }

    /**
     * The yearly view of the channels given: the year's finished months (January up to last month for the current
     * year), each prepared first if not stored yet (in calendar order, so each month starts from the one before), then
     * read back stored. Empty for a year that has no finished month. Each month is stored in its own transaction, so
     * a long cold year keeps what it has prepared and no transaction outlives its timeout.
     */
    public List<YearlyFigures> yearly(int year, Set<Channel> channels) {
        YearMonth current = currentMonth();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(year, 1); m.getYear() == year && m.isBefore(current); m = m.plusMonths(1)) {
            months.add(m);
        }
        if (channels.isEmpty()) {
            return List.of();
        }
        try (MonthlyFigures.Prefetch prefetch = figures.prefetch(unstored(months))) {
            for (YearMonth m : months) {
                QuarkusTransaction.requiringNew().run(() -> prepare(m, prefetch));
            }
        }
        return QuarkusTransaction.joiningExisting().call(() -> readYear(year, months, channels));
    }

    /** The months given that lack a stored report for some channel. */
    private List<YearMonth> unstored(List<YearMonth> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> full = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "select month from monthly_report where month >= :from and month <= :to group by month having count(*) = :n")
                .setParameter("from", months.get(0).atDay(1)).setParameter("to", months.get(months.size() - 1).atDay(1))
                .setParameter("n", Channel.values().length).getResultList());
        Set<YearMonth> stored = new java.util.HashSet<>();
        for (Object o : full) {
            stored.add(YearMonth.from(o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o));
        }
        return months.stream().filter(m -> !stored.contains(m)).toList();
    }

    private List<YearlyFigures> readYear(int year, List<YearMonth> months, Set<Channel> channels) {
        Map<Channel, List<YearlyFigures.StoredMonth>> byChannel = new java.util.EnumMap<>(Channel.class);
        if (!months.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select r.channel, cast(r.figures as text), cast(r.close_days as text),
                           (select cast(jsonb_object_agg(x.status, x.n) as text) from (select u.status, count(*) as n
                              from unnest(r.open_statuses) as u(status) group by u.status) x)
                    from monthly_report r where r.month >= :from and r.month <= :to and r.channel in (:channels)
                    order by r.channel, r.month""")
                    .setParameter("from", months.get(0).atDay(1)).setParameter("to", months.get(months.size() - 1).atDay(1))
                    .setParameter("channels", channels.stream().map(Channel::name).toList()).getResultList();
            for (Object[] r : rows) {
                Map<Integer, Long> days = r[2] == null ? null : readMap((String) r[2], Integer.class);
                Map<String, Long> open = r[3] == null ? Map.of() : readMap((String) r[3], String.class);
                byChannel.computeIfAbsent(Channel.valueOf((String) r[0]), k -> new ArrayList<>())
                        .add(new YearlyFigures.StoredMonth(read((String) r[1]), days, open));
            }
        }
        List<YearlyFigures> out = new ArrayList<>();
        for (Channel ch : Channel.values()) {
            if (channels.contains(ch)) {
                out.add(YearlyFigures.of(ch.name(), year, byChannel.getOrDefault(ch, List.of())));
            }
        }
        return out;
    }

    private <K> Map<K, Long> readMap(String json, Class<K> key) {
        try {
            return mapper.readValue(json, mapper.getTypeFactory().constructMapType(java.util.TreeMap.class, key, Long.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored distribution", e);
        }
    }

    @Transactional
    public Optional<Report> stored(YearMonth month, Channel channel) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, cast(figures as text), computed_at, rule_sets, state, narrative, finalised_at
                from monthly_report where month = :m and channel = :ch""")
                .setParameter("m", month.atDay(1)).setParameter("ch", channel.name()).getResultList();
        return rows.stream().findFirst().map(r -> new Report(((Number) r[0]).longValue(), month.toString(), channel.name(),
                State.valueOf((String) r[4]), instant(r[2]), (String) r[3], read((String) r[1]),
                r[5] == null ? null : narrative((byte[]) r[5]), r[6] == null ? null : instant(r[6])));
    }

    /** At most this many characters in each narrative text. */
    public static final int MAX_NARRATIVE = 10_000;

    /** Writes the narrative of a finished month's draft report (both texts required; refused once final). */
    @Transactional
    public Report writeNarrative(YearMonth month, Channel channel, long accountId, Narrative given) {
        List<FieldError> errors = new ArrayList<>();
        String obstacles = text("obstacles", given == null ? null : given.obstacles(), errors);
        String evaluation = text("followUpEvaluation", given == null ? null : given.followUpEvaluation(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Narrative narrative = new Narrative(obstacles, evaluation);
        Report report = draft(month, channel);
        byte[] sealed = cipher.encrypt(json(narrative).getBytes(StandardCharsets.UTF_8), NARRATIVE_LABEL);
        em.createNativeQuery("""
                update monthly_report set narrative = :n, narrative_by = :a, narrative_at = cast(:at as timestamptz),
                       version = version + 1 where id = :id""")
                .setParameter("n", sealed).setParameter("a", accountId)
                .setParameter("at", clock.instant().atOffset(ZoneOffset.UTC)).setParameter("id", report.id()).executeUpdate();
        audit.record(accountId, "MONTHLY_REPORT_NARRATIVE", "monthly_report", report.id(), channel + " " + month);
        return stored(month, channel).orElseThrow();
    }

    /** Makes a finished month's draft final: only the chair of the channel's team in force, and only with a narrative. */
    @Transactional
    public Report finalise(YearMonth month, Channel channel, long accountId) {
        Report report = draft(month, channel);
        if (!isChair(accountId, channel)) {
            throw new MonthlyReportRefusedException(MonthlyReportRefusedException.Kind.NOT_CHAIR);
        }
        if (report.narrative() == null) {
            throw new MonthlyReportRefusedException(MonthlyReportRefusedException.Kind.NO_NARRATIVE);
        }
        em.createNativeQuery("""
                update monthly_report set state = 'FINAL', finalised_by = :a, finalised_at = cast(:at as timestamptz),
                       version = version + 1 where id = :id and state = 'DRAFT'""")
                .setParameter("a", accountId).setParameter("at", clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter("id", report.id()).executeUpdate();
        audit.record(accountId, "MONTHLY_REPORT_FINAL", "monthly_report", report.id(), channel + " " + month);
        return stored(month, channel).orElseThrow();
    }

    /** Whether the account chairs a team of the channel whose SK and membership are in force today. */
    public boolean isChair(long accountId, Channel channel) {
        Number n = (Number) em.createNativeQuery("""
                select count(*) from team_member m join decree d on d.id = m.decree_id
                where m.account_id = :a and d.channel = :ch and m.team_role = 'CHAIR'
                  and d.valid_from <= :day and d.valid_until >= :day
                  and (m.valid_from is null or m.valid_from <= :day) and (m.valid_until is null or m.valid_until >= :day)""")
                .setParameter("a", accountId).setParameter("ch", channel.name()).setParameter("day", officeDay.today())
                .getSingleResult();
        return n.longValue() > 0;
    }

    private Report draft(YearMonth month, Channel channel) {
        if (!month.isBefore(currentMonth())) {
            throw new MonthlyReportRefusedException(MonthlyReportRefusedException.Kind.NOT_ENDED);
        }
        prepare(month);
        Report report = stored(month, channel).orElseThrow();
        if (report.state() == State.FINAL) {
            throw new MonthlyReportRefusedException(MonthlyReportRefusedException.Kind.FINAL);
        }
        return report;
    }

    private static String text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
            return null;
        }
        if (value.length() > MAX_NARRATIVE) {
            errors.add(new FieldError(field, "too_long", List.of(MAX_NARRATIVE)));
            return null;
        }
        return value.strip();
    }

    private Narrative narrative(byte[] sealed) {
        try {
            return mapper.readValue(cipher.decrypt(sealed, NARRATIVE_LABEL), Narrative.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable narrative", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ChannelFigures read(String json) {
        try {
            return mapper.readValue(json, ChannelFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored figures", e);
        }
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
