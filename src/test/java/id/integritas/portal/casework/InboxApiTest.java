package id.integritas.portal.casework;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.CaseAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The inbox API over 30 complaints of this test (isolated from other tests' cases by a service code of their own):
 * filters, keyset pages that neither overlap nor skip, counts that match the rows, and refusals of bad input.
 */
@QuarkusTest
@Tag("persistence")
class InboxApiTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final int CASES = 30;

    @Inject
    TestAccounts accounts;

    @Inject
    AccountRepository accountRepository;

    @Inject
    CaseAccess access;

    @Inject
    InboxQuery inbox;

    @Inject
    EntityManager em;

    String service;
    String officer;
    long officerId;
    LocalDate today;
    /** registration number → [status, nextDueOn or null, assigned to the officer] */
    Map<String, Object[]> cases;

    @BeforeEach
    void thirtyComplaints() {
        String username = "inbox.adu." + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
        officer = accounts.token(username, Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        officerId = QuarkusTransaction.requiringNew().call(() -> accountRepository.findByUsername(username).orElseThrow().id);
        service = "INBOX_" + System.nanoTime();
        today = QuarkusTransaction.requiringNew().call(() -> access.today());
        cases = new HashMap<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            numbers.add(json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                    .extract().path("registrationNumber"));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < CASES; i++) {
                String status = i % 3 == 0 ? "SELESAI" : i % 3 == 1 ? "MENUNGGU_VERIFIKASI" : "DIPROSES";
                LocalDate due = i % 3 == 0 ? null : i % 2 == 0 ? today.minusDays(2 + i) : today.plusDays(i);
                boolean mine = i % 5 == 0 || i % 7 == 0;
                cases.put(numbers.get(i), new Object[] { status, due, mine });
                // triples share a submission time: the id breaks the tie
                em.createNativeQuery("update report_case set service_code = :s, status = :st, next_due_on = :due, "
                        + "assignee_account_id = :a, submitted_at = now() - make_interval(mins => :m) where registration_number = :n")
                        .setParameter("s", service).setParameter("st", status)
                        .setParameter("due", due == null ? null : java.sql.Date.valueOf(due))
                        .setParameter("a", mine ? officerId : null).setParameter("m", i / 3)
                        .setParameter("n", numbers.get(i)).executeUpdate();
            }
        });
    }

    private JsonPath get(String query) {
        return given().auth().oauth2(officer).get("/api/v1/cases?service=" + service + query).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private List<String> walk(String query, int limit) {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonPath page = get(query + "&limit=" + limit + (after == null ? "&counts=true" : "&after=" + after));
            List<String> items = page.getList("items.registrationNumber");
            assertTrue(items.size() <= limit);
            seen.addAll(items);
            after = page.getString("next");
            if (pages > 0) {
                assertNull(page.get("counts"), "counts only when asked for");
            }
            assertTrue(++pages <= CASES, "pages end");
        } while (after != null);
        return seen;
    }

    @Test
    void keysetPagesNeitherOverlapNorSkipInEitherSort() {
        List<String> byAge = walk("", 7);
        assertEquals(CASES, byAge.size(), "every case once: " + byAge);
        assertEquals(cases.keySet(), new HashSet<>(byAge), "exactly the officer's 30 cases");
        List<String> byDeadline = walk("&sort=deadline", 4);
        assertEquals(CASES, byDeadline.size());
        assertEquals(cases.keySet(), new HashSet<>(byDeadline));
        // earliest due first, cases with no running clock last
        List<LocalDate> dues = byDeadline.stream().map(n -> (LocalDate) cases.get(n)[1]).toList();
        for (int i = 1; i < dues.size(); i++) {
            LocalDate a = dues.get(i - 1), b = dues.get(i);
            assertTrue(b == null || (a != null && !a.isAfter(b)), "sorted by deadline at " + i + ": " + dues);
        }
        List<String> oldestFirst = walk("&sort=age&direction=asc", 9);
        assertEquals(cases.keySet(), new HashSet<>(oldestFirst));
        List<String> reversed = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(reversed);
        assertEquals(byAge, reversed, "ascending is descending reversed (the id breaks ties)");
    }

    @Test
    void filtersAndCountsMatchTheRows() {
        long open = cases.values().stream().filter(c -> !"SELESAI".equals(c[0])).count();
        long overdue = cases.values().stream().filter(c -> c[1] != null && ((LocalDate) c[1]).isBefore(today)).count();
        long mineOpen = cases.values().stream().filter(c -> (boolean) c[2] && !"SELESAI".equals(c[0])).count();
        JsonPath first = get("&limit=5&counts=true");
        assertEquals(5, first.getList("items").size());
        assertNotNull(first.getString("next"));
        assertEquals(open, first.getLong("counts.total"));
        assertEquals(overdue, first.getLong("counts.overdue"));
        assertEquals(mineOpen, first.getLong("counts.assignedToMe"));
        assertEquals(10, first.getLong("counts.states.MENUNGGU_VERIFIKASI"));
        assertEquals(10, first.getLong("counts.states.DIPROSES"));
        assertNull(first.get("counts.states.SELESAI"), "closed cases are listed, not counted");

        JsonPath processing = get("&state=DIPROSES&overdue=true&team=COMPLAINTS&limit=100&counts=true");
        long expected = cases.values().stream().filter(c -> "DIPROSES".equals(c[0]) && c[1] != null
                && ((LocalDate) c[1]).isBefore(today)).count();
        assertTrue(expected > 0);
        assertEquals(expected, processing.getList("items").size());
        assertEquals(List.of("DIPROSES"), processing.getList("items.status").stream().distinct().toList());
        assertTrue(processing.getList("items.overdue", Boolean.class).stream().allMatch(b -> b));
        assertEquals(expected, processing.getLong("counts.total"));
        long waitingOverdue = cases.values().stream().filter(c -> "MENUNGGU_VERIFIKASI".equals(c[0]) && c[1] != null
                && ((LocalDate) c[1]).isBefore(today)).count();
        assertEquals(waitingOverdue, processing.getLong("counts.states.MENUNGGU_VERIFIKASI"),
                "state counts ignore the state filter, not the others");

        JsonPath two = get("&state=DIPROSES&state=SELESAI&limit=100");
        assertEquals(20, two.getList("items").size(), "state repeats");

        JsonPath mine = get("&assignedToMe=true&limit=100");
        assertEquals(cases.values().stream().filter(c -> (boolean) c[2]).count(), mine.getList("items").size());
        assertTrue(mine.getList("items.assignedToMe", Boolean.class).stream().allMatch(b -> b));

        LocalDate by = QuarkusTransaction.requiringNew().call(() -> inbox.workingDaysAfter(today, 5));
        long within = cases.values().stream().filter(c -> c[1] != null && !((LocalDate) c[1]).isAfter(by)).count();
        assertTrue(within > overdue, "some are due soon, not only overdue");
        assertEquals(within, get("&dueWithin=5&limit=100").getList("items").size());

        assertEquals(0, get("&channel=WBS").getList("items").size(), "the channel filter narrows");
        assertEquals(CASES, get("&channel=ADU&limit=100").getList("items").size());
    }

    @Test
    void visibilityStillDecides() {
        String number = cases.keySet().iterator().next();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into case_recusal (case_id, account_id, "
                + "decision, basis, reason, decided_at) select id, :a, 'RECUSED', 'TEST', 'uji', now() from report_case "
                + "where registration_number = :n").setParameter("a", officerId).setParameter("n", number).executeUpdate());
        JsonPath all = get("&limit=100");
        assertEquals(CASES - 1, all.getList("items").size());
        assertFalse(all.getList("items.registrationNumber").contains(number), "a recused officer never sees it");

        String wbs = accounts.token("inbox.wbs." + System.nanoTime() % 1_000_000, Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        given().auth().oauth2(wbs).get("/api/v1/cases?counts=true&service=" + service).then().statusCode(200)
                .body("items", empty()).body("counts.total", is(0));
    }

    @Test
    void tamperedCursorsAndBadValuesAreRefusedNamingTheField() {
        String next = get("&limit=3").getString("next");
        assertNotNull(next);
        get("&limit=3&after=" + next); // the genuine cursor works
        char[] chars = next.toCharArray();
        chars[2] = chars[2] == 'A' ? 'B' : 'A';
        for (String bad : List.of(new String(chars), next.substring(0, next.length() - 2), "abc", next.replace('.', '-'))) {
            given().auth().oauth2(officer).queryParam("after", bad).queryParam("limit", 3)
                    .get("/api/v1/cases?service=" + service).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("after"));
        }
        given().auth().oauth2(officer).get("/api/v1/cases?limit=3&sort=deadline&after=" + next).then().statusCode(400)
                .body("errors.field", hasItem("after")); // a cursor of another sort

        given().auth().oauth2(officer).get("/api/v1/cases?channel=XYZ&limit=101&dueWithin=abc&state=NOPE&sort=size"
                + "&overdue=yes&team=PPID&direction=up").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("channel", "limit", "dueWithin", "state", "sort", "overdue", "team", "direction"));
        given().auth().oauth2(officer).get("/api/v1/cases?dueWithin=61").then().statusCode(400)
                .body("errors[0].field", is("dueWithin")).body("errors[0].code", is("out_of_range"));
        given().auth().oauth2(officer).get("/api/v1/cases?channel=ADU&state=DIAJUKAN").then().statusCode(400)
                .body("errors[0].field", is("state")); // a state of another channel
    }

    @Test
    void openPredicateIsTheOneOfThePartialIndex() throws Exception {
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V15__inbox_indexes.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(migration.contains("where " + InboxQuery.OPEN_SQL.replace("c.", "")),
                "V15's partial index predicate must be InboxQuery.OPEN_SQL: " + InboxQuery.OPEN_SQL);
    }
}
