package id.integritas.portal.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The internal monthly report of a seeded month (2026-03, with its holidays), every figure checked against a query
 * written here independently of statistics.MonthlyFigures (full history per case, no shortcuts); then stored vs
 * provisional, reproducibility after later changes, access, narrative and finalisation, and the exports.
 * The test database outlives a run, so the month may hold earlier runs' seeds: the expectations are the independent
 * counts, and the seeded cases are asserted to be among them.
 */
@QuarkusTest
@Tag("persistence")
class MonthlyReportsTest {

    static final YearMonth MONTH = YearMonth.of(2026, 3);
    static final AtomicInteger SEQ = new AtomicInteger();
    static volatile boolean seeded;
    static String aduAnsweredLate, aduHistory, wbsOpen, aduCarried;

    static final Map<String, List<String>> OPEN = Map.of(
            "ADU", List.of("MENUNGGU_VERIFIKASI", "PERLU_DILENGKAPI", "TERVERIFIKASI", "DIDISPOSISI", "DIPROSES", "DITUNDA", "DITANGGAPI", "DIESKALASI"),
            "GRT", List.of("DITERIMA_UPG", "PERLU_DILENGKAPI", "ANALISIS_UPG", "DITERUSKAN_KE_KPK", "DITETAPKAN", "DISERAHKAN", "PENOLAKAN_DICATAT"),
            "WBS", List.of("DITERIMA", "VERIFIKASI", "MENUNGGU_INFO_PELAPOR", "TELAAH", "DITERUSKAN", "TINDAK_LANJUT"),
            "BKP", List.of("DIAJUKAN", "ANALISIS_ATASAN", "DIPUTUSKAN", "DILAKSANAKAN", "TERISI"));
    static final Map<String, List<String>> EXCLUDED = Map.of("ADU", List.of("DIARSIPKAN", "DITERUSKAN_KELUAR"),
            "GRT", List.of("-"), "WBS", List.of("-"), "BKP", List.of("TERISI", "TERVERIFIKASI"));
    static final Map<String, List<String>> FINISHED = Map.of("ADU", List.of("DITUTUP", "SELESAI"),
            "GRT", List.of("TIDAK_WAJIB_LAPOR", "TIDAK_DITINDAKLANJUTI", "SELESAI"), "WBS", List.of("SELESAI", "DITUTUP"),
            "BKP", List.of("SELESAI"));

    @Inject
    EntityManager em;

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    PortalConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    MonthlyFigures figures;

    @Inject
    MonthlyReports reports;

    ZoneId zone() {
        return ZoneId.of(config.office().timeZone());
    }

