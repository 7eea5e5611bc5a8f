package id.integritas.portal.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.system.PortalConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The fast path of the monthly report (a month starts from the previous stored month's open cases) gives exactly the
 * figures of the straightforward recomputation from the whole history, for seeded months of 2024 with carried-over,
 * reopened and same-instant cases; and the yearly view built from the stored months (sums where they hold, the
 * year's median and mean over every closing, access as the monthly report).
 */
@QuarkusTest
@Tag("persistence")
class YearlyReportsTest {

    static final int YEAR = 2024;
    static final AtomicInteger SEQ = new AtomicInteger();
    static volatile boolean seeded;
    static long carried, waiting, reopened, tie;

    @Inject
    EntityManager em;

    @Inject
    TestAccounts accounts;

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

    Instant at(int month, int day, int hour) {
        return LocalDate.of(YEAR, month, day).atTime(hour, 0).atZone(zone()).toInstant();
    }

    long kase(String channel, Instant submitted, String status) {
        String number = channel + "-YR" + (System.nanoTime() % 100_000_000L) + SEQ.incrementAndGet();
        return ((Number) em.createNativeQuery("""
                insert into report_case (channel, registration_number, tracking_hash, status, identity_mode, intake_medium,
                       submitted_at, updated_at, content, content_digest, digest_version)
                values (:ch, :no, decode(md5(:no), 'hex'), :st, 'RAHASIA', 'WEB', cast(:at as timestamptz),
                       cast(:at as timestamptz), decode('00', 'hex'), md5(:no), 1) returning id""")
                .setParameter("ch", channel).setParameter("no", number).setParameter("st", status)
                .setParameter("at", submitted.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
    }

    void event(long caseId, Instant at, String status) {
        em.createNativeQuery("insert into case_event (case_id, occurred_at, status, public_status) "
                + "values (:c, cast(:at as timestamptz), :s, 'DITERIMA')")
                .setParameter("c", caseId).setParameter("at", at.atOffset(ZoneOffset.UTC)).setParameter("s", status)
                .executeUpdate();
    }

    @BeforeEach
    void seed() {
        synchronized (YearlyReportsTest.class) {
            if (seeded) {
                return;
            }
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from monthly_report where extract(year from month) = :y").setParameter("y", YEAR)
                        .executeUpdate();
                // carried over from August, finished in September
                carried = kase("ADU", at(8, 10, 9), "SELESAI");
                event(carried, at(8, 10, 9), "MENUNGGU_VERIFIKASI");
                event(carried, at(8, 20, 9), "TERVERIFIKASI");
                event(carried, at(9, 16, 9), "SELESAI");
                // a tip received in July that waits until October
                waiting = kase("WBS", at(7, 5, 9), "VERIFIKASI");
                event(waiting, at(7, 5, 9), "DITERIMA");
                event(waiting, at(10, 3, 9), "VERIFIKASI");
                // received and finished in September, reopened in October (not in hand then), finished in November
                reopened = kase("ADU", at(9, 3, 9), "SELESAI");
                event(reopened, at(9, 3, 9), "MENUNGGU_VERIFIKASI");
                event(reopened, at(9, 5, 9), "SELESAI");
                event(reopened, at(10, 10, 9), "DIPROSES");
                event(reopened, at(11, 20, 9), "SELESAI");
                // two events at the same instant: the later one (by id) is the state
                tie = kase("ADU", at(9, 28, 10), "DIARSIPKAN");
                event(tie, at(9, 28, 10), "MENUNGGU_VERIFIKASI");
                event(tie, at(9, 28, 10), "DIARSIPKAN");
                // a gift report still in the UPG's hands, a declaration closed before September
                long grt = kase("GRT", at(9, 20, 9), "DITERIMA_UPG");
                event(grt, at(9, 20, 9), "DITERIMA_UPG");
                long bkp = kase("BKP", at(8, 1, 9), "SELESAI");
                event(bkp, at(8, 1, 9), "DIAJUKAN");
                event(bkp, at(8, 30, 9), "SELESAI");
                // closings spread over the year for the median
                for (int m = 1; m <= 12; m++) {
                    for (int k = 0; k < m % 4 + 1; k++) {
                        long c = kase("WBS", at(m, 2, 9), "DITUTUP");
                        event(c, at(m, 2, 9), "DITERIMA");
                        event(c, at(m, 3 + 5 * k, 15), "DITUTUP");
                    }
                }
            });
            seeded = true;
        }
    }

    static long[] ids(String array) {
        String inner = array.substring(1, array.length() - 1);
        return inner.isEmpty() ? new long[0] : Arrays.stream(inner.split(",")).mapToLong(Long::parseLong).toArray();
    }

    void sameAsRecomputed(YearMonth month) {
        Map<Channel, MonthlyFigures.Computed> fast = figures.compute(month, true), slow = figures.compute(month, false);
        for (Channel ch : Channel.values()) {
            assertEquals(slow.get(ch).figures(), fast.get(ch).figures(), ch + " " + month);
            assertEquals(slow.get(ch).openCaseIds(), fast.get(ch).openCaseIds(), ch + " " + month + " open at end");
            assertEquals(slow.get(ch).openStatuses(), fast.get(ch).openStatuses(), ch + " " + month + " open states");
            assertEquals(slow.get(ch).closeDays(), fast.get(ch).closeDays(), ch + " " + month + " closings");
        }
    }

    @Test
    void aMonthStartingFromTheStoredMonthBeforeMatchesTheRecomputationFromHistory() {
        reports.prepare(YearMonth.of(YEAR, 8));
        Number stored = (Number) em.createNativeQuery("select count(*) from monthly_report where month = :m "
                + "and open_case_ids is not null").setParameter("m", LocalDate.of(YEAR, 8, 1)).getSingleResult();
        assertEquals(Channel.values().length, stored.intValue(), "August stored with its open cases");
        String augustOpen = (String) em.createNativeQuery("select cast(open_case_ids as text) from monthly_report "
                + "where month = :m and channel = 'ADU'").setParameter("m", LocalDate.of(YEAR, 8, 1)).getSingleResult();
        assertTrue(Arrays.stream(ids(augustOpen)).anyMatch(i -> i == carried), "the carried case is open at August's end");

        YearMonth september = YearMonth.of(YEAR, 9);
        sameAsRecomputed(september);
        ChannelFigures adu = figures.compute(september).get(Channel.ADU).figures();
        assertTrue(adu.carriedOver() >= 1 && adu.finished() >= 2 && adu.closed() >= 2, adu.toString());
        assertTrue(adu.statusAtMonthEnd().getOrDefault("DIARSIPKAN", 0L) >= 1, "same-instant events: the later one counts");
        ChannelFigures wbs = figures.compute(september).get(Channel.WBS).figures();
        assertTrue(wbs.carriedOver() >= 1 && wbs.statusAtMonthEnd().getOrDefault("DITERIMA", 0L) >= 1, wbs.toString());

        for (int m = 9; m <= 11; m++) {
            reports.prepare(YearMonth.of(YEAR, m));
            sameAsRecomputed(YearMonth.of(YEAR, m + 1));
        }
        String novemberOpen = (String) em.createNativeQuery("select cast(open_case_ids as text) from monthly_report "
                + "where month = :m and channel = 'ADU'").setParameter("m", LocalDate.of(YEAR, 10, 1)).getSingleResult();
        assertTrue(Arrays.stream(ids(novemberOpen)).anyMatch(i -> i == reopened), "reopened in October: open at its end");
        ChannelFigures november = reports.stored(YearMonth.of(YEAR, 11), Channel.ADU).orElseThrow().figures();
        assertTrue(november.carriedOver() >= 1 && november.finished() >= 1, november.toString());
    }

    @Test
    void aColdYearReadsItsMonthsAheadAndStoresWhatEachMonthAloneWould() {
        // nothing of the year stored: the yearly view computes the twelve months, their other figures read ahead on a
        // background connection while the state chain runs month after month
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from monthly_report where month >= :from and month <= :to")
                .setParameter("from", LocalDate.of(YEAR - 1, 12, 1)).setParameter("to", LocalDate.of(YEAR, 12, 1)).executeUpdate());
        String token = accounts.token("yearly.cold", Set.of(Role.PETUGAS), EnumSet.allOf(Channel.class));
        given().auth().oauth2(token).get("/api/v1/statistics/yearly/" + YEAR).then().statusCode(200);
        long received = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(YEAR, m);
            Map<Channel, MonthlyFigures.Computed> alone = figures.compute(month, false);
            for (Channel ch : Channel.values()) {
                ChannelFigures stored = reports.stored(month, ch).orElseThrow().figures();
                assertEquals(alone.get(ch).figures(), stored, ch + " " + month);
                received += stored.received();
            }
        }
        assertTrue(received >= 30, "the seeded year has cases: " + received);
    }

    @Test
    void theYearIsBuiltFromTheStoredMonths() throws Exception {
        String token = accounts.token("yearly.all", Set.of(Role.PETUGAS), EnumSet.allOf(Channel.class));
        String body = given().auth().oauth2(token).get("/api/v1/statistics/yearly/" + YEAR).then().statusCode(200)
                .extract().asString();
        YearlyReportsApi.YearView view = mapper.readValue(body, YearlyReportsApi.YearView.class);
        assertEquals(12, view.months().size());
        assertEquals(4, view.channels().size());
        Number stored = (Number) em.createNativeQuery("select count(*) from monthly_report where extract(year from month) = :y")
                .setParameter("y", YEAR).getSingleResult();
        assertEquals(48, stored.intValue(), "every month of the year stored");
        for (YearlyFigures y : view.channels()) {
            List<ChannelFigures> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                months.add(reports.stored(YearMonth.of(YEAR, m), Channel.valueOf(y.channel())).orElseThrow().figures());
            }
            assertEquals(months.stream().mapToLong(ChannelFigures::received).sum(), y.received(), y.channel());
            assertEquals(months.stream().mapToLong(ChannelFigures::closed).sum(), y.closed(), y.channel());
            assertEquals(months.get(0).carriedOver(), y.carriedOverIntoYear());
            assertEquals(months.get(11).overdueTotal(), y.overdueAtYearEnd());
            assertEquals(12, y.byMonth().size());
        }
        YearlyFigures wbs = view.channels().get(2);
        assertEquals("WBS", wbs.channel());
        // the year's median and mean over every closing (a case once per month it closed in), counted independently
        Object[] expected = (Object[]) em.createNativeQuery("""
                select count(*), percentile_cont(0.5) within group (order by wd), avg(wd) from (
                  select (select count(*) from generate_series(x.opened + 1, x.closed, interval '1 day') g(d)
                          where extract(isodow from g.d) < 6 and not exists (select 1 from holiday hd where hd.holiday_date = cast(g.d as date))) as wd
                  from (select c.id, cast(c.submitted_at at time zone :tz as date) as opened, max(cast(e.occurred_at at time zone :tz as date)) as closed
                        from report_case c join case_event e on e.case_id = c.id
                        where c.channel = 'WBS' and e.status in ('SELESAI', 'DITUTUP')
                          and extract(year from e.occurred_at at time zone :tz) = :y
                        group by c.id, c.submitted_at, date_trunc('month', e.occurred_at at time zone :tz)) x) y""")
                .setParameter("tz", zone().getId()).setParameter("y", YEAR).getSingleResult();
        assertEquals(((Number) expected[0]).longValue(), wbs.closed());
        assertTrue(wbs.closed() >= 30, "the seeded closings");
        assertEquals(((Number) expected[1]).doubleValue(), wbs.medianWorkingDaysToClose());
        assertEquals(new BigDecimal(expected[2].toString()).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue(),
                wbs.meanWorkingDaysToClose());
        assertTrue(wbs.openAtYearEnd().getOrDefault("VERIFIKASI", 0L) >= 1, "the waiting tip is open at the year's end");

        // the page, a channel of another team, a wrong year, a year that has not begun
        String html = given().cookie("portal_session", token).get("/petugas/laporan-bulanan/" + YEAR).then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("id=\"yearly-WBS-months\"") && html.contains("/petugas/laporan-bulanan/2024/09"), "year table");
        String aduOnly = accounts.token("yearly.adu", Set.of(Role.PETUGAS), EnumSet.of(Channel.ADU));
        given().auth().oauth2(aduOnly).get("/api/v1/statistics/yearly/" + YEAR + "?channel=WBS").then().statusCode(403);
        given().auth().oauth2(aduOnly).get("/api/v1/statistics/yearly/" + YEAR + "?channel=ADU").then().statusCode(200)
                .body("channels.size()", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(aduOnly).get("/api/v1/statistics/yearly/24").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
        given().auth().oauth2(aduOnly).get("/api/v1/statistics/yearly/" + (reports.currentMonth().getYear() + 1)).then()
                .statusCode(404);
        given().cookie("portal_session", aduOnly).get("/petugas/laporan-bulanan/" + (reports.currentMonth().getYear() + 1))
                .then().statusCode(404);
    }

    @Test
    void theMedianOfADistribution() {
        assertEquals(2.5, YearlyFigures.median(new TreeMap<>(Map.of(1, 1L, 2, 1L, 3, 1L, 4, 1L))));
        assertEquals(3.0, YearlyFigures.median(new TreeMap<>(Map.of(1, 1L, 3, 3L, 9, 1L))));
        assertEquals(5.0, YearlyFigures.median(new TreeMap<>(Map.of(5, 1L))));
        assertEquals(4.5, YearlyFigures.median(new TreeMap<>(Map.of(2, 2L, 4, 1L, 5, 1L, 9, 2L))));
        YearlyFigures empty = YearlyFigures.of("ADU", 2024, List.of());
        assertNull(empty.medianWorkingDaysToClose());
        assertEquals(0, empty.received());
        assertFalse(empty.months().iterator().hasNext());
        assertNotNull(empty.openAtYearEnd());
    }
}
