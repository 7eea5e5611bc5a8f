package id.integritas.portal.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.account.Role;
import io.restassured.http.ContentType;

/**
 * The successful call of each public monthly summary operation, for the OpenAPI contract test (month 2024-02). The
 * test database is kept between runs, so the month may be published already: every preparation carries a reason
 * (ignored for version 1, required for a correction).
 */
@ApplicationScoped
public class PublicationCalls {

    static final String MONTH = "2024-02";

    @Inject
    TestAccounts accounts;

    public void register(Map<String, Supplier<Integer>> c) {
        String ppid = accounts.token("contract.ppid", Set.of(Role.PEGAWAI, Role.PPID), Set.of());
        String head = accounts.token("contract.head", Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        c.put("POST /api/v1/publications/monthly/{month}", () -> prepare(ppid).statusCode());
        c.put("POST /api/v1/publications/{id}/approval", () -> {
            long id = prepare(ppid).jsonPath().getLong("id");
            return given().auth().oauth2(head).post("/api/v1/publications/" + id + "/approval").statusCode();
        });
        c.put("POST /api/v1/publications/{id}/publication", () -> publish(ppid, head));
        c.put("GET /api/v1/publications", () -> given().auth().oauth2(ppid).get("/api/v1/publications?page=1").statusCode());
        c.put("GET /api/v1/publications/{id}", () -> {
            long id = prepare(ppid).jsonPath().getLong("id");
            return given().auth().oauth2(head).get("/api/v1/publications/" + id).statusCode();
        });
        c.put("GET /api/v1/public/monthly-summaries", () -> given().get("/api/v1/public/monthly-summaries").statusCode());
        c.put("GET /api/v1/public/monthly-summaries/{month}", () -> {
            publish(ppid, head);
            return given().get("/api/v1/public/monthly-summaries/" + MONTH).statusCode();
        });
    }

    private io.restassured.response.Response prepare(String ppid) {
        return given().auth().oauth2(ppid).contentType(ContentType.JSON).body("{\"reason\":\"Uji kontrak API\"}")
                .post("/api/v1/publications/monthly/" + MONTH);
    }

    private int publish(String ppid, String head) {
        long id = prepare(ppid).jsonPath().getLong("id");
        given().auth().oauth2(head).post("/api/v1/publications/" + id + "/approval").then().statusCode(200);
        return given().auth().oauth2(ppid).post("/api/v1/publications/" + id + "/publication").statusCode();
    }
}