    /** Day d of month offset m (relative to MONTH), at hour h office time. */
    Instant at(int m, int d, int h) {
        return MONTH.plusMonths(m).atDay(d).atTime(h, 0).atZone(zone()).toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    LocalDate day(int m, int d) {
        return MONTH.plusMonths(m).atDay(d);
    }

    static String number(String channel) {
        return channel + "-ST" + (System.nanoTime() % 100_000_000L) + SEQ.incrementAndGet();
    }

    long kase(String channel, String number, String medium, Instant submitted, String finalStatus, String extraCols,
            Object... extraVals) {
        StringBuilder cols = new StringBuilder("channel, registration_number, tracking_hash, status, identity_mode, "
                + "intake_medium, submitted_at, updated_at, content, content_digest, digest_version");
        StringBuilder vals = new StringBuilder(":ch, :no, decode(md5(:no), 'hex'), :st, 'RAHASIA', :md, cast(:at as timestamptz), "
                + "cast(:at as timestamptz), decode('00', 'hex'), md5(:no), 1");
        if (!extraCols.isEmpty()) {
            cols.append(", ").append(extraCols);
            for (int i = 0; i < extraVals.length; i++) {
                vals.append(", :x").append(i);
            }
        }
        var q = em.createNativeQuery("insert into report_case (" + cols + ") values (" + vals + ") returning id")
                .setParameter("ch", channel).setParameter("no", number).setParameter("st", finalStatus)
                .setParameter("md", medium).setParameter("at", utc(submitted));
        for (int i = 0; i < extraVals.length; i++) {
            q.setParameter("x" + i, extraVals[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    void event(long caseId, Instant at, String status) {
        em.createNativeQuery("insert into case_event (case_id, occurred_at, status, public_status) values (:c, cast(:at as timestamptz), :s, 'DITERIMA')")
                .setParameter("c", caseId).setParameter("at", utc(at)).setParameter("s", status).executeUpdate();
    }

    void clock(long caseId, String clock, LocalDate started, LocalDate due, LocalDate stopped) {
        em.createNativeQuery("insert into case_deadline (case_id, clock, started_on, due_on, stopped_on) values (:c, :k, :s, :d, :t)")
                .setParameter("c", caseId).setParameter("k", clock).setParameter("s", started).setParameter("d", due)
                .setParameter("t", stopped).executeUpdate();
    }

    void rating(long caseId, int score, boolean satisfied, Instant at) {
        em.createNativeQuery("insert into case_rating (case_id, score, satisfied, rated_at) values (:c, :s, :ok, cast(:at as timestamptz))")
                .setParameter("c", caseId).setParameter("s", (short) score).setParameter("ok", satisfied).setParameter("at", utc(at))
                .executeUpdate();
    }

    @BeforeEach
    void seed() {
        synchronized (MonthlyReportsTest.class) {
            if (seeded) {
                return;
            }
            accounts.token("stat.employee", Set.of(Role.PEGAWAI), Set.of());
            long employee = ((Number) em.createNativeQuery("select id from account where username = 'stat.employee'")
                    .getSingleResult()).longValue();
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from monthly_report where month = :m").setParameter("m", MONTH.atDay(1)).executeUpdate();
                // ADU: carried over, finished in the month (met P1 before, answered, satisfied rating)
                aduCarried = number("ADU");
                long a1 = kase("ADU", aduCarried, "WEB", at(-1, 20, 9), "SELESAI", "classification, service_code",
                        "PENGADUAN", "KTP_EL");
                event(a1, at(-1, 20, 9), "MENUNGGU_VERIFIKASI");
                event(a1, at(-1, 25, 9), "TERVERIFIKASI");
                event(a1, at(0, 5, 9), "DIPROSES");
                event(a1, at(0, 10, 9), "DITANGGAPI");
                rating(a1, 5, true, at(0, 12, 9));
                event(a1, at(0, 16, 9), "SELESAI");
                // ADU received and archived (not for follow-up); P1 met
                long a2 = kase("ADU", number("ADU"), "WEB", at(0, 3, 10), "DIARSIPKAN", "classification, problem_type_code",
                        "PENGADUAN", "PUNGLI");
                event(a2, at(0, 3, 10), "MENUNGGU_VERIFIKASI");
                event(a2, at(0, 4, 10), "DIARSIPKAN");
                clock(a2, "P1", day(0, 3), day(0, 6), day(0, 4));
                // ADU verified in the month, finished only next month: at month end it was TERVERIFIKASI; P2 overdue
                aduHistory = number("ADU");
                long a3 = kase("ADU", aduHistory, "LOKET", at(0, 6, 11), "SELESAI", "service_code", "AKTA_LAHIR");
                event(a3, at(0, 6, 11), "MENUNGGU_VERIFIKASI");
                event(a3, at(0, 9, 11), "TERVERIFIKASI");
                event(a3, at(1, 3, 11), "DIDISPOSISI");
                event(a3, at(1, 4, 11), "DIPROSES");
                event(a3, at(1, 5, 11), "DITANGGAPI");
                event(a3, at(1, 8, 11), "SELESAI");
                clock(a3, "P1", day(0, 6), day(0, 11), day(0, 9));
                clock(a3, "P2", day(0, 9), day(0, 16), day(1, 5));
                // ADU late P1, answered, "not satisfied" rating, back to DIPROSES
                aduAnsweredLate = number("ADU");
                long a4 = kase("ADU", aduAnsweredLate, "SURAT", at(0, 10, 8), "DIPROSES", "");
                event(a4, at(0, 10, 8), "MENUNGGU_VERIFIKASI");
                event(a4, at(0, 16, 8), "TERVERIFIKASI");
                event(a4, at(0, 16, 9), "DIDISPOSISI");
                event(a4, at(0, 17, 9), "DIPROSES");
                event(a4, at(0, 24, 9), "DITANGGAPI");
                rating(a4, 2, false, at(0, 25, 9));
                event(a4, at(0, 25, 9), "DIPROSES");
                clock(a4, "P1", day(0, 10), day(0, 13), day(0, 16));
                // ADU finished before the month: not in hand
                long a5 = kase("ADU", number("ADU"), "EMAIL", at(-2, 2, 9), "SELESAI", "");
                event(a5, at(-2, 2, 9), "MENUNGGU_VERIFIKASI");
                event(a5, at(-2, 20, 9), "SELESAI");
                // GRT: a received gift forwarded to the KPK, a refusal, an earlier one decided and handed over
                long g1 = kase("GRT", number("GRT"), "WEB", at(0, 2, 9), "DITERUSKAN_KE_KPK",
                        "gratification_type, gift_kind, gift_value, gift_currency", "PENERIMAAN", "BARANG",
                        new BigDecimal("500000.00"), "IDR");
                event(g1, at(0, 2, 9), "DITERIMA_UPG");
                event(g1, at(0, 3, 9), "ANALISIS_UPG");
                event(g1, at(0, 9, 9), "DITERUSKAN_KE_KPK");
                em.createNativeQuery("insert into gratification_handling (case_id, forwarded_on) values (:c, :d)")
                        .setParameter("c", g1).setParameter("d", day(0, 9)).executeUpdate();
                long g2 = kase("GRT", number("GRT"), "WEB", at(0, 5, 9), "PENOLAKAN_DICATAT",
                        "gratification_type, gift_kind, gift_value, gift_currency", "PENOLAKAN", "UANG",
                        new BigDecimal("300000.00"), "IDR");
                event(g2, at(0, 5, 9), "PENOLAKAN_DICATAT");
                long g3 = kase("GRT", number("GRT"), "WEB", at(-1, 3, 9), "DISERAHKAN",
                        "gratification_type, gift_kind, gift_value, gift_currency", "PENERIMAAN", "BARANG",
                        new BigDecimal("2000000.00"), "IDR");
                event(g3, at(-1, 3, 9), "DITERIMA_UPG");
                event(g3, at(-1, 4, 9), "ANALISIS_UPG");
                event(g3, at(-1, 10, 9), "DITERUSKAN_KE_KPK");
                event(g3, at(0, 20, 9), "DITETAPKAN");
                event(g3, at(0, 27, 9), "DISERAHKAN");
                em.createNativeQuery("insert into gratification_handling (case_id, forwarded_on, kpk_decision_date, kpk_outcome, "
                        + "handed_over_on) values (:c, :f, :d, 'MILIK_NEGARA', :h)").setParameter("c", g3)
                        .setParameter("f", day(-1, 10)).setParameter("d", day(0, 20)).setParameter("h", day(0, 27)).executeUpdate();
                // WBS: received and closed in the month; an older tip still open
                long w1 = kase("WBS", number("WBS"), "WEB", at(0, 4, 9), "DITUTUP", "category_code", "SUAP");
                event(w1, at(0, 4, 9), "DITERIMA");
                event(w1, at(0, 5, 9), "VERIFIKASI");
                event(w1, at(0, 23, 9), "DITUTUP");
                clock(w1, "W1", day(0, 4), day(0, 13), day(0, 5));
                wbsOpen = number("WBS");
                long w2 = kase("WBS", wbsOpen, "WEB", at(-1, 10, 9), "DITERIMA", "category_code", "PUNGLI");
                event(w2, at(-1, 10, 9), "DITERIMA");
                clock(w2, "W1", day(-1, 10), day(-1, 19), null);
                // BKP: an annual register and a declaration decided in the month
                long k1 = kase("BKP", number("BKP"), "WEB", at(0, 3, 9), "TERISI", "conflict_kind, filed_by_account_id",
                        "DAFTAR_KEPENTINGAN", employee);
                event(k1, at(0, 3, 9), "TERISI");
                long k2 = kase("BKP", number("BKP"), "WEB", at(0, 8, 9), "DIPUTUSKAN", "conflict_kind, filed_by_account_id",
                        "DEKLARASI", employee);
                event(k2, at(0, 8, 9), "DIAJUKAN");
                event(k2, at(0, 9, 9), "ANALISIS_ATASAN");
                event(k2, at(0, 12, 9), "DIPUTUSKAN");
                em.createNativeQuery("insert into conflict_decision (case_id, analysis, control_measure, decided_by, decided_at) "
                        + "values (:c, decode('00', 'hex'), 'PENGGANTIAN', :a, cast(:at as timestamptz))").setParameter("c", k2)
                        .setParameter("a", employee).setParameter("at", utc(at(0, 12, 9))).executeUpdate();
            });
            seeded = true;
        }
    }

    String officer(String name, Set<Channel> channels) {
        return accounts.token(name, Set.of(Role.PETUGAS), channels);
    }

    MonthlyReportsApi.MonthView view(String token, String month, String query) throws Exception {
        String body = given().auth().oauth2(token).get("/api/v1/statistics/monthly/" + month + query).then().statusCode(200)
                .extract().asString();
        return mapper.readValue(body, MonthlyReportsApi.MonthView.class);
    }

    // ---- the independent queries --------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, Map<String, Object> params) {
        return bind(sql, params).getResultList();
    }

    /** Binds the parameters the statement names (the maps are shared between statements). */
    jakarta.persistence.Query bind(String sql, Map<String, Object> params) {
        var q = em.createNativeQuery(sql);
        params.forEach((k, v) -> {
            if (java.util.regex.Pattern.compile(":" + k + "\\b").matcher(sql).find()) {
                q.setParameter(k, v);
            }
        });
        return q;
    }

    Map<String, Object> p(String channel) {
        Instant s = MONTH.atDay(1).atStartOfDay(zone()).toInstant(), e = MONTH.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant();
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("s", utc(s));
        m.put("e", utc(e));
        m.put("ch", channel);
        return m;
    }

    static final String HAND = """
            with h as (select c.id, c.submitted_at,
                 (select e.status from case_event e where e.case_id = c.id and e.occurred_at < cast(:s as timestamptz) order by e.occurred_at desc, e.id desc limit 1) as s0,
                 (select e.status from case_event e where e.case_id = c.id and e.occurred_at < cast(:e as timestamptz) order by e.occurred_at desc, e.id desc limit 1) as s1
               from report_case c where c.channel = :ch and c.submitted_at < cast(:e as timestamptz))
            """;

    Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> m = new TreeMap<>();
        rows.forEach(r -> m.put((String) r[0], ((Number) r[1]).longValue()));
        return m;
    }

    long scalar(String sql, Map<String, Object> params) {
        Object r = bind(sql, params).getSingleResult();
        return r == null ? 0 : ((Number) r).longValue();
    }

    void checkAgainstIndependentQueries(ChannelFigures f) {
        String ch = f.channel();
        Map<String, Object> p = p(ch);
        String tz = zone().getId();
        // intake
        assertEquals(scalar("select count(*) from report_case where channel = :ch and submitted_at >= cast(:s as timestamptz) and submitted_at < cast(:e as timestamptz)", p),
                f.received(), ch + " received");
        for (var dim : Map.of("intake_medium", f.byMedium(), "classification", f.byClassification(), "service_code", f.byService(),
                "problem_type_code", f.byProblemType(), "category_code", f.byCategory()).entrySet()) {
            assertEquals(counts(rows("select " + dim.getKey() + ", count(*) from report_case where channel = :ch and " + dim.getKey()
                    + " is not null and submitted_at >= cast(:s as timestamptz) and submitted_at < cast(:e as timestamptz) group by 1", p)),
                    dim.getValue(), ch + " by " + dim.getKey());
        }
        // cases in hand, status at month end, handled %
        Map<String, Object> ph = new java.util.HashMap<>(p);
        ph.put("open", OPEN.get(ch));
        String inHand = " where (submitted_at >= cast(:s as timestamptz) or s0 in (:open))";
        assertEquals(counts(rows(HAND + "select s1, count(*) from h" + inHand + " group by s1", ph)), f.statusAtMonthEnd(), ch + " status at end");
        assertEquals(scalar(HAND + "select count(*) from h where submitted_at < cast(:s as timestamptz) and s0 in (:open)", ph),
                f.carriedOver(), ch + " carried over");
        ph.put("excluded", EXCLUDED.get(ch));
        ph.put("finished", FINISHED.get(ch));
        long must = scalar(HAND + "select count(*) from h" + inHand + " and s1 not in (:excluded)", ph);
        long done = scalar(HAND + "select count(*) from h" + inHand + " and s1 in (:finished)", ph);
        assertEquals(must, f.mustFollowUp(), ch + " must follow up");
        assertEquals(done, f.finished(), ch + " finished");
        assertEquals(must == 0 ? null : Math.round(1000.0 * done / must) / 10.0, f.handledPercent(), ch + " handled %");
        // time to close
        Map<String, Object> pc = new java.util.HashMap<>(p);
        pc.put("finished", FINISHED.get(ch));
        pc.put("tz", tz);
        List<Object[]> closing = rows("""
                select count(*), percentile_cont(0.5) within group (order by wd), avg(wd) from (
                  select (select count(*) from generate_series(x.opened + 1, x.closed, interval '1 day') g(d)
                          where extract(isodow from g.d) < 6 and not exists (select 1 from holiday hd where hd.holiday_date = cast(g.d as date))) as wd
                  from (select c.id, cast(c.submitted_at at time zone :tz as date) as opened, max(cast(e.occurred_at at time zone :tz as date)) as closed
                        from report_case c join case_event e on e.case_id = c.id
                        where c.channel = :ch and e.occurred_at >= cast(:s as timestamptz) and e.occurred_at < cast(:e as timestamptz)
                          and e.status in (:finished) group by c.id, c.submitted_at) x) y""", pc);
        Object[] cl = closing.get(0);
        assertEquals(((Number) cl[0]).longValue(), f.closed(), ch + " closed");
        assertEquals(cl[1] == null ? null : ((Number) cl[1]).doubleValue(), f.medianWorkingDaysToClose(), ch + " median");
        assertEquals(cl[2] == null ? null : new BigDecimal(cl[2].toString()).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue(),
                f.meanWorkingDaysToClose(), ch + " mean");
        // deadline compliance and the overdue list
        Map<String, Object> pd = new java.util.HashMap<>();
        pd.put("ch", ch);
        pd.put("first", MONTH.atDay(1));
        pd.put("last", MONTH.atEndOfMonth());
        Map<String, List<Long>> expected = new TreeMap<>();
        for (Object[] r : rows("""
                select d.clock,
                  sum(case when d.stopped_on >= :first and d.stopped_on <= :last and d.stopped_on <= d.due_on then 1 else 0 end),
                  sum(case when d.stopped_on >= :first and d.stopped_on <= :last and d.stopped_on > d.due_on then 1 else 0 end),
                  sum(case when d.started_on <= :last and coalesce(d.stopped_on, date '9999-12-31') > :last and d.due_on < :last then 1 else 0 end)
                from case_deadline d join report_case c on c.id = d.case_id where c.channel = :ch group by d.clock""", pd)) {
            List<Long> v = List.of(((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
            if (v.stream().mapToLong(Long::longValue).sum() > 0) {
                expected.put((String) r[0], v);
            }
        }
        Map<String, List<Long>> actual = new TreeMap<>();
        f.compliance().forEach(c -> actual.put(c.clock(), List.of(c.met(), c.late(), c.overdueAtMonthEnd())));
        assertEquals(expected, actual, ch + " compliance");
        Set<String> overdue = new TreeSet<>();
        rows("""
                select c.registration_number, d.clock from case_deadline d join report_case c on c.id = d.case_id
                where c.channel = :ch and d.started_on <= :last and coalesce(d.stopped_on, date '9999-12-31') > :last and d.due_on < :last""", pd)
                .forEach(r -> overdue.add(r[0] + "/" + r[1]));
        Set<String> listed = new TreeSet<>();
        f.overdue().forEach(o -> listed.add(o.registrationNumber() + "/" + o.clock()));
        assertEquals(overdue, listed, ch + " overdue list");
        assertEquals(overdue.size(), f.overdueTotal(), ch + " overdue total");
    }

    void checkGratification(ChannelFigures.Gratification g) {
        Map<String, Object> p = p("GRT");
        String month = " and submitted_at >= cast(:s as timestamptz) and submitted_at < cast(:e as timestamptz)";
        assertEquals(scalar("select count(*) from report_case where channel = 'GRT' and gratification_type <> 'PENOLAKAN'" + month, p), g.received());
        assertEquals(scalar("select count(*) from report_case where channel = 'GRT' and gratification_type = 'PENOLAKAN'" + month, p), g.refused());
        assertEquals(counts(rows("select gift_kind, count(*) from report_case where channel = 'GRT' and gift_kind is not null" + month
                + " and :ch = :ch group by 1", p)), g.objectsByKind());
        Object total = rows("select coalesce(sum(gift_value), 0), :ch from report_case where channel = 'GRT' and gratification_type <> 'PENOLAKAN'"
                + " and (gift_currency = 'IDR' or gift_currency is null)" + month, p).get(0)[0];
        assertEquals(0, ((BigDecimal) total).compareTo(g.totalValueIdr()), "total value");
        Map<String, Object> pd = Map.of("first", MONTH.atDay(1), "last", MONTH.atEndOfMonth());
        assertEquals(scalar("select count(*) from gratification_handling where forwarded_on between :first and :last", pd), g.forwardedToKpk());
        assertEquals(scalar("select count(*) from gratification_handling where handed_over_on between :first and :last", pd), g.handedOver());
        assertEquals(counts(rows("select kpk_outcome, count(*) from gratification_handling where kpk_decision_date between :first and :last "
                + "and kpk_outcome is not null group by 1", pd)), g.kpkOutcomes());
    }

    void checkConflict(ChannelFigures.Conflict k) {
        Map<String, Object> p = p("BKP");
        p.put("y", utc(MONTH.atDay(1).withDayOfYear(1).atStartOfDay(zone()).toInstant()));
        assertEquals(scalar("select count(*) from account where enabled and roles like '%PEGAWAI%' and :ch = :ch "
                + "and cast(:s as timestamptz) < cast(:e as timestamptz) and cast(:y as timestamptz) is not null", p), k.employees());
        assertEquals(scalar("select count(distinct a.id) from account a join report_case c on c.filed_by_account_id = a.id "
                + "where a.enabled and a.roles like '%PEGAWAI%' and c.channel = :ch and c.conflict_kind = 'DAFTAR_KEPENTINGAN' "
                + "and c.submitted_at >= cast(:y as timestamptz) and c.submitted_at < cast(:e as timestamptz) and cast(:s as timestamptz) is not null", p),
                k.withCurrentRegister());
        assertEquals(scalar("select count(*) from report_case where channel = :ch and conflict_kind = 'DEKLARASI' "
                + "and submitted_at >= cast(:s as timestamptz) and submitted_at < cast(:e as timestamptz) and cast(:y as timestamptz) is not null", p),
                k.declarations());
        Map<String, Object> pm = p("BKP");
        assertEquals(counts(rows("select control_measure, count(*) from conflict_decision where decided_at >= cast(:s as timestamptz) "
                + "and decided_at < cast(:e as timestamptz) and :ch = :ch group by 1", pm)), k.controlMeasures());
    }

    void checkRatings(ChannelFigures.Ratings r) {
        Map<String, Object> p = p("ADU");
        String in = " from case_rating x join report_case c on c.id = x.case_id where c.channel = :ch and x.rated_at >= cast(:s as timestamptz) and x.rated_at < cast(:e as timestamptz)";
        assertEquals(scalar("select count(*)" + in, p), r.count());
        Map<String, Long> dist = new TreeMap<>(Map.of("1", 0L, "2", 0L, "3", 0L, "4", 0L, "5", 0L));
        rows("select cast(x.score as varchar), count(*)" + in + " group by 1", p).forEach(row -> dist.put((String) row[0], ((Number) row[1]).longValue()));
        assertEquals(dist, r.distribution());
        Object avg = rows("select avg(x.score), count(*)" + in, p).get(0)[0];
        assertEquals(avg == null ? null : new BigDecimal(avg.toString()).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue(), r.average());
        assertEquals(scalar("select count(*)" + in + " and not x.satisfied", p), r.notSatisfied());
        assertEquals(scalar("select count(*)" + in + " and not x.satisfied and exists (select 1 from case_event e where e.case_id = x.case_id "
                + "and e.status = 'DIPROSES' and e.occurred_at >= x.rated_at and e.occurred_at < cast(:e as timestamptz))", p), r.notSatisfiedReopened());
    }

    // ---- the tests ----------------------------------------------------------------------------------------------

    @Test
    void everyFigureOfTheSeededMonthMatchesAnIndependentCount() throws Exception {
        String token = officer("stat.all", EnumSet.allOf(Channel.class));
        MonthlyReportsApi.MonthView v = view(token, MONTH.toString(), "");
        assertFalse(v.provisional());
        assertEquals(4, v.reports().size());
        for (MonthlyReports.Report r : v.reports()) {
            assertEquals(MonthlyReports.State.DRAFT, r.state());
            assertNotNull(r.computedAt());
            checkAgainstIndependentQueries(r.figures());
        }
        ChannelFigures adu = v.reports().get(0).figures(), grt = v.reports().get(1).figures(),
                wbs = v.reports().get(2).figures(), bkp = v.reports().get(3).figures();
        // the seeds are among what was counted (positive cases first)
        assertTrue(adu.received() >= 3 && adu.carriedOver() >= 1 && adu.finished() >= 1 && adu.closed() >= 1, adu.toString());
        assertTrue(adu.statusAtMonthEnd().getOrDefault("TERVERIFIKASI", 0L) >= 1, "a3 was TERVERIFIKASI at month end, SELESAI now");
        assertTrue(adu.overdue().stream().anyMatch(o -> o.registrationNumber().equals(aduHistory) && o.clock().equals("P2")));
        assertTrue(adu.compliance().stream().anyMatch(c -> c.clock().equals("P1") && c.late() >= 1 && c.met() >= 2));
        assertTrue(wbs.overdue().stream().anyMatch(o -> o.registrationNumber().equals(wbsOpen)));
        assertTrue(adu.ratings().count() >= 2 && adu.ratings().notSatisfiedReopened() >= 1);
        checkRatings(adu.ratings());
        assertTrue(grt.gratification().forwardedToKpk() >= 1 && grt.gratification().handedOver() >= 1
                && grt.gratification().refused() >= 1);
        checkGratification(grt.gratification());
        assertTrue(bkp.conflict().withCurrentRegister() >= 1 && bkp.conflict().declarations() >= 1);
        checkConflict(bkp.conflict());
        assertNull(adu.gratification());
        assertTrue(v.reports().get(0).ruleSets() != null);
    }

    @Test
    void aStoredMonthReadsTheSameAfterItsCasesChange() throws Exception {
        YearMonth month = MONTH.minusMonths(1);
        String token = officer("stat.repro", EnumSet.of(Channel.ADU, Channel.WBS));
        MonthlyReportsApi.MonthView first = view(token, month.toString(), "");
        assertTrue(first.reports().get(1).figures().received() >= 1, "the seeded tip of the month");
        // later work on a tip of the month (now), and a rating slipped in with a date inside the month
        QuarkusTransaction.requiringNew().run(() -> {
            long w2 = ((Number) em.createNativeQuery("select id from report_case where registration_number = :n")
                    .setParameter("n", wbsOpen).getSingleResult()).longValue();
            em.createNativeQuery("update report_case set status = 'VERIFIKASI' where id = :c").setParameter("c", w2).executeUpdate();
            event(w2, Instant.now(), "VERIFIKASI");
            long a1 = ((Number) em.createNativeQuery("select id from report_case where registration_number = :n")
                    .setParameter("n", aduCarried).getSingleResult()).longValue();
            rating(a1, 1, false, at(-1, 26, 9));
        });
        MonthlyReportsApi.MonthView again = view(token, month.toString(), "");
        assertEquals(first.reports(), again.reports(), "stored: same numbers, same computedAt");
        ChannelFigures live = figures.compute(month).get(Channel.ADU).figures();
        assertEquals(first.reports().get(0).figures().ratings().count() + 1, live.ratings().count(),
                "a live computation sees the late rating; the stored report does not");
        ChannelFigures liveWbs = figures.compute(month).get(Channel.WBS).figures();
        assertEquals(first.reports().get(1).figures().statusAtMonthEnd(), liveWbs.statusAtMonthEnd(),
                "a state change after the month leaves its month-end status (history) unchanged");
        assertEquals(0, reports.prepare(month), "preparing again stores nothing");
    }

    @Test
    void theCurrentMonthIsProvisionalAndNotStored() throws Exception {
        String token = officer("stat.current", EnumSet.of(Channel.ADU));
        YearMonth now = reports.currentMonth();
        MonthlyReportsApi.MonthView v = view(token, now.toString(), "");
        assertTrue(v.provisional());
        assertEquals(1, v.reports().size());
        assertEquals(MonthlyReports.State.PROVISIONAL, v.reports().get(0).state());
        assertEquals(0L, scalar("select count(*) from monthly_report where month = :m", Map.of("m", now.atDay(1))));
        given().auth().oauth2(token).get("/api/v1/statistics/monthly/" + now.plusMonths(1)).then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("obstacles", "x", "followUpEvaluation", "y"))
                .put("/api/v1/statistics/monthly/" + now + "/ADU/narrative").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("monthly-report-not-ended"));
    }

    @Test
    void anotherTeamsChannelIsRefused() throws Exception {
        String token = officer("stat.adu.only", EnumSet.of(Channel.ADU));
        MonthlyReportsApi.MonthView v = view(token, MONTH.toString(), "");
        assertEquals(List.of("ADU"), v.reports().stream().map(MonthlyReports.Report::channel).toList());
        given().auth().oauth2(token).get("/api/v1/statistics/monthly/" + MONTH + "?channel=WBS").then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/statistics/monthly/" + MONTH + "/WBS/tables/intake.csv").then().statusCode(403);
        given().auth().oauth2(token).get("/api/v1/statistics/monthly/2026-13").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("month"));
        String employee = accounts.token("stat.employee", Set.of(Role.PEGAWAI), Set.of());
        given().auth().oauth2(employee).get("/api/v1/statistics/monthly/" + MONTH).then().statusCode(403);
        String html = given().cookie("portal_session", token).get("/petugas/laporan-bulanan/2026/03").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("id=\"monthly-ADU\"") && !html.contains("id=\"monthly-WBS\""));
        assertTrue(html.contains("<svg") && html.contains("<desc id=\"chart-adu-medium-d\">"), "inline SVG with a text alternative");
        assertFalse(html.contains("<script src=\"http"), "no third-party script");
    }

