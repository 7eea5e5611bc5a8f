package id.integritas.portal.campaign;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.AccountAdmin;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The yearly register campaign: coverage per unit counted right, superiors see only their own people, the CoI team
 * everyone; reminders before and after the due date are raised once each, however often the job runs.
 */
@QuarkusTest
@Tag("persistence")
class RegisterCampaignTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AccountAdmin accountAdmin;

    @Inject
    AccountRepository accountRepository;

    @Inject
    EntityManager em;

    @Inject
    RegisterReminders reminders;

    @Inject
    ReminderRecorder recorder;

    private void unit(String code) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into org_unit (code, name) values (?1, ?2) on conflict do nothing").setParameter(1, code)
                .setParameter(2, "Unit " + code).executeUpdate());
    }

    /** An employee of {@code unit} reporting to {@code superior}; returns a signed-in token. */
    private String employee(String username, String unit, String superior) {
        if (accountRepository.findByUsername(username).isEmpty()) {
            accountAdmin.create(new AccountAdmin.NewAccount(username, "Pegawai " + username,
                    String.format("%018d", 199000000000000000L + Math.abs(username.hashCode()) % 1_000_000_000L), "Unit", "Staf", null,
                    superior, unit, EnumSet.of(Role.PEGAWAI), TestAccounts.PASSWORD), null);
        }
        return json().body(Map.of("username", username, "password", TestAccounts.PASSWORD)).post("/api/v1/auth/login").then()
                .statusCode(200).extract().path("accessToken");
    }

    private long id(String username) {
        return accountRepository.findByUsername(username).orElseThrow().id;
    }

    private static void fileRegister(String token, int year) {
        json().auth().oauth2(token).body(Map.of("kind", "DAFTAR_KEPENTINGAN", "declarant", Map.of("employmentType", "PNS"),
                "register", Map.of("year", year, "noConflict", true))).post("/api/v1/reports/conflicts-of-interest").then()
                .statusCode(201);
    }

    private String admin() {
        return accounts.token("campaign.admin", Set.of(Role.ADMIN), Set.of());
    }

    @Test
    void coveragePerUnitAndWhoSeesIt() {
        unit("UJI_KMP_A");
        unit("UJI_KMP_B");
        String bossA = employee("kmp.boss.a", "UJI_KMP_A", null);
        String bossB = employee("kmp.boss.b", "UJI_KMP_B", null);
        String[] a = new String[4];
        for (int i = 0; i < 4; i++) {
            a[i] = employee("kmp.a" + i, "UJI_KMP_A", "kmp.boss.a");
        }
        String[] b = new String[3];
        for (int i = 0; i < 3; i++) {
            b[i] = employee("kmp.b" + i, "UJI_KMP_B", "kmp.boss.b");
        }
        String admin = admin();
        int year = 2029;
        // only administrators open a campaign; the opening is audited
        json().auth().oauth2(bossA).body(Map.of("year", year, "dueOn", "2028-12-31")).post("/api/v1/register-campaigns").then()
                .statusCode(403);
        int campaignId = json().auth().oauth2(admin).body(Map.of("year", year, "dueOn", "2028-12-31"))
                .post("/api/v1/register-campaigns").then().statusCode(201).body("year", is(year))
                .body("remindDaysBefore", is(7)).body("remindDaysAfter", is(1)).extract().path("id");
        json().auth().oauth2(admin).body(Map.of("year", year, "dueOn", "2028-12-31")).post("/api/v1/register-campaigns").then()
                .statusCode(400).body("errors.field", hasItem("year"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where action = 'REGISTER_CAMPAIGN_OPENED' and target_id = ?1")
                .setParameter(1, campaignId).getSingleResult()).longValue()));

        // A: three of four filed this year's register (one also a declaration, which is not a register);
        // B: one of three (another filed for an earlier year, which does not count)
        fileRegister(a[0], year);
        fileRegister(a[1], year);
        fileRegister(a[1], year);
        fileRegister(a[2], year);
        json().auth().oauth2(a[3]).body(Fixtures.declaration()).post("/api/v1/reports/conflicts-of-interest").then().statusCode(201);
        fileRegister(b[0], year);
        fileRegister(b[1], year - 1);

        given().auth().oauth2(a[0]).get("/api/v1/register-campaigns").then().statusCode(200)
                .body("find { it.year == " + year + " }.filedByMe", is(true));
        given().auth().oauth2(a[3]).get("/api/v1/register-campaigns").then().statusCode(200)
                .body("find { it.year == " + year + " }.filedByMe", is(false));

        // the CoI team sees every unit
        String bkp = accounts.token("kmp.bkp", Set.of(Role.PETUGAS), Set.of(Channel.BKP));
        var all = given().auth().oauth2(bkp).get("/api/v1/register-campaigns/" + year + "/coverage").then().statusCode(200)
                .body("everyone", is(true)).extract();
        Map<String, Object> unitA = all.path("units.find { it.unitCode == 'UJI_KMP_A' }");
        Map<String, Object> unitB = all.path("units.find { it.unitCode == 'UJI_KMP_B' }");
        // the bosses are employees of their units too and filed nothing
        assertEquals(5, unitA.get("employees"));
        assertEquals(3, unitA.get("filed"));
        assertEquals(new BigDecimal("60.0"), new BigDecimal(unitA.get("percent").toString()));
        assertEquals(4, unitB.get("employees"));
        assertEquals(1, unitB.get("filed"));
        assertEquals(new BigDecimal("25.0"), new BigDecimal(unitB.get("percent").toString()));
        // an independent count per unit: distinct filers among the unit's enabled PEGAWAI accounts
        for (String u : List.of("UJI_KMP_A", "UJI_KMP_B")) {
            Object[] counted = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    select (select count(*) from account x where x.unit_code = ?1 and x.enabled and x.roles like '%PEGAWAI%'),
                           (select count(distinct c.filed_by_account_id) from report_case c join account x on x.id = c.filed_by_account_id
                            where x.unit_code = ?1 and c.conflict_kind = 'DAFTAR_KEPENTINGAN' and c.register_year = ?2)""")
                    .setParameter(1, u).setParameter(2, year).getSingleResult());
            Map<String, Object> row = all.path("units.find { it.unitCode == '" + u + "' }");
            assertEquals(((Number) counted[0]).intValue(), row.get("employees"), u);
            assertEquals(((Number) counted[1]).intValue(), row.get("filed"), u);
        }

        // a superior sees their own people only
        var mine = given().auth().oauth2(bossA).get("/api/v1/register-campaigns/" + year + "/coverage").then().statusCode(200)
                .body("everyone", is(false)).body("units", hasSize(1)).body("units[0].unitCode", is("UJI_KMP_A"))
                .body("units[0].employees", is(4)).body("units[0].filed", is(3)).extract();
        assertEquals(new BigDecimal("75.0"), new BigDecimal(mine.path("units[0].percent").toString()));
        given().auth().oauth2(bossA).get("/api/v1/register-campaigns/" + year + "/outstanding").then().statusCode(200)
                .body("items.username", contains("kmp.a3"));
        given().auth().oauth2(bossB).get("/api/v1/register-campaigns/" + year + "/outstanding").then().statusCode(200)
                .body("items.username", containsInAnyOrder("kmp.b1", "kmp.b2"));
        given().auth().oauth2(bkp).queryParam("unit", "UJI_KMP_B").queryParam("limit", 1)
                .get("/api/v1/register-campaigns/" + year + "/outstanding").then().statusCode(200)
                .body("items", hasSize(1)).body("next", notNullValue());
        List<String> pagedB = new java.util.ArrayList<>();
        String after = null;
        do {
            var page = given().auth().oauth2(bkp).queryParam("unit", "UJI_KMP_B").queryParam("limit", 1)
                    .queryParam("after", after == null ? "" : after).get("/api/v1/register-campaigns/" + year + "/outstanding")
                    .then().statusCode(200).extract();
            pagedB.addAll(page.path("items.username"));
            after = page.path("next");
        } while (after != null);
        assertEquals(Set.of("kmp.boss.b", "kmp.b1", "kmp.b2"), Set.copyOf(pagedB));
        // an employee with no reports, outside the CoI team, sees nothing
        given().auth().oauth2(a[0]).get("/api/v1/register-campaigns/" + year + "/coverage").then().statusCode(403);
        given().auth().oauth2(a[0]).get("/api/v1/register-campaigns/" + year + "/outstanding").then().statusCode(403);
        given().auth().oauth2(bkp).get("/api/v1/register-campaigns/2099/coverage").then().statusCode(404);
    }

    @Test
    void remindersBeforeAndAfterTheDueDateOnceEach() {
        unit("UJI_KMP_C");
        String c0 = employee("kmp.c0", "UJI_KMP_C", null);
        employee("kmp.c1", "UJI_KMP_C", null);
        employee("kmp.c2", "UJI_KMP_C", null);
        int year = 2027;
        int campaignId = json().auth().oauth2(admin()).body(Map.of("year", year, "dueOn", "2027-01-31", "remindDaysBefore", 7,
                "remindDaysAfter", 1)).post("/api/v1/register-campaigns").then().statusCode(201).extract().path("id");
        fileRegister(c0, year);
        Set<Long> mine = Set.of(id("kmp.c0"), id("kmp.c1"), id("kmp.c2"));

        // too early: nothing
        reminders.runOnce(LocalDate.of(2027, 1, 23));
        assertEquals(List.of(), events(campaignId, mine));
        // within 7 days of the due date: one reminder for each who has not filed, none for the filer
        reminders.runOnce(LocalDate.of(2027, 1, 24));
        Map<Long, List<String>> before = byAccount(events(campaignId, mine));
        assertEquals(Map.of(id("kmp.c1"), List.of(RegisterCampaign.BEFORE_DUE), id("kmp.c2"), List.of(RegisterCampaign.BEFORE_DUE)),
                before);
        // again that day and on the due date: no second reminder
        reminders.runOnce(LocalDate.of(2027, 1, 24));
        reminders.runOnce(LocalDate.of(2027, 1, 31));
        assertEquals(2, events(campaignId, mine).size());
        // c1 files meanwhile; the day after the due date only c2 is reminded that it is late, once
        fileRegister(employee("kmp.c1", "UJI_KMP_C", null), year);
        reminders.runOnce(LocalDate.of(2027, 2, 1));
        reminders.runOnce(LocalDate.of(2027, 2, 1));
        reminders.runOnce(LocalDate.of(2027, 2, 5));
        Map<Long, List<String>> all = byAccount(events(campaignId, mine));
        assertEquals(Map.of(id("kmp.c1"), List.of(RegisterCampaign.BEFORE_DUE),
                id("kmp.c2"), List.of(RegisterCampaign.BEFORE_DUE, RegisterCampaign.AFTER_DUE)), all);
        // the table records exactly what was fired
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from register_reminder where campaign_id = ?1 and account_id in (?2, ?3, ?4)")
                .setParameter(1, campaignId).setParameter(2, id("kmp.c0")).setParameter(3, id("kmp.c1"))
                .setParameter(4, id("kmp.c2")).getSingleResult()).longValue());
        assertEquals(3, rows);
        // every reminder fired for this campaign (any account) is in the table exactly once
        long total = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from register_reminder where campaign_id = ?1").setParameter(1, campaignId).getSingleResult())
                .longValue());
        assertEquals(total, recorder.of(campaignId).size());
        assertEquals(total, recorder.of(campaignId).stream().map(e -> e.accountId() + e.kind()).distinct().count());
        // each reminder queued one mail to its employee, in the same transaction (the outbox observes the event)
        List<?> mails = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select recipient_account_id from mail_outbox where kind = 'CONFLICT_DECLARATION_REMINDER' "
                + "and recipient_account_id in (?1, ?2, ?3) order by recipient_account_id")
                .setParameter(1, id("kmp.c0")).setParameter(2, id("kmp.c1")).setParameter(3, id("kmp.c2")).getResultList());
        assertEquals(List.of(id("kmp.c1"), id("kmp.c2"), id("kmp.c2")),
                mails.stream().map(m -> ((Number) m).longValue()).sorted().toList());
    }

    private List<RegisterReminderDue> events(long campaignId, Set<Long> accounts) {
        return recorder.of(campaignId).stream().filter(e -> accounts.contains(e.accountId())).toList();
    }

    private static Map<Long, List<String>> byAccount(List<RegisterReminderDue> events) {
        return events.stream().collect(Collectors.groupingBy(RegisterReminderDue::accountId,
                Collectors.mapping(RegisterReminderDue::kind, Collectors.toList())));
    }
}
