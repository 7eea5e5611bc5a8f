package id.integritas.portal.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.QueryProducer;
import org.jboss.logging.Logger;

import id.integritas.portal.calendar.DayOff;
import id.integritas.portal.calendar.HolidayRepository;
import id.integritas.portal.calendar.WorkingDays;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.casework.InboxQuery;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.PortalConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Computes the internal monthly report figures of every channel for one month from the case data, reading plain
 * columns only (never content or identities). A month runs from its first day 00:00 to the next month's first day
 * 00:00 in the office's time zone. States at an instant come from the case history (the last event before it); only
 * cases open now or touched since the month began are read, so the cost follows the month's work, not the archive.
 * A pure read: storing and access are {@link MonthlyReports}' business, so other reports (the PPID's public summary)
 * can build on the same figures.
 */
@ApplicationScoped
public class MonthlyFigures {

    /**
     * The figures of one channel and the deadline rule sets the month's cases were timed by; with what a stored month
     * keeps for the next month and the yearly view: the channel's cases open at the month's end and their states
     * (PostgreSQL array literals, same order) and how many closings took each number of working days.
     */
    public record Computed(ChannelFigures figures, String ruleSets, String openCaseIds, String openStatuses,
            Map<Integer, Long> closeDays) {
    }

    /** The channels as an SQL list, so that (channel, submitted_at) indexes are read as one range per channel. */
    static final String CHANNELS = Arrays.stream(Channel.values()).map(ch -> "'" + ch.name() + "'")
            .collect(Collectors.joining(", "));

    @Inject
    EntityManager em;

    @Inject
    OfficeDay officeDay;

    @Inject
    HolidayRepository holidays;

    @Inject
    PortalConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    /**
     * States a case ends in that take it out of the follow-up count: complaints archived (spam, duplicate) or
     * forwarded outside the office's authority; annual conflict-of-interest registers (not declarations).
     */
    public static Set<String> notForFollowUp(Channel channel) {
        return switch (channel) {
            case ADU -> Set.of("DIARSIPKAN", "DITERUSKAN_KELUAR");
            case BKP -> Set.of("TERISI", "TERVERIFIKASI");
            default -> Set.of();
        };
    }

    /** Closed states of the channel that count as finished (closed and not excluded from the follow-up count). */
    public static Set<String> finishedStates(Channel channel) {
        return Arrays.stream(WorkflowStatus.all(channel)).filter(WorkflowStatus::closed).map(WorkflowStatus::name)
                .filter(s -> !notForFollowUp(channel).contains(s)).collect(Collectors.toSet());
    }

    /**
     * The month's figures of every channel. The cases in hand at the month's start come from the previous month's
     * stored report when it holds them (its open cases at its end), otherwise from the case history.
     */
    public Map<Channel, Computed> compute(YearMonth month) {
        return compute(month, true);
    }

    /**
     * As {@link #compute(YearMonth)}; with {@code usePreviousMonth} false the month's start is always recomputed from
     * the case history (the straightforward path the stored path must agree with).
     */
    public Map<Channel, Computed> compute(YearMonth month, boolean usePreviousMonth) {
        return compute(month, usePreviousMonth, Prefetch.NONE);
    }

    /**
     * The figures of several months read ahead: everything but the month-end states (which chain each month to the one
     * before) starts now for every month given, one month after the other on one background connection, each month in a
     * repeatable-read transaction of its own, while the caller computes the months' states in calendar order on its
     * own: one core for the state chain, one for the rest (with two read-ahead threads the chain, the critical path,
     * shared two cores with three streams). For the yearly view.
     */
    public Prefetch prefetch(List<YearMonth> months) {
        int listLimit = config.statistics().overdueListLimit();
        Map<YearMonth, Future<OtherRows>> ahead = new HashMap<>();
        for (YearMonth m : months) {
            Bounds x = bounds(m);
            ahead.put(m, readAhead.submit(() -> onSnapshot(null,
                    s -> otherRows(s, m, x.start(), x.end(), x.first(), x.last(), listLimit))));
        }
        return new Prefetch(ahead);
    }

    /** Months whose other figures are being read ahead ({@link #prefetch}); close it to drop what was not used. */
    public static final class Prefetch implements AutoCloseable {
        static final Prefetch NONE = new Prefetch(Map.of());
        private final Map<YearMonth, Future<OtherRows>> ahead;

