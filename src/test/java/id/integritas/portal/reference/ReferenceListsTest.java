package id.integritas.portal.reference;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("persistence")
class ReferenceListsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    CaseRepository cases;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    private static Map<String, Object> option(String labelId, boolean active, LocalDate from) {
        Map<String, Object> m = new HashMap<>(Map.of("labelId", labelId, "labelEn", labelId + " (en)", "sortOrder", 500,
                "active", active));
        if (from != null) {
            m.put("effectiveFrom", from.toString());
        }
        return m;
    }

    @Test
    void anyoneCanLearnTheListsAndTheCodesInForce() {
        json().get("/api/v1/reference-lists").then().statusCode(200)
                .body("name", contains("SERVICE", "PROBLEM_TYPE", "WBS_CATEGORY", "GIFT_OCCASION"))
                .body("find { it.name == 'SERVICE' }.usedBy", hasItem("ComplaintRequest.serviceCode"));
        json().get("/api/v1/reference-lists/SERVICE").then().statusCode(200).body("name", is("SERVICE"))
                .body("options.code", hasItems("KTP_EL", "KK", "LAINNYA"))
                .body("options.find { it.code == 'KK' }.labelId", is("Kartu Keluarga (KK)"));
        json().get("/api/v1/reference-lists/gift_occasion").then().statusCode(200).body("options.code", hasItem("HARI_RAYA"));
        json().get("/api/v1/reference-lists/NOPE").then().statusCode(404).contentType("application/problem+json");
        json().get("/api/v1/reference-lists/SERVICE?on=kemarin").then().statusCode(400);
    }

    @Test
    void openApiSaysWhichListEachCodeFieldTakes() {
        var spec = given().accept("application/json").get("/q/openapi").then().statusCode(200);
        spec.body("components.schemas.ComplaintRequest.properties.serviceCode.description",
                containsString("/api/v1/reference-lists/SERVICE"))
                .body("components.schemas.ComplaintRequest.properties.problemTypeCode.description",
                        containsString("/api/v1/reference-lists/PROBLEM_TYPE"))
                .body("components.schemas.WhistleblowingRequest.properties.categoryCode.description",
                        containsString("/api/v1/reference-lists/WBS_CATEGORY"))
                .body("components.schemas.GratificationRequest.properties.occasionCode.description",
                        containsString("/api/v1/reference-lists/GIFT_OCCASION"))
                .body("paths", hasKey("/api/v1/reference-lists/{name}"));
    }

    @Test
    void onlyAdministratorsChangeTheLists() {
        json().body(option("X", true, null)).put("/api/v1/admin/reference-lists/SERVICE/options/X_NOBODY").then()
                .statusCode(401);
        String employee = accounts.token("pegawai.refs", Set.of(Role.PEGAWAI), Set.of());
        json().auth().oauth2(employee).body(option("X", true, null)).put("/api/v1/admin/reference-lists/SERVICE/options/X_NOBODY")
                .then().statusCode(403);
        json().get("/api/v1/reference-lists/SERVICE").then().body("options.code", not(hasItem("X_NOBODY")));
    }

    @Test
    void anOptionAddedOrWithdrawnAppliesFromItsDateAndCasesKeepTheirCodes() {
        String admin = accounts.token("admin.refs", Set.of(Role.ADMIN), Set.of());
        // Added today: offered and accepted at once (this instance's cache is refreshed).
        json().auth().oauth2(admin).body(option("Layanan uji", true, null))
                .put("/api/v1/admin/reference-lists/SERVICE/options/LAYANAN_UJI").then().statusCode(200)
                .body("effectiveFrom", is(today().toString()));
        json().get("/api/v1/reference-lists/SERVICE").then().body("options.code", hasItem("LAYANAN_UJI"));
        Map<String, Object> complaint = new HashMap<>(Fixtures.complaint());
        complaint.put("serviceCode", "LAYANAN_UJI");
        String number = json().body(complaint).post("/api/v1/reports/complaints").then().statusCode(201).extract()
                .path("registrationNumber");

        // Withdrawn from tomorrow: still in force today, gone on tomorrow's list.
        LocalDate tomorrow = today().plusDays(1);
        json().auth().oauth2(admin).body(option("Layanan uji", false, tomorrow))
                .put("/api/v1/admin/reference-lists/SERVICE/options/LAYANAN_UJI").then().statusCode(200);
        json().get("/api/v1/reference-lists/SERVICE").then().body("options.code", hasItem("LAYANAN_UJI"));
        json().get("/api/v1/reference-lists/SERVICE?on=" + tomorrow).then().body("options.code", not(hasItem("LAYANAN_UJI")))
                .body("options.code", hasItem("KK"));

        // Withdrawn from today: refused for new reports; the filed case keeps its code.
        json().auth().oauth2(admin).body(option("Layanan uji", false, null))
                .put("/api/v1/admin/reference-lists/SERVICE/options/LAYANAN_UJI").then().statusCode(200);
        json().get("/api/v1/reference-lists/SERVICE").then().body("options.code", not(hasItem("LAYANAN_UJI")));
        json().body(complaint).post("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors.find { it.field == 'serviceCode' }.code", is("unknown_option"));
        assertEquals("LAYANAN_UJI", QuarkusTransaction.requiringNew()
                .call(() -> cases.findByRegistrationNumber(number).orElseThrow().serviceCode));

        json().auth().oauth2(admin).get("/api/v1/admin/reference-lists/SERVICE?size=200").then().statusCode(200)
                .body("findAll { it.code == 'LAYANAN_UJI' }.size()", is(2));
    }

    @Test
    void changesAreCheckedAndNeverRetroactive() {
        String admin = accounts.token("admin.refs.checks", Set.of(Role.ADMIN), Set.of());
        json().auth().oauth2(admin).body(option("Kemarin", true, today().minusDays(1)))
                .put("/api/v1/admin/reference-lists/PROBLEM_TYPE/options/UJI_KEMARIN").then().statusCode(400)
                .body("errors.find { it.field == 'effectiveFrom' }.code", is("effective_in_past"));
        json().auth().oauth2(admin).body(option("Kode salah", true, null))
                .put("/api/v1/admin/reference-lists/PROBLEM_TYPE/options/kode-salah").then().statusCode(400)
                .body("errors.find { it.field == 'code' }.code", is("reference_code"));
        json().auth().oauth2(admin).body(Map.of("labelEn", "x", "sortOrder", 1, "active", true))
                .put("/api/v1/admin/reference-lists/PROBLEM_TYPE/options/TANPA_LABEL").then().statusCode(400)
                .body("errors.find { it.field == 'labelId' }.code", is("required"));
        json().auth().oauth2(admin).body(option("X", true, null)).put("/api/v1/admin/reference-lists/NOPE/options/X").then()
                .statusCode(404);
    }

    @Test
    void theAdminPageShowsTheListAndAddsAnOption() {
        String admin = accounts.token("admin.refs.page", Set.of(Role.ADMIN), Set.of());
        String html = given().cookie("portal_session", admin).get("/admin/daftar-pilihan?list=GIFT_OCCASION").then()
                .statusCode(200).body(containsString("HARI_RAYA")).extract().asString();
        given().redirects().follow(false).cookie("portal_session", admin).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Fixtures.tokenFrom(html)).formParam("list", "GIFT_OCCASION").formParam("code", "UJI_HALAMAN")
                .formParam("labelId", "Peristiwa uji").formParam("labelEn", "Test occasion").formParam("sortOrder", "900")
                .formParam("active", "true").formParam("effectiveFrom", today().toString()).post("/admin/daftar-pilihan").then()
                .statusCode(303).header("Location", endsWith("/admin/daftar-pilihan?list=GIFT_OCCASION"));
        json().get("/api/v1/reference-lists/GIFT_OCCASION").then().body("options.code", hasItem("UJI_HALAMAN"));
        given().cookie("portal_session", admin).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Fixtures.tokenFrom(html)).formParam("list", "GIFT_OCCASION").formParam("code", "UJI_HALAMAN")
                .formParam("labelId", "").formParam("labelEn", "Test").formParam("sortOrder", "900")
                .formParam("effectiveFrom", today().toString()).post("/admin/daftar-pilihan").then().statusCode(400)
                .body(containsString("href=\"#f-labelId\">Label (Bahasa Indonesia): Wajib diisi.</a>"));
        String employee = accounts.token("pegawai.refs.page", Set.of(Role.PEGAWAI), Set.of());
        given().redirects().follow(false).cookie("portal_session", employee).get("/admin/daftar-pilihan").then()
                .statusCode(anyOf(is(403), is(303)));
    }
}
