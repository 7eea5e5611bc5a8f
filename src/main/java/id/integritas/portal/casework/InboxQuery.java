package id.integritas.portal.casework;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.Role;
import id.integritas.portal.calendar.DayOff;
import id.integritas.portal.calendar.HolidayRepository;
import id.integritas.portal.calendar.WorkingDays;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.Hmac;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.team.CaseAccess;
import id.integritas.portal.team.TeamKind;

/**
 * The officer inbox: filters, keyset pages and counts over the cases {@link CaseAccess#VISIBLE_SQL} lets the account
 * see. Response time does not depend on how many cases exist:
 * <ul>
 * <li>the visible set is read as a UNION of <em>access paths</em> (one per SK channel the account works today, its
 * unit's complaints, its subordinates' declarations, the escalation route), each path narrowing the same
 * {@code VISIBLE_SQL} to an index that already holds the rows in the page's order, so each path stops after
 * {@code limit + 1} rows;</li>
 * <li>pages continue from an opaque, signed cursor holding the last row's sort key and id (never OFFSET);</li>
 * <li>counts are computed only when asked for ({@code counts=true}) and cover the <em>open</em> cases only (the work
 * in hand, {@link #OPEN_SQL}, a partial index of V15): the closed history grows without bound, the workload does not;
 * but counting is proportional to the open cases the account may see (see docs/performance.md).</li>
 * </ul>
 */
@ApplicationScoped
public class InboxQuery {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_DUE_WITHIN = 60;

    /** Final states: a case in one of them is closed ({@link WorkflowStatus#closed()}). */
    static final Map<Channel, Set<String>> FINAL_STATES = finalStates();

    /**
     * Open cases, written exactly as the predicate of the partial index {@code report_case_open_idx} in V15 (the
     * planner uses a partial index only when the query repeats its predicate). TERVERIFIKASI is final only for the
     * conflict-of-interest register; for complaints it is an early state.
     */
    public static final String OPEN_SQL = openSql();

    /** Due date as the indexes sort it: cases with no running clock come last. */
    static final String DUE_SQL = "coalesce(c.next_due_on, cast('infinity' as date))";

    public enum Sort {
        AGE, DEADLINE;

        String key() {
            return this == AGE ? "c.submitted_at" : DUE_SQL;
        }
    }