        private Prefetch(Map<YearMonth, Future<OtherRows>> ahead) {
            this.ahead = new HashMap<>(ahead);
        }

        Future<OtherRows> take(YearMonth month) {
            return ahead.remove(month);
        }

        @Override
        public void close() {
            ahead.values().forEach(f -> f.cancel(true));
            ahead.clear();
        }
    }

    private record Bounds(Instant start, Instant end, LocalDate first, LocalDate last) {
    }

    private Bounds bounds(YearMonth month) {
        ZoneId zone = officeDay.zone();
        return new Bounds(month.atDay(1).atStartOfDay(zone).toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
                month.atDay(1), month.atEndOfMonth());
    }

    /** As {@link #compute(YearMonth, boolean)}, taking the month's other figures from {@code prefetch} when it has them. */
    public Map<Channel, Computed> compute(YearMonth month, boolean usePreviousMonth, Prefetch prefetch) {
        return QuarkusTransaction.joiningExisting().call(() -> computeInTransaction(month, usePreviousMonth, prefetch));
    }

    private Map<Channel, Computed> computeInTransaction(YearMonth month, boolean usePreviousMonth, Prefetch prefetch) {
        ZoneId zone = officeDay.zone();
        Bounds bounds = bounds(month);
        Instant start = bounds.start(), end = bounds.end();
        LocalDate first = bounds.first(), last = bounds.last();
        Map<Channel, Builder> b = new EnumMap<>(Channel.class);
        for (Channel ch : Channel.values()) {
            b.put(ch, new Builder(ch, month));
        }
        QueryProducer db = em.unwrap(Session.class);
        tune(db);
        boolean stored = usePreviousMonth && previousMonthStored(month.minusMonths(1));
        // The month-end states (the largest statement) run here; every other figure runs at the same time on a second
        // connection that reads the snapshot this transaction exports, so the two cores work in parallel and the other
        // figures are all of one instant.
        int listLimit = config.statistics().overdueListLimit();
        Future<OtherRows> other = prefetch.take(month);
        if (other == null) {
            String snapshot = (String) em.createNativeQuery("select pg_export_snapshot()").getSingleResult();
            other = parallel.submit(() -> onSnapshot(snapshot, s -> otherRows(s, month, start, end, first, last, listLimit)));
        }
        OtherRows rows;
        try {
            states(db, b, start, end, stored ? month.minusMonths(1) : null);
        } finally {
            rows = await(other);
        }
        if (rows == null) {
            // no pooled connection was free for the second stream: the same statements, after the states, on this one
            singleConnectionRuns.incrementAndGet();
            LOG.warn("no free database connection for a month's second stream; computed on one connection");
            rows = otherRows(db, month, start, end, first, last, listLimit);
        }
        intake(b, rows.received());
        closing(b, rows.closings(), zone, last);
        compliance(b, rows.compliance());
        gratification(b.get(Channel.GRT), rows);
        conflict(b.get(Channel.BKP), rows);
        ratings(b.get(Channel.ADU), rows.ratings());
        Map<Channel, String> ruleSets = ruleSets(rows.received(), rows.ruleSetNames());
        Map<Channel, Computed> out = new EnumMap<>(Channel.class);
        b.forEach((ch, x) -> {
            Map<Integer, Long> days = new TreeMap<>();
            x.closeDays.forEach(d -> days.merge(d, 1L, Long::sum));
            out.put(ch, new Computed(x.build(), ruleSets.getOrDefault(ch, ""), x.openIds, x.openStatuses, days));
        });
        return out;
    }

    /**
     * Transaction-local settings of every statement of a month: room for its sorts and hashes in memory (tens of
     * thousands of rows); no JIT compilation, because the planner misjudges the materialised CTEs' sizes by orders of
     * magnitude and PostgreSQL's JIT (on by default) then compiled each statement for longer than it ran (the states
     * 650 ms with JIT, 300 ms without); and a plan per execution, because after five runs of a prepared statement
     * PostgreSQL may switch to a generic plan that cannot see the month's bounds (the register statement 183 ms
     * generic, 9 ms custom); and no parallel workers: the month already runs on both cores as two streams, and a
     * worker process per statement only added start-up cost (closings 41-43 ms with two workers, 38 ms without).
     * Figures in docs/performance.md.
     */
    private static void tune(QueryProducer db) {
        db.createNativeQuery("select set_config('work_mem', '16MB', true), set_config('jit', 'off', true), "
                + "set_config('plan_cache_mode', 'force_custom_plan', true), "
                + "set_config('max_parallel_workers_per_gather', '0', true)").getResultList();
    }

