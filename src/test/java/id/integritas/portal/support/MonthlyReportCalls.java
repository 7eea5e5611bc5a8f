package id.integritas.portal.support;

import static io.restassured.RestAssured.given;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** The successful call of each monthly report operation, for the OpenAPI contract test (month 2025-06, GRT). */
@ApplicationScoped
public class MonthlyReportCalls {

    static final YearMonth MONTH = YearMonth.of(2025, 6);

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    EntityManager em;

    public void register(Map<String, Supplier<Integer>> c) {
        String chair = accounts.token("contract.grt.chair", Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        var today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.UPG, "SK-UJI/GRT/chair" + System.nanoTime() % 1_000_000_000L,
                today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest("contract.grt.chair", TeamRole.CHAIR, null, null))), null);
        String base = "/api/v1/statistics/monthly/" + MONTH;
        c.put("GET /api/v1/statistics/monthly/{month}", () -> given().auth().oauth2(chair).get(base).statusCode());
        c.put("PUT /api/v1/statistics/monthly/{month}/{channel}/narrative", () -> {
            reset();
            return narrative(chair);
        });
        c.put("POST /api/v1/statistics/monthly/{month}/{channel}/finalisation", () -> {
            reset();
            narrative(chair);
            return given().auth().oauth2(chair).post(base + "/GRT/finalisation").statusCode();
        });
        c.put("GET /api/v1/statistics/yearly/{year}",
                () -> given().auth().oauth2(chair).get("/api/v1/statistics/yearly/" + MONTH.getYear() + "?channel=GRT").statusCode());
        c.put("GET /api/v1/statistics/monthly/{month}/{channel}/tables/{table}.csv",
                () -> given().auth().oauth2(chair).get(base + "/GRT/tables/gratification.csv").statusCode());
        c.put("GET /api/v1/statistics/monthly/{month}/{channel}/tables/{table}.xlsx",
                () -> given().auth().oauth2(chair).get(base + "/GRT/tables/gratification.xlsx").statusCode());
    }

    private int narrative(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("obstacles", "Tidak ada kendala.", "followUpEvaluation", "Semua temuan ditindaklanjuti."))
                .put("/api/v1/statistics/monthly/" + MONTH + "/" + Channel.GRT + "/narrative").statusCode();
    }

    private void reset() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from monthly_report where month = :m and channel = 'GRT'")
                .setParameter("m", MONTH.atDay(1)).executeUpdate());
    }
}
