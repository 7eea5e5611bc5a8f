package id.integritas.portal.monev;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The officer pages: record a meeting without JavaScript, field messages on a bad form, follow up a recommendation. */
@QuarkusTest
@Tag("persistence")
class MonevPagesTest {

    @Inject
    TestAccounts accounts;

    private String session(String username, Set<Role> roles, Set<Channel> channels) {
        return accounts.token(username, roles, channels);
    }

    @Test
    void recordAMeetingAndFollowItUp() {
        String cookie = session("monev.page.bkp", Set.of(Role.PETUGAS), Set.of(Channel.BKP));
        String html = given().cookie("portal_session", cookie).get("/petugas/monev").then().statusCode(200)
                .body(containsString("Catat rapat monev")).extract().asString();
        String csrf = Fixtures.tokenFrom(html);
        // a missing title comes back with the field's message and the other fields kept
        given().cookie("portal_session", cookie).contentType(ContentType.URLENC).formParam("_csrf", csrf)
                .formParam("channel", "BKP").formParam("heldOn", "2026-06-30").formParam("findings", "Temuan halaman")
                .post("/petugas/monev").then().statusCode(400).body(containsString("aria-invalid=\"true\""))
                .body(containsString("Temuan halaman"));
        String location = given().cookie("portal_session", cookie).contentType(ContentType.URLENC).formParam("_csrf", csrf)
                .formParam("channel", "BKP").formParam("heldOn", "2026-06-30").formParam("periodic", "true")
                .formParam("title", "Monev semester I").formParam("findings", "Temuan halaman")
                .formParam("participants", "monev.page.bkp").formParam("guests", "Ibu Rina; Inspektorat")
                .formParam("recommendations[0].text", "Sosialisasi pedoman").formParam("recommendations[0].ownerUsername", "monev.page.bkp")
                .formParam("recommendations[0].dueOn", "2026-08-31").redirects().follow(false).post("/petugas/monev").then()
                .statusCode(303).extract().header("Location");
        String page = given().cookie("portal_session", cookie).get(location).then().statusCode(200)
                .body(containsString("Monev semester I")).body(containsString("Ibu Rina (Inspektorat)"))
                .body(containsString("Belum ditindaklanjuti")).extract().asString();
        String recId = Fixtures.firstMatch("/petugas/monev/rekomendasi/(\\d+)/tindak-lanjut", page);
        String meetingId = location.replaceAll(".*/", "");
        given().cookie("portal_session", cookie).contentType(ContentType.URLENC).formParam("_csrf", Fixtures.tokenFrom(page))
                .formParam("meeting", meetingId).formParam("version", "0").formParam("status", "SELESAI").formParam("followUp", "")
                .post("/petugas/monev/rekomendasi/" + recId + "/tindak-lanjut").then().statusCode(400)
                .body(containsString("Wajib diisi"));
        given().cookie("portal_session", cookie).contentType(ContentType.URLENC).formParam("_csrf", Fixtures.tokenFrom(page))
                .formParam("meeting", meetingId).formParam("version", "0").formParam("status", "SELESAI")
                .formParam("followUp", "Sosialisasi 12 Juli").redirects().follow(false)
                .post("/petugas/monev/rekomendasi/" + recId + "/tindak-lanjut").then().statusCode(303);
        given().cookie("portal_session", cookie).get(location).then().statusCode(200)
                .body(containsString("Selesai ditindaklanjuti")).body(containsString("Sosialisasi 12 Juli"));
        // another team's officer sees none of it
        String other = session("monev.page.upg", Set.of(Role.PETUGAS), Set.of(Channel.GRT));
        given().cookie("portal_session", other).get(location).then().statusCode(403);
        given().cookie("portal_session", other).get("/petugas/monev").then().statusCode(200)
                .body(not(containsString("Monev semester I")));
        // the CoI team sees the register campaign page
        given().cookie("portal_session", cookie).get("/petugas/daftar-kepentingan").then().statusCode(200)
                .body(containsString("Kampanye daftar kepentingan pribadi"));
    }
}