    /** The rows of every figure but the month-end states, read on one connection in one statement order. */
    private record OtherRows(List<Object[]> received, List<Object[]> ruleSetNames, List<Object[]> closings,
            List<Object[]> compliance, Object[] gratificationSteps, List<Object[]> kpkOutcomes, Object[] register,
            List<Object[]> controlMeasures, List<Object[]> ratings) {
    }

    private OtherRows otherRows(QueryProducer db, YearMonth month, Instant start, Instant end, LocalDate first,
            LocalDate last, int listLimit) {
        List<Object[]> received = received(db, start, end);
        Instant yearStart = month.atDay(1).withDayOfYear(1).atStartOfDay(officeDay.zone()).toInstant();
        return new OtherRows(received, ruleSetNames(db, received), closings(db, start, end),
                complianceRows(db, first, last, listLimit), gratificationSteps(db, start, end, first, last),
                kpkOutcomes(db, first, last), register(db, yearStart, end), controlMeasures(db, start, end),
                ratingRows(db, start, end));
    }

    /**
     * Runs {@code work} on a connection of its own (not this thread's transaction) inside a repeatable-read transaction,
     * so that all its statements read one snapshot; with a {@code snapshot} id, the one another transaction exported
     * (it then sees exactly what that transaction saw when it exported it).
     */
    private <T> T onSnapshot(String snapshot, Function<QueryProducer, T> work) throws SQLException {
        if (snapshot != null && !snapshot.matches("[0-9A-Fa-f-]+")) {
            throw new IllegalStateException("not a snapshot id");
        }
        try (Connection c = secondConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                if (snapshot != null) {
                    try (Statement st = c.createStatement()) {
                        st.execute("set transaction snapshot '" + snapshot + "'");
                    }
                }
                try (StatelessSession s = sessionFactory.openStatelessSession(c)) {
                    tune(s);
                    return work.apply(s);
                }
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * A pooled connection for a second stream. The request's transaction already holds one, so when every other
     * connection is taken (e.g. as many month computations at once as the pool has connections) waiting would only end
     * in the pool's acquisition timeout: the caller then runs the statements on its own connection instead.
     */
    private Connection secondConnection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new NoSecondConnection(e);
        }
    }

    private static final class NoSecondConnection extends RuntimeException {
        NoSecondConnection(SQLException cause) {
            super("no pooled connection free", cause);
        }
    }

    private final AtomicInteger singleConnectionRuns = new AtomicInteger();

    /** How many months ran on one connection because no second one was free (for tests). */
    int singleConnectionRuns() {
        return singleConnectionRuns.get();
    }

    private static final Logger LOG = Logger.getLogger(MonthlyFigures.class);

