package id.integritas.portal.intake;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.AccountAdmin;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.Role;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The intake rules of the forms items, through the JSON API (the same rules serve the forms). */
@QuarkusTest
@Tag("persistence")
class IntakeRulesApiTest {

    @Inject
    AccountAdmin admin;

    @Inject
    AccountRepository accountRepository;

    @Inject
    TestAccounts accounts;

    @Test
    void suggestionsAndInformationRequestsNeedNoProblemTypeOrEventDateButComplaintsDo() {
        for (String classification : new String[] { "ASPIRASI", "PERMINTAAN_INFORMASI" }) {
            Map<String, Object> c = new HashMap<>(Fixtures.complaint());
            c.put("classification", classification);
            c.remove("problemTypeCode");
            c.remove("eventDate");
            json().body(c).post("/api/v1/reports/complaints").then().statusCode(201);
        }
        Map<String, Object> complaint = new HashMap<>(Fixtures.complaint());
        json().body(complaint).post("/api/v1/reports/complaints").then().statusCode(201);
        complaint.remove("problemTypeCode");
        complaint.remove("eventDate");
        json().body(complaint).post("/api/v1/reports/complaints").then().statusCode(400)
                .body("errors.find { it.field == 'problemTypeCode' }.code", is("required"))
                .body("errors.find { it.field == 'eventDate' }.code", is("required"));
    }

    @Test
    void protectionNeedsAnIdentitySoAnonymousTipsCannotAskForIt() {
        Map<String, Object> named = new HashMap<>(Fixtures.tip());
        named.put("identityMode", "RAHASIA");
        named.put("protectionRequested", true);
        json().body(named).post("/api/v1/reports/whistleblowing").then().statusCode(201);
        Map<String, Object> anonymous = new HashMap<>(Fixtures.tip());
        anonymous.put("protectionRequested", true);
        json().body(anonymous).post("/api/v1/reports/whistleblowing").then().statusCode(400)
                .body("errors.find { it.field == 'protectionRequested' }.code", is("protection_needs_identity"))
                .body("errors.find { it.field == 'protectionRequested' }.message", containsString("Rahasia"));
        anonymous.remove("identityMode"); // WBS defaults to ANONIM
        json().body(anonymous).post("/api/v1/reports/whistleblowing").then().statusCode(400)
                .body("errors.field", hasItem("protectionRequested"));
    }

    @Test
    void nonAsnStaffReportWithoutANipWhileCivilServantsStillNeedOne() {
        String token = tokenWithoutNip("honorer.api");
        Map<String, Object> g = new HashMap<>(Fixtures.gratification());
        g.put("reporter", Map.of("employmentType", "NON_ASN", "position", "Tenaga honorer", "workUnit", "Bidang Dafduk"));
        json().auth().oauth2(token).body(g).post("/api/v1/reports/gratifications").then().statusCode(201)
                .body("registrationNumber", startsWith("GRT-"));
        g.put("reporter", Map.of("employmentType", "PPPK", "position", "Staf", "workUnit", "Bidang Dafduk"));
        json().auth().oauth2(token).body(g).post("/api/v1/reports/gratifications").then().statusCode(400)
                .body("errors.find { it.field == 'reporter.nip' }.code", is("required"));
        g.put("reporter", Map.of("employmentType", "NON_ASN", "nip", "199001012020121001", "position", "Staf",
                "workUnit", "Bidang Dafduk"));
        json().auth().oauth2(token).body(g).post("/api/v1/reports/gratifications").then().statusCode(400)
                .body("errors.find { it.field == 'reporter.nip' }.code", is("nip_not_applicable"));
        g.put("reporter", Map.of("position", "Staf", "workUnit", "Bidang Dafduk"));
        json().auth().oauth2(token).body(g).post("/api/v1/reports/gratifications").then().statusCode(400)
                .body("errors.find { it.field == 'reporter.employmentType' }.code", is("required"));
        Map<String, Object> declaration = new HashMap<>(Fixtures.declaration());
        declaration.put("declarant", Map.of("employmentType", "NON_ASN", "position", "Tenaga honorer", "workUnit", "Bidang Dafduk"));
        json().auth().oauth2(token).body(declaration).post("/api/v1/reports/conflicts-of-interest").then().statusCode(201);
    }

    @Test
    void anIdentifiedReportWithNoContactIsAcceptedWithANotice() {
        Map<String, Object> reachable = new HashMap<>(Fixtures.complaint());
        json().body(reachable).post("/api/v1/reports/complaints").then().statusCode(201).body("notices", empty());
        Map<String, Object> unreachable = new HashMap<>(Fixtures.complaint());
        unreachable.remove("reporter");
        json().body(unreachable).post("/api/v1/reports/complaints").then().statusCode(201)
                .body("notices.code", contains("no_contact"))
                .body("notices[0].message", containsString("tidak dapat menghubungi"));
        Map<String, Object> nameOnly = new HashMap<>(Fixtures.complaint());
        nameOnly.put("reporter", Map.of("name", "Rina Warga"));
        json().header("Accept-Language", "en").body(nameOnly).post("/api/v1/reports/complaints").then().statusCode(201)
                .body("notices.code", contains("no_contact")).body("notices[0].message", containsString("cannot contact"));
        json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201).body("notices", empty());
    }

    private String tokenWithoutNip(String username) {
        if (accountRepository.findByUsername(username).isEmpty()) {
            admin.create(new AccountAdmin.NewAccount(username, "Honorer " + username, null, "Bidang Dafduk", "Tenaga honorer",
                    null, null, null, EnumSet.of(Role.PEGAWAI), TestAccounts.PASSWORD), null);
        }
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }
}