    /** The query parameters as received (strings, so that every bad value becomes a field error). */
    public record Request(String channel, List<String> state, String service, String category, String assignedToMe,
            String overdue, String dueWithin, String team, String sort, String direction, String limit, String after,
            String counts) {

        public static Request of(Map<String, List<String>> params) {
            return new Request(first(params, "channel"), params.getOrDefault("state", List.of()), first(params, "service"),
                    first(params, "category"), first(params, "assignedToMe"), first(params, "overdue"),
                    first(params, "dueWithin"), first(params, "team"), first(params, "sort"), first(params, "direction"),
                    first(params, "limit"), first(params, "after"), first(params, "counts"));
        }

        private static String first(Map<String, List<String>> params, String name) {
            List<String> v = params.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    /** A checked filter. */
    public record Filter(Channel channel, Set<String> states, String service, String category, boolean assignedToMe,
            boolean overdue, Integer dueWithin, TeamKind team, Sort sort, boolean descending, int limit, Cursor after,
            boolean counts) {

        boolean allows(Channel c) {
            return (channel == null || channel == c) && (team == null || team.channel().orElse(null) == c);
        }

        /** The query string of this filter (without cursor), for links. */
        public String queryString() {
            StringBuilder q = new StringBuilder();
            if (channel != null) {
                add(q, "channel", channel.name());
            }
            states.forEach(s -> add(q, "state", s));
            if (service != null) {
                add(q, "service", service);
            }
            if (category != null) {
                add(q, "category", category);
            }
            if (assignedToMe) {
                add(q, "assignedToMe", "true");
            }
            if (overdue) {
                add(q, "overdue", "true");
            }
            if (dueWithin != null) {
                add(q, "dueWithin", dueWithin.toString());
            }
            if (team != null) {
                add(q, "team", team.name());
            }
            add(q, "sort", sort.name().toLowerCase());
            add(q, "direction", descending ? "desc" : "asc");
            return q.toString();
        }

        private static void add(StringBuilder q, String name, String value) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** Where the previous page ended: its sort, direction, last key (micros or epoch day; null = no deadline) and id. */
    public record Cursor(Sort sort, boolean descending, Long key, long id) {
    }

    /** One inbox row: what a list shows, never content or identities. */
    public record Item(long id, String registrationNumber, Channel channel, String status, String publicStatus,
            String identityMode, Instant submittedAt, LocalDate nextDueOn, boolean overdue, boolean assignedToMe,
            String service, String category) {
    }

    /** Counts of the open cases under the filter; {@code states} ignores the state filter (to offer the others). */
    public record Counts(long total, long overdue, long dueSoon, long assignedToMe, Map<String, Long> states) {
    }

    public record Result(List<Item> items, String next, Counts counts, Filter filter) {
    }

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    HolidayRepository holidays;

    @Inject
    PortalConfig config;

    /** Working days ahead that count as "due soon". */
    @ConfigProperty(name = "portal.inbox.due-soon-working-days", defaultValue = "3")
    int dueSoonWorkingDays;

    // ---------------------------------------------------------------- parsing

    /** Checks every parameter; all wrong ones are reported at once (400 with their field names). */
    public Filter parse(Request r) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = null;
        if (present(r.channel())) {
            try {
                channel = Channel.valueOf(r.channel().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("channel", "unknown_option"));
            }
        }
        Set<String> states = new LinkedHashSet<>();
        List<String> given = r.state() == null ? List.of() : r.state();
        if (given.size() > 30) {
            errors.add(new FieldError("state", "too_many_items", List.of(30)));
        } else {
            for (String s : given) {
                if (!present(s)) {
                    continue;
                }
                String name = s.strip();
                Channel ch = channel;
                boolean known = ch != null ? knownState(ch, name)
                        : Arrays.stream(Channel.values()).anyMatch(c -> knownState(c, name));
                if (known) {
                    states.add(name);
                } else {
                    errors.add(new FieldError("state", "unknown_option"));
                    break;
                }
            }
        }
        String service = code(r.service(), "service", errors);
        String category = code(r.category(), "category", errors);
        boolean mine = flag(r.assignedToMe(), "assignedToMe", errors, false);
        boolean overdue = flag(r.overdue(), "overdue", errors, false);
        Integer dueWithin = null;
        if (present(r.dueWithin())) {
            Integer n = integer(r.dueWithin(), "dueWithin", errors);
            if (n != null && (n < 0 || n > MAX_DUE_WITHIN)) {
                errors.add(new FieldError("dueWithin", "out_of_range"));
            } else {
                dueWithin = n;
            }
        }
        TeamKind team = null;
        if (present(r.team())) {
            try {
                team = TeamKind.valueOf(r.team().strip());
                if (team.channel().isEmpty()) {
                    errors.add(new FieldError("team", "unknown_option"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("team", "unknown_option"));
            }
        }
        Sort sort = Sort.AGE;
        if (present(r.sort())) {
            switch (r.sort().strip()) {
                case "age" -> sort = Sort.AGE;
                case "deadline" -> sort = Sort.DEADLINE;
                default -> errors.add(new FieldError("sort", "unknown_option"));
            }
        }
        boolean descending = sort == Sort.AGE;
        if (present(r.direction())) {
            switch (r.direction().strip()) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> errors.add(new FieldError("direction", "unknown_option"));
            }
        }
        int limit = DEFAULT_LIMIT;
        if (present(r.limit())) {
            Integer n = integer(r.limit(), "limit", errors);
            if (n != null && (n < 1 || n > MAX_LIMIT)) {
                errors.add(new FieldError("limit", "out_of_range"));
            } else if (n != null) {
                limit = n;
            }
        }
        Cursor after = null;
        if (present(r.after())) {
            after = decode(r.after().strip());
            if (after == null || after.sort() != sort || after.descending() != descending) {
                errors.add(new FieldError("after", "invalid"));
                after = null;
            }
        }
        boolean counts = flag(r.counts(), "counts", errors, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Filter(channel, Set.copyOf(states), service, category, mine, overdue, dueWithin, team, sort,
                descending, limit, after, counts);
    }

    private static boolean knownState(Channel channel, String name) {
        try {
            WorkflowStatus.of(channel, name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String code(String value, String field, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        String v = value.strip();
        if (v.length() > 60 || !v.matches("[A-Za-z0-9_.-]+")) {
            errors.add(new FieldError(field, "format"));
            return null;
        }
        return v;
    }

    private static boolean flag(String value, String field, List<FieldError> errors, boolean absent) {
        if (!present(value)) {
            return absent;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError(field, "invalid"));
                yield absent;
            }
        };
    }

    private static Integer integer(String value, String field, List<FieldError> errors) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "number_format"));
            return null;
        }
    }

    // ---------------------------------------------------------------- cursor

    /** {@code base64url(payload).base64url(hmac)}; the payload is "sort|direction|key|id". */
    String encode(Cursor c) {
        String payload = c.sort().name() + "|" + (c.descending() ? "D" : "A") + "|" + (c.key() == null ? "-" : c.key())
                + "|" + c.id();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + b64.encodeToString(mac(payload));
    }

    /** The cursor, or null when it was not made here (tampered, truncated, from another key). */
    Cursor decode(String token) {
        try {
            int dot = token.indexOf('.');
            if (dot < 1 || token.length() > 200) {
                return null;
            }
            Base64.Decoder b64 = Base64.getUrlDecoder();
            String payload = new String(b64.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
            if (!Hmac.equal(mac(payload), b64.decode(token.substring(dot + 1)))) {
                return null;
            }
            String[] p = payload.split("\\|");
            if (p.length != 4) {
                return null;
            }
            Long key = "-".equals(p[2]) ? null : Long.valueOf(p[2]);
            return new Cursor(Sort.valueOf(p[0]), "D".equals(p[1]), key, Long.parseLong(p[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] mac(String payload) {
        byte[] key = Hmac.sha256(Base64.getDecoder().decode(config.crypto().formKey()), "inbox-cursor-v1");
        return Arrays.copyOf(Hmac.sha256(key, payload), 16);
    }

    // ---------------------------------------------------------------- query

    /** Access paths of the account: each narrows {@code VISIBLE_SQL} to rows an index holds together. */
    List<String> paths(Account account, Filter f) {
        List<String> paths = new ArrayList<>();
        Set<Channel> teams = EnumSet.noneOf(Channel.class);
        teams.addAll(access.channelsInForce(account.id));
        for (Channel ch : teams) {
            if (f.allows(ch)) {
                paths.add("c.channel = '" + ch.name() + "' and c.route = 'TEAM'");
            }
        }
        boolean actsForUnit = account.unitCode != null && (account.has(Role.PETUGAS) || account.has(Role.KETUA_TIM));
        if (actsForUnit && f.allows(Channel.ADU) && !teams.contains(Channel.ADU)) {
            paths.add("c.channel = 'ADU' and c.route = 'TEAM' and c.assigned_unit_code = :unit");
        }
        if (f.allows(Channel.BKP) && !teams.contains(Channel.BKP) && hasSubordinates(account.id)) {
            paths.add("c.channel = 'BKP' and c.route = 'TEAM' and c.filed_by_account_id in "
                    + "(select s.id from account s where s.superior_id = :account)");
        }
        if (f.team() == null && holdsEscalationRole(account)) {
            paths.add("c.route = 'ESCALATION'" + (f.channel() == null ? "" : " and c.channel = '" + f.channel().name() + "'"));
        }
        return paths;
    }

    private boolean hasSubordinates(long accountId) {
        return !em.createNativeQuery("select 1 from account where superior_id = :a limit 1").setParameter("a", accountId)
                .getResultList().isEmpty();
    }

    private boolean holdsEscalationRole(Account account) {
        List<String> roles = account.roles.stream().map(Enum::name).toList();
        return !roles.isEmpty() && !em.createNativeQuery("select 1 from escalation_route where role in (:roles) limit 1")
                .setParameter("roles", roles).getResultList().isEmpty();
    }

    /** The filters every access path repeats (all parameters named, bound by {@link #bindFilters}). */
    private static String filters(Filter f, boolean withStates) {
        StringBuilder w = new StringBuilder();
        if (withStates && !f.states().isEmpty()) {
            // written in (names checked against the state machines: [A-Z_] only) so that the planner can prove the
            // partial index's predicate from them; a bound parameter would hide it (and generic plans would too)
            w.append(" and c.status in (").append(f.states().stream().sorted().map(st -> "'" + st + "'")
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (f.service() != null) {
            w.append(" and c.service_code = :service");
        }
        if (f.category() != null) {
            w.append(" and c.category_code = :category");
        }
        if (f.assignedToMe()) {
            w.append(" and c.assignee_account_id = :account");
        }
        if (f.overdue()) {
            w.append(" and ").append(DUE_SQL).append(" < :today");
        }
        if (f.dueWithin() != null) {
            w.append(" and ").append(DUE_SQL).append(" <= :dueBy");
        }
        return w.toString();
    }

    /**
     * The page query: one sub-select per access path, each ordered by the page's key and limited to {@code :n}
     * rows, merged and cut again. Parameters: those of {@link CaseAccess#bind}, the filters', {@code :n}, and with
     * a cursor {@code :afterKey}, {@code :afterId}. Public for the benchmark's EXPLAIN (bench/casework).
     */
    public static String pageSql(List<String> paths, Filter f) {
        String dir = f.descending() ? "desc" : "asc";
        String key = f.sort().key();
        String keyset = "";
        if (f.after() != null) {
            keyset = " and (" + key + ", c.id) " + (f.descending() ? "<" : ">") + " ("
                    + (f.sort() == Sort.AGE ? ":afterKey" : "cast(:afterKey as date)") + ", :afterId)";
        }
        String where = filters(f, true) + keyset;
        String columns = "c.id, c.registration_number, c.channel, c.status, c.identity_mode, c.submitted_at, c.next_due_on, "
                + "c.assignee_account_id, c.service_code, c.category_code, " + key + " as k";
        return paths.stream()
                .map(p -> "(select " + columns + " from report_case c where " + p + where + " and " + CaseAccess.VISIBLE_SQL
                        + " order by " + key + " " + dir + ", c.id " + dir + " limit :n)")
                .collect(Collectors.joining(" union ", "select * from (", ") u order by u.k " + dir + ", u.id " + dir + " limit :n"));
    }

    /** The counts query (open cases, grouped by state), for the same paths and filters without the state filter. */
    public static String countSql(List<String> paths, Filter f) {
        String where = filters(f, false);
        return paths.stream()
                .map(p -> "(select c.id, c.status, " + DUE_SQL + " as due, c.assignee_account_id from report_case c where "
                        + p + " and " + OPEN_SQL + where + " and " + CaseAccess.VISIBLE_SQL + ")")
                .collect(Collectors.joining(" union ", "select u.status, count(*), count(*) filter (where u.due < :today), "
                        + "count(*) filter (where u.due >= :today and u.due <= :soonBy), "
                        + "count(*) filter (where u.assignee_account_id = :account) from (", ") u group by u.status"));
    }

    public Result run(Account account, Filter f) {
        LocalDate today = access.today();
        LocalDate dueBy = f.dueWithin() == null ? null : workingDaysAfter(today, f.dueWithin());
        List<String> paths = paths(account, f);
        if (paths.isEmpty()) {
            return new Result(List.of(), null, f.counts() ? new Counts(0, 0, 0, 0, Map.of()) : null, f);
        }
        String sql = pageSql(paths, f);
        Query q = em.createNativeQuery(sql);
        access.bind(q, account);
        bindFilters(q, f, today, dueBy);
        if (f.after() != null) {
            q.setParameter("afterKey", f.sort() == Sort.AGE
                    ? (Object) java.time.OffsetDateTime.ofInstant(micros(f.after().key()), java.time.ZoneOffset.UTC)
                    : f.after().key() == null ? "infinity" : LocalDate.ofEpochDay(f.after().key()).toString());
            q.setParameter("afterId", f.after().id());
        }
        q.setParameter("n", f.limit() + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), f.limit()); i++) {
            items.add(item(rows.get(i), account.id, today));
        }
        String next = null;
        if (rows.size() > f.limit()) {
            Item last = items.get(items.size() - 1);
            Long k = null;
            if (f.sort() == Sort.AGE) {
                k = micros(last.submittedAt());
            } else if (last.nextDueOn() != null) {
                k = last.nextDueOn().toEpochDay();
            }
            next = encode(new Cursor(f.sort(), f.descending(), k, last.id()));
        }
        return new Result(items, next, f.counts() ? counts(account, f, paths, today) : null, f);
    }

    private Counts counts(Account account, Filter f, List<String> paths, LocalDate today) {
        LocalDate soonBy = workingDaysAfter(today, dueSoonWorkingDays);
        String sql = countSql(paths, f);
        // The estimate of a count over the visibility predicate is large enough for PostgreSQL to JIT-compile it,
        // which costs more (~0.6 s measured) than the count itself; this statement is short, so no JIT.
        em.createNativeQuery("set local jit = off").executeUpdate();
        Query q = em.createNativeQuery(sql);
        access.bind(q, account);
        bindFilters(q, f, today, f.dueWithin() == null ? null : workingDaysAfter(today, f.dueWithin()));
        if (!f.overdue()) {
            q.setParameter("today", today);
        }
        q.setParameter("soonBy", soonBy);
        long total = 0, overdue = 0, soon = 0, mine = 0;
        Map<String, Long> states = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        for (Object[] r : rows) {
            String state = (String) r[0];
            states.merge(state, ((Number) r[1]).longValue(), Long::sum);
            if (f.states().isEmpty() || f.states().contains(state)) {
                total += ((Number) r[1]).longValue();
                overdue += ((Number) r[2]).longValue();
                soon += ((Number) r[3]).longValue();
                mine += ((Number) r[4]).longValue();
            }
        }
        return new Counts(total, overdue, soon, mine, states);
    }

    private static void bindFilters(Query q, Filter f, LocalDate today, LocalDate dueBy) {
        if (f.service() != null) {
            q.setParameter("service", f.service());
        }
        if (f.category() != null) {
            q.setParameter("category", f.category());
        }
        if (f.overdue()) {
            q.setParameter("today", today);
        }
        if (dueBy != null) {
            q.setParameter("dueBy", dueBy);
        }
    }

    /** The office day {@code n} working days after {@code day} (national holidays and cuti bersama off). */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        if (n == 0) {
            return day;
        }
        List<DayOff> off = holidays.between(day, day.plusDays(n * 2L + 120)).stream().map(DayOff::of).toList();
        return new WorkingDays(off).deadline(day, n, true);
    }

    private Item item(Object[] r, long me, LocalDate today) {
        Channel channel = Channel.valueOf((String) r[2]);
        String status = (String) r[3];
        LocalDate due = r[6] == null ? null : toDate(r[6]);
        Long assignee = r[7] == null ? null : ((Number) r[7]).longValue();
        String publicStatus;
        try {
            publicStatus = WorkflowStatus.of(channel, status).publicStatus().name();
        } catch (IllegalArgumentException e) {
            publicStatus = null;
        }
        return new Item(((Number) r[0]).longValue(), (String) r[1], channel, status, publicStatus, (String) r[4],
                toInstant(r[5]), due, due != null && due.isBefore(today), assignee != null && assignee == me,
                (String) r[8], (String) r[9]);
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }

    private static LocalDate toDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + o.getClass());
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static Instant micros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static Map<Channel, Set<String>> finalStates() {
        Map<Channel, Set<String>> m = new java.util.EnumMap<>(Channel.class);
        for (Channel ch : Channel.values()) {
            m.put(ch, finals(WorkflowStatus.all(ch)));
        }
        return m;
    }

    private static Set<String> finals(WorkflowStatus[] values) {
        return Arrays.stream(values).filter(WorkflowStatus::closed).map(WorkflowStatus::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * {@code not (status in (finals of every channel) or (channel = X and status = S) ...)} where the second part lists
     * the states final on one channel but open on another. Generated, and pinned against V15 by a test.
     */
    private static String openSql() {
        Set<String> everywhereFinal = new java.util.TreeSet<>();
        Set<String> all = new java.util.TreeSet<>();
        FINAL_STATES.values().forEach(all::addAll);
        for (String s : all) {
            boolean openSomewhere = Arrays.stream(Channel.values())
                    .anyMatch(ch -> knownState(ch, s) && !FINAL_STATES.get(ch).contains(s));
            if (!openSomewhere) {
                everywhereFinal.add(s);
            }
        }
        StringBuilder sql = new StringBuilder("not (c.status in (")
                .append(everywhereFinal.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "))).append(")");
        for (Channel ch : Channel.values()) {
            for (String s : FINAL_STATES.get(ch)) {
                if (!everywhereFinal.contains(s)) {
                    sql.append(" or (c.channel = '").append(ch.name()).append("' and c.status = '").append(s).append("')");
                }
            }
        }
        return sql.append(")").toString();
    }
}