    /** The stream's result; null if it found no free connection. */
    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a month", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NoSecondConnection) {
                return null;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("computing a month failed", e.getCause());
        }
    }

    /** A month's second stream; months computed at once by several requests share the two threads. */
    private final ExecutorService parallel = Executors.newFixedThreadPool(2, r -> thread(r, "monthly-figures"));

    /** The yearly view's read-ahead of the months' other figures ({@link #prefetch}). */
    private final ExecutorService readAhead = Executors.newSingleThreadExecutor(r -> thread(r, "monthly-figures-ahead"));

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @PreDestroy
    void stop() {
        parallel.shutdownNow();
        readAhead.shutdownNow();
    }

    /** Whether every channel's report of the month is stored with its open cases at the month's end. */
    private boolean previousMonthStored(YearMonth month) {
        Number n = (Number) em.createNativeQuery(
                "select count(*) from monthly_report where month = :m and open_case_ids is not null and open_statuses is not null")
                .setParameter("m", month.atDay(1)).getSingleResult();
        return n.intValue() == Channel.values().length;
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Query q(QueryProducer db, String sql, Instant start, Instant end) {
        Query query = db.createNativeQuery(sql);
        if (sql.contains(":start")) {
            query.setParameter("start", at(start));
        }
        if (sql.contains(":end")) {
            query.setParameter("end", at(end));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** The last state before an instant, for a case touched since (an event at or after it). */
    private static String stateBefore(String instant) {
        return "(select e.status from case_event e where e.case_id = c.id and e.occurred_at < cast(" + instant
                + " as timestamptz) order by e.occurred_at desc, e.id desc limit 1)";
    }

    /** SQL true when the state in {@code status} is an open (not final) state of the channel in {@code channel}. */
    static String openState(String channel, String status) {
        StringBuilder sql = new StringBuilder("not (");
        boolean firstChannel = true;
        for (Channel ch : Channel.values()) {
            String closed = Arrays.stream(WorkflowStatus.all(ch)).filter(WorkflowStatus::closed)
                    .map(st -> "'" + st.name() + "'").sorted().collect(Collectors.joining(", "));
            if (closed.isEmpty()) {
                continue;
            }
            sql.append(firstChannel ? "" : " or ").append("(").append(channel).append(" = '").append(ch.name())
                    .append("' and ").append(status).append(" in (").append(closed).append("))");
            firstChannel = false;
        }
        return sql.append(")").toString();
    }

    /**
     * The cases open at the month's start (case_id, channel, status) recomputed from the history. Candidates: cases
     * open now and untouched since the start (their state then is their state now; from the open-case partial index,
     * its predicate word for word), and cases touched since the start that have an event before it (their state then
     * is their last event before it). Any other case was closed before the month began or submitted after its start.
     */
    private static String openAtStartFromHistory() {
        return """
                with touched as materialized (select distinct e.case_id from case_event e
                                              where e.occurred_at >= cast(:start as timestamptz))
                select k.id as case_id, k.channel, k.s0 as status from (
                  select c.id, c.channel,
                         case when not exists (select 1 from case_event t where t.case_id = c.id
                                               and t.occurred_at >= cast(:start as timestamptz)) then c.status
                              else %s end as s0
                  from report_case c
                  where c.id = any(array(
                          select o.id from report_case o where %s and not exists (select 1 from touched t where t.case_id = o.id)
                          union all
                          select t.case_id from touched t where exists (select 1 from case_event b where b.case_id = t.case_id
                                                                       and b.occurred_at < cast(:start as timestamptz))))
                    and c.submitted_at < cast(:start as timestamptz)
                  offset 0) k
                where k.s0 is not null and %s"""
                .formatted(stateBefore(":start"), InboxQuery.OPEN_SQL.replace("c.", "o."), openState("k.channel", "k.s0"));
    }

    /** The cases open at the previous month's end as its stored reports hold them. */
    private static final String OPEN_AT_START_STORED = """
            select u.case_id, r.channel, u.status from monthly_report r
            cross join lateral unnest(r.open_case_ids, r.open_statuses) as u(case_id, status)
            where r.month = :previous""";

    /**
     * Cases in hand (open at the month's start, or received in it) with their state at the start and at the end, and
     * the cases open at the end (the next month's start). The start comes from the previous month's stored report
     * when given, otherwise from the history; the end is the last event in the month (else the state at the start,
     * else the case's state for a case without history), so the month reads only its own events. The cases open at
     * the start were submitted before it and the received ones in it, so the two lists never share a case; a case
     * with events in the month in neither was closed at the start and reopened (open at the end, not in hand).
     */
    private void states(QueryProducer db, Map<Channel, Builder> b, Instant start, Instant end, YearMonth storedPrevious) {
        String sql = """
                with prev as materialized (%s),
                     ev as (select distinct on (e.case_id) e.case_id, e.status, e.channel from case_event e
                            where e.occurred_at >= cast(:start as timestamptz) and e.occurred_at < cast(:end as timestamptz)
                            order by e.case_id, e.occurred_at desc, e.id desc),
                     rec as materialized (select c.id, c.channel, c.status from report_case c
                            where c.channel in (%s) and c.submitted_at >= cast(:start as timestamptz)
                              and c.submitted_at < cast(:end as timestamptz)),
                     h as (select p.case_id as id, p.channel, p.status as s0, p.status as fallback from prev p
                           union all select r.id, r.channel, null, r.status from rec r),
                     x as materialized (
                       select coalesce(h.id, ev.case_id) as id,
                              coalesce(h.channel, ev.channel) as channel,
                              h.s0, coalesce(ev.status, h.fallback) as s1, h.id is not null as in_hand
                       from h full join ev on ev.case_id = h.id)
                select x.channel, x.s0, x.s1, count(*), null, null from x where x.in_hand group by x.channel, x.s0, x.s1
                union all
                select x.channel, null, null, -1, cast(array_agg(x.id order by x.id) as text), cast(array_agg(x.s1 order by x.id) as text)
                from x where x.channel is not null and %s group by x.channel"""
                .formatted(storedPrevious == null ? openAtStartFromHistory() : OPEN_AT_START_STORED, CHANNELS,
                        openState("x.channel", "x.s1"));
        Query query = q(db, sql, start, end);
        if (storedPrevious != null) {
            query.setParameter("previous", storedPrevious.atDay(1));
        }
        for (Object[] r : rows(query)) {
            Builder x = b.get(Channel.valueOf((String) r[0]));
            long count = n(r[3]);
            if (count < 0) {
                x.openIds = (String) r[4];
                x.openStatuses = (String) r[5];
                continue;
            }
            String s0 = (String) r[1], s1 = (String) r[2];
            if (s0 != null) {
                x.carriedOver += count;
            }
            x.statusAtEnd.merge(s1, count, Long::sum);
            if (!notForFollowUp(x.channel).contains(s1)) {
                x.mustFollowUp += count;
                if (WorkflowStatus.of(x.channel, s1).closed()) {
                    x.finished += count;
                }
            }
        }
        for (Builder x : b.values()) {
            if (x.openIds == null) {
                x.openIds = "{}";
                x.openStatuses = "{}";
            }
        }
    }

    /**
     * The cases received in the month, grouped by every column a figure reads (intake dimensions, deadline rule set,
     * gratification type and kind with the Rupiah total, conflict-of-interest kind): one index-only range per channel
     * (report_case_month_idx, V31). Columns: channel, medium, classification, service, problem type, category,
     * rule set id, gratification type, gift kind, conflict kind, count, Rupiah total.
     */
    private static List<Object[]> received(QueryProducer db, Instant start, Instant end) {
        return rows(q(db, """
                select c.channel, c.intake_medium, c.classification, c.service_code, c.problem_type_code, c.category_code,
                       c.rule_set_id, c.gratification_type, c.gift_kind, c.conflict_kind, count(*),
                       coalesce(sum(c.gift_value) filter (where coalesce(c.gift_currency, 'IDR') = 'IDR'), 0)
                from report_case c where c.channel in (%s)
                  and c.submitted_at >= cast(:start as timestamptz) and c.submitted_at < cast(:end as timestamptz)
                group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10""".formatted(CHANNELS), start, end));
    }

    private void intake(Map<Channel, Builder> b, List<Object[]> received) {
        for (Object[] r : received) {
            Builder x = b.get(Channel.valueOf((String) r[0]));
            long count = n(r[10]);
            x.received += count;
            x.byMedium.merge((String) r[1], count, Long::sum);
            add(x.byClassification, (String) r[2], count);
            add(x.byService, (String) r[3], count);
            add(x.byProblemType, (String) r[4], count);
            add(x.byCategory, (String) r[5], count);
        }
    }

    private static void add(Map<String, Long> map, String key, long count) {
        if (key != null) {
            map.merge(key, count, Long::sum);
        }
    }

    /**
     * Cases closed in the month: the last move into a finished state within it; working days (HK, cuti bersama off)
     * from the office day of submission to that day. One index-only range over the month's events, which carry their
     * case's channel and submission time (V35).
     */
    private static List<Object[]> closings(QueryProducer db, Instant start, Instant end) {
        List<String> pairs = new ArrayList<>();
        for (Channel ch : Channel.values()) {
            finishedStates(ch).forEach(s -> pairs.add(ch.name() + ":" + s));
        }
        Set<String> statuses = new TreeSet<>();
        pairs.forEach(p -> statuses.add(p.substring(p.indexOf(':') + 1)));
        String sql = """
                select e.channel, e.case_submitted_at, max(e.occurred_at) from case_event e
                where e.occurred_at >= cast(:start as timestamptz) and e.occurred_at < cast(:end as timestamptz)
                  and e.status in (:statuses) and (e.channel || ':' || e.status) in (:pairs)
                group by e.case_id, e.channel, e.case_submitted_at""";
        return rows(q(db, sql, start, end).setParameter("pairs", pairs).setParameter("statuses", statuses));
    }

    private void closing(Map<Channel, Builder> b, List<Object[]> found, ZoneId zone, LocalDate last) {
        if (found.isEmpty()) {
            return;
        }
        LocalDate earliest = last;
        List<Object[]> days = new ArrayList<>();
        for (Object[] r : found) {
            LocalDate from = LocalDate.ofInstant(instant(r[1]), zone), to = LocalDate.ofInstant(instant(r[2]), zone);
            earliest = from.isBefore(earliest) ? from : earliest;
            days.add(new Object[] { r[0], from, to });
        }
        WorkingDays wd = new WorkingDays(holidays.between(earliest, last).stream().map(DayOff::of).toList());
        Map<LocalDate, Integer> ordinal = new HashMap<>();
        int k = 0;
        for (LocalDate d = earliest; !d.isAfter(last); d = d.plusDays(1)) {
            if (wd.isWorkingDay(d, true)) {
                k++;
            }
            ordinal.put(d, k);
        }
        for (Object[] r : days) {
            b.get(Channel.valueOf((String) r[0])).closeDays.add(ordinal.get((LocalDate) r[2]) - ordinal.get((LocalDate) r[1]));
        }
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + o.getClass());
    }

    /**
     * Clocks stopped in the month (met / late) and clocks running at its last day past their due date, with the
     * overdue list (the first {@code overdue-list-limit} per channel by due date, number, clock): one pass over the
     * month's clocks (each carries its case's channel, V34); only the overdue clocks due on or before the list's last
     * due date are looked up for their case's number.
     */
    private static List<Object[]> complianceRows(QueryProducer db, LocalDate first, LocalDate last, int listLimit) {
        String running = "d.started_on <= :last and (d.stopped_on is null or d.stopped_on > :last) and d.due_on < :last";
        String sql = """
                with d as materialized (
                       select d.case_id, d.channel, d.clock, d.due_on,
                              (d.stopped_on between :first and :last and d.stopped_on <= d.due_on) as met,
                              (d.stopped_on between :first and :last and d.stopped_on > d.due_on) as late,
                              (%1$s) as overdue
                       from case_deadline d where (d.stopped_on between :first and :last) or (%1$s)),
                     cut as (
                       select z.channel, max(z.due_on) as due_on from (
                         select d.channel, d.due_on, row_number() over (partition by d.channel order by d.due_on) as n
                         from d where d.overdue) z
                       where z.n <= :listLimit group by z.channel)
                select 'C', d.channel, d.clock, count(*) filter (where d.met), count(*) filter (where d.late),
                       count(*) filter (where d.overdue), null, null
                from d group by d.channel, d.clock
                union all
                select 'O', z.channel, z.clock, 0, 0, 0, z.registration_number, z.due_on from (
                  select d.channel, d.clock, c.registration_number, d.due_on,
                         row_number() over (partition by d.channel order by d.due_on, c.registration_number, d.clock) as n
                  from d join cut on cut.channel = d.channel and d.due_on <= cut.due_on
                  cross join lateral (select o.registration_number from report_case o where o.id = d.case_id offset 0) c
                  where d.overdue) z where z.n <= :listLimit
                order by 1, 2, 8, 7, 3""".formatted(running);
        return rows(db.createNativeQuery(sql).setParameter("first", first).setParameter("last", last)
                .setParameter("listLimit", listLimit));
    }

    private static void compliance(Map<Channel, Builder> b, List<Object[]> rows) {
        for (Object[] r : rows) {
            Builder x = b.get(Channel.valueOf((String) r[1]));
            if ("C".equals(r[0])) {
                long met = n(r[3]), late = n(r[4]), overdue = n(r[5]);
                x.compliance.add(new ChannelFigures.ClockCompliance((String) r[2], met, late, overdue,
                        percent(met, met + late + overdue)));
                x.overdueTotal += overdue;
            } else {
                x.overdue.add(new ChannelFigures.OverdueCase((String) r[6], (String) r[2], date(r[7])));
            }
        }
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Object[] gratificationSteps(QueryProducer db, Instant start, Instant end, LocalDate first, LocalDate last) {
        return (Object[]) db.createNativeQuery("""
                select count(*) filter (where h.exemption_code is not null and h.exemption_decided_at >= cast(:start as timestamptz)
                                          and h.exemption_decided_at < cast(:end as timestamptz)),
                       count(*) filter (where h.forwarded_on between :first and :last),
                       count(*) filter (where h.handed_over_on between :first and :last)
                from gratification_handling h
                where h.exemption_decided_at >= cast(:start as timestamptz) or h.forwarded_on >= :first or h.handed_over_on >= :first""")
                .setParameter("start", at(start)).setParameter("end", at(end)).setParameter("first", first)
                .setParameter("last", last).getSingleResult();
    }

    private static List<Object[]> kpkOutcomes(QueryProducer db, LocalDate first, LocalDate last) {
        return rows(db.createNativeQuery("select h.kpk_outcome, count(*) from gratification_handling h "
                + "where h.kpk_decision_date between :first and :last and h.kpk_outcome is not null group by 1")
                .setParameter("first", first).setParameter("last", last));
    }

    private static void gratification(Builder x, OtherRows rows) {
        long receivedGifts = 0, refused = 0;
        BigDecimal total = BigDecimal.ZERO;
        Map<String, Long> kinds = new TreeMap<>();
        for (Object[] r : rows.received()) {
            if (!"GRT".equals(r[0])) {
                continue;
            }
            long count = n(r[10]);
            if ("PENOLAKAN".equals(r[7])) {
                refused += count;
            } else {
                receivedGifts += count;
                total = total.add((BigDecimal) r[11]);
            }
            add(kinds, (String) r[8], count);
        }
        Object[] steps = rows.gratificationSteps();
        Map<String, Long> outcomes = new TreeMap<>();
        for (Object[] r : rows.kpkOutcomes()) {
            outcomes.put((String) r[0], n(r[1]));
        }
        x.gratification = new ChannelFigures.Gratification(receivedGifts, refused, kinds, total.setScale(2, RoundingMode.HALF_UP),
                n(steps[0]), n(steps[1]), outcomes, n(steps[2]));
    }

    /** Employees, and those with an annual register filed this year up to the month's end. */
    private static Object[] register(QueryProducer db, Instant yearStart, Instant end) {
        return (Object[]) db.createNativeQuery("""
                select count(*), count(*) filter (where exists (select 1 from report_case c where c.channel = 'BKP'
                         and c.conflict_kind = 'DAFTAR_KEPENTINGAN' and c.filed_by_account_id = a.id
                         and c.submitted_at >= cast(:year as timestamptz) and c.submitted_at < cast(:end as timestamptz)))
                from account a where a.enabled and (',' || a.roles || ',') like '%,PEGAWAI,%'""")
                .setParameter("year", at(yearStart)).setParameter("end", at(end)).getSingleResult();
    }

    private static List<Object[]> controlMeasures(QueryProducer db, Instant start, Instant end) {
        return rows(q(db, """
                select d.control_measure, count(*) from conflict_decision d
                where d.decided_at >= cast(:start as timestamptz) and d.decided_at < cast(:end as timestamptz) group by 1""",
                start, end));
    }

    private static void conflict(Builder x, OtherRows rows) {
        Object[] reg = rows.register();
        long declarations = rows.received().stream().filter(r -> "BKP".equals(r[0]) && "DEKLARASI".equals(r[9]))
                .mapToLong(r -> n(r[10])).sum();
        Map<String, Long> measures = new TreeMap<>();
        for (Object[] r : rows.controlMeasures()) {
            measures.put((String) r[0], n(r[1]));
        }
        long employees = n(reg[0]), registered = n(reg[1]);
        x.conflict = new ChannelFigures.Conflict(employees, registered, percent(registered, employees), declarations, measures);
    }

    private static List<Object[]> ratingRows(QueryProducer db, Instant start, Instant end) {
        return rows(q(db, """
                select r.score, r.satisfied, count(*), count(*) filter (where not r.satisfied and exists (select 1 from case_event e
                         where e.case_id = r.case_id and e.status = 'DIPROSES' and e.occurred_at >= r.rated_at
                           and e.occurred_at < cast(:end as timestamptz)))
                from case_rating r join report_case c on c.id = r.case_id
                where c.channel = 'ADU' and r.rated_at >= cast(:start as timestamptz) and r.rated_at < cast(:end as timestamptz)
                group by 1, 2""", start, end));
    }

    private static void ratings(Builder x, List<Object[]> rows) {
        Map<String, Long> distribution = new TreeMap<>();
        for (int s = 1; s <= 5; s++) {
            distribution.put(Integer.toString(s), 0L);
        }
        long count = 0, sum = 0, notSatisfied = 0, reopened = 0;
        for (Object[] r : rows) {
            int score = ((Number) r[0]).intValue();
            long c = n(r[2]);
            count += c;
            sum += (long) score * c;
            distribution.merge(Integer.toString(score), c, Long::sum);
            if (!(Boolean) r[1]) {
                notSatisfied += c;
                reopened += n(r[3]);
            }
        }
        x.ratings = new ChannelFigures.Ratings(count, count == 0 ? null : round((double) sum / count), distribution,
                notSatisfied, reopened, percent(reopened, notSatisfied));
    }

    /** The names of the deadline rule sets the month's received cases were timed by (id, name). */
    private static List<Object[]> ruleSetNames(QueryProducer db, List<Object[]> received) {
        List<Long> ids = received.stream().filter(r -> r[6] != null).map(r -> n(r[6])).distinct().toList();
        return ids.isEmpty() ? List.of()
                : rows(db.createNativeQuery("select s.id, s.name from deadline_rule_set s where s.id in (:ids)").setParameter("ids", ids));
    }

    /** The deadline rule sets of the cases received in the month, per channel (names, sorted). */
    private static Map<Channel, String> ruleSets(List<Object[]> received, List<Object[]> ruleSetNames) {
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : ruleSetNames) {
            names.put(n(r[0]), (String) r[1]);
        }
        Map<Channel, Set<String>> byChannel = new EnumMap<>(Channel.class);
        for (Object[] r : received) {
            if (r[6] != null && names.containsKey(n(r[6]))) {
                byChannel.computeIfAbsent(Channel.valueOf((String) r[0]), k -> new TreeSet<>()).add(names.get(n(r[6])));
            }
        }
        Map<Channel, String> out = new EnumMap<>(Channel.class);
        byChannel.forEach((ch, sorted) -> out.put(ch, String.join("; ", sorted)));
        return out;
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    static Double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static final class Builder {
        final Channel channel;
        final YearMonth month;
        long received, carriedOver, mustFollowUp, finished, overdueTotal;
        final Map<String, Long> byMedium = new TreeMap<>(), byClassification = new TreeMap<>(), byService = new TreeMap<>(),
                byProblemType = new TreeMap<>(), byCategory = new TreeMap<>(), statusAtEnd = new TreeMap<>();
        final List<ChannelFigures.ClockCompliance> compliance = new ArrayList<>();
        final List<ChannelFigures.OverdueCase> overdue = new ArrayList<>();
        final List<Integer> closeDays = new ArrayList<>();
        ChannelFigures.Gratification gratification;
        ChannelFigures.Conflict conflict;
        ChannelFigures.Ratings ratings;
        String openIds, openStatuses;

        Builder(Channel channel, YearMonth month) {
            this.channel = channel;
            this.month = month;
        }

        ChannelFigures build() {
            Double median = null, mean = null;
            if (!closeDays.isEmpty()) {
                List<Integer> sorted = closeDays.stream().sorted().toList();
                int size = sorted.size();
                median = size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2.0;
                mean = round(sorted.stream().mapToInt(Integer::intValue).average().orElse(0));
            }
            return new ChannelFigures(channel.name(), month.toString(), received, byMedium, byClassification, byService,
                    byProblemType, byCategory, carriedOver, statusAtEnd, mustFollowUp, finished,
                    percent(finished, mustFollowUp), List.copyOf(compliance), closeDays.size(), median, mean,
                    overdueTotal, List.copyOf(overdue), gratification, conflict, ratings);
        }
    }
}
