package id.integritas.portal.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.account.AccountAdmin;
import id.integritas.portal.account.Role;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Accounts with chosen names and NIPs, SK teams, and reads of the routing tables, for the routing tests. */
@ApplicationScoped
public class RoutingSupport {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    AccountAdmin admin;

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    EntityManager em;

    public static String username(String prefix) {
        return prefix + "." + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
    }

    public static String nip() {
        return "19" + String.format("%016d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_999_999_999_999_999L));
    }

    /** A new account with this display name and NIP (and superior), signed in: its token. */
    public String account(String username, String displayName, String nip, String superior, Set<Role> roles) {
        admin.create(new AccountAdmin.NewAccount(username, displayName, nip, "Dinas Dukcapil", "Staf", null, superior, null,
                roles, TestAccounts.PASSWORD), null);
        return accounts.token(username, roles, Set.of());
    }

    public String officer(String username, String displayName) {
        return account(username, displayName, nip(), null, Set.of(Role.PETUGAS));
    }

    /** An SK team of {@code kind} in force from yesterday for a year, with these members and roles. */
    public void team(TeamKind kind, Map<String, TeamRole> members) {
        LocalDate today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(kind, "SK-RUTE/" + kind + "/" + SEQ.incrementAndGet(),
                today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                members.entrySet().stream().map(e -> new DecreeAdmin.MemberRequest(e.getKey(), e.getValue(), null, null))
                        .toList()), null);
    }

    public static String file(Map<String, Object> report, String path) {
        return Fixtures.json().body(report).post(path).then().statusCode(201).extract().path("registrationNumber");
    }

    public static String file(String token, Map<String, Object> report, String path) {
        return Fixtures.json().auth().oauth2(token).body(report).post(path).then().statusCode(201).extract()
                .path("registrationNumber");
    }

    public static void sees(String token, String number) {
        given().auth().oauth2(token).get("/api/v1/cases/" + number).then().statusCode(200);
        given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .body("items.registrationNumber", hasItem(number));
    }

    public static void neverSees(String token, String number) {
        given().auth().oauth2(token).get("/api/v1/cases/" + number).then().statusCode(404);
        given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/cases").then().statusCode(200)
                .body("items.registrationNumber", not(hasItem(number)));
    }

    /** One column of report_case for the case. */
    public Object column(String number, String column) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select " + column + " from report_case where registration_number = :n").setParameter("n", number)
                .getSingleResult());
    }

    /** The case's routing log, oldest first: route | reason. */
    @SuppressWarnings("unchecked")
    public List<Object[]> routingLog(String number) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select r.route, r.reason, r.actor_account_id from case_routing r join report_case c on c.id = r.case_id
                where c.registration_number = :n order by r.decided_at, r.id""", Object[].class)
                .setParameter("n", number).getResultList());
    }

    /** The case's recusal rows: username | decision | basis | reason. */
    @SuppressWarnings("unchecked")
    public List<Object[]> recusals(String number) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select a.username, r.decision, r.basis, r.reason from case_recusal r join account a on a.id = r.account_id
                join report_case c on c.id = r.case_id where c.registration_number = :n order by r.id""", Object[].class)
                .setParameter("n", number).getResultList());
    }
}