    @Test
    void theTeamWritesTheNarrativeAndTheChairMakesItFinal() {
        YearMonth month = MONTH.minusMonths(1);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from monthly_report where month = :m")
                .setParameter("m", month.atDay(1)).executeUpdate());
        String member = officer("stat.bkp.member", EnumSet.of(Channel.BKP));
        String chair = officer("stat.bkp.chair", Set.of());
        var today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.CONFLICT_OF_INTEREST, "SK-UJI/BKP/stat.chair" + SEQ.incrementAndGet(),
                today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest("stat.bkp.chair", TeamRole.CHAIR, null, null))), null);
        String url = "/api/v1/statistics/monthly/" + month + "/BKP";
        given().auth().oauth2(chair).post(url + "/finalisation").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("monthly-report-no-narrative"));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(Map.of("obstacles", " "))
                .put(url + "/narrative").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("obstacles"));
        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(Map.of("obstacles", "Formulir daftar tahunan belum dikenal pegawai.", "followUpEvaluation", "Sosialisasi dilakukan."))
                .put(url + "/narrative").then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("narrative.obstacles", org.hamcrest.Matchers.startsWith("Formulir"));
        byte[] stored = (byte[]) em.createNativeQuery("select narrative from monthly_report where month = :m and channel = 'BKP'")
                .setParameter("m", month.atDay(1)).getSingleResult();
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Formulir"), "encrypted at rest");
        given().auth().oauth2(member).post(url + "/finalisation").then().statusCode(403);
        given().auth().oauth2(chair).post(url + "/finalisation").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("FINAL"));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(Map.of("obstacles", "a", "followUpEvaluation", "b"))
                .put(url + "/narrative").then().statusCode(409).body("type", org.hamcrest.Matchers.containsString("monthly-report-final"));
    }

    @Test
    void csvAndXlsxExportsParseBackWithTheirTotalsAndAreAudited() throws Exception {
        String token = officer("stat.export", EnumSet.of(Channel.ADU, Channel.GRT));
        ChannelFigures adu = view(token, MONTH.toString(), "?channel=ADU").reports().get(0).figures();
        long before = scalar("select count(*) from audit_log where action = 'EXPORT' and target_type = 'monthly_report'", Map.of());
        String csv = given().auth().oauth2(token).get("/api/v1/statistics/monthly/" + MONTH + "/ADU/tables/intake.csv").then()
                .statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        CSVRecord total = records.get(records.size() - 1);
        assertEquals("total", total.get("dimension"));
        assertEquals(adu.received(), Long.parseLong(total.get("count")));
        assertEquals(adu.byMedium().values().stream().mapToLong(Long::longValue).sum(),
                records.stream().filter(r -> r.get("dimension").equals("medium")).mapToLong(r -> Long.parseLong(r.get("count"))).sum());
        byte[] xlsx = given().auth().oauth2(token).get("/api/v1/statistics/monthly/" + MONTH + "/ADU/tables/compliance.xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals("clock", rows.get(0).getCellText(0));
            Row last = rows.get(rows.size() - 1);
            assertEquals("total", last.getCellText(0));
            long met = adu.compliance().stream().mapToLong(ChannelFigures.ClockCompliance::met).sum();
            assertTrue(met >= 2);
            assertEquals(met, last.getCellAsNumber(1).orElseThrow().longValue());
        }
        byte[] grt = given().auth().oauth2(token).get("/api/v1/statistics/monthly/" + MONTH + "/GRT/tables/gratification.xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(grt))) {
            List<String> measures = new ArrayList<>();
            wb.getFirstSheet().read().forEach(r -> measures.add(r.getCellText(0)));
            assertTrue(measures.containsAll(List.of("received", "refused", "totalValueIdr", "forwardedToKpk", "handedOver")));
        }
        given().auth().oauth2(token).get("/api/v1/statistics/monthly/" + MONTH + "/ADU/tables/gratification.csv").then().statusCode(404);
        assertEquals(before + 2 + 1, scalar("select count(*) from audit_log where action = 'EXPORT' and target_type = 'monthly_report'", Map.of()));
    }

    @Test
    void thePageTakesTheNarrativeAndReRendersAMissingText() {
        YearMonth month = MONTH.minusMonths(2);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from monthly_report where month = :m")
                .setParameter("m", month.atDay(1)).executeUpdate());
        String member = officer("stat.page.member", EnumSet.of(Channel.WBS));
        String page = "/petugas/laporan-bulanan/2026/01";
        String html = given().cookie("portal_session", member).get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("action=\"" + page + "/WBS/uraian\""), "a draft offers the narrative form");
        assertFalse(html.contains(page + "/WBS/final"), "no finalisation for a member");
        String csrf = id.integritas.portal.support.Fixtures.tokenFrom(html);
        String failed = given().cookie("portal_session", member).formParam("_csrf", csrf).formParam("obstacles", "Sinyal lemah.")
                .formParam("followUpEvaluation", "").post(page + "/WBS/uraian").then().statusCode(400).extract().asString();
        assertTrue(failed.contains("aria-invalid=\"true\"") && failed.contains("Sinyal lemah."), "re-rendered with the field message");
        given().cookie("portal_session", member).redirects().follow(false).formParam("_csrf", csrf)
                .formParam("obstacles", "Sinyal lemah.").formParam("followUpEvaluation", "Temuan bulan lalu selesai.")
                .post(page + "/WBS/uraian").then().statusCode(303);
        assertEquals("Temuan bulan lalu selesai.", reports.stored(month, Channel.WBS).orElseThrow().narrative().followUpEvaluation());
        given().cookie("portal_session", member).redirects().follow(false).formParam("_csrf", csrf)
                .post(page + "/ADU/uraian").then().statusCode(403);
    }
}
