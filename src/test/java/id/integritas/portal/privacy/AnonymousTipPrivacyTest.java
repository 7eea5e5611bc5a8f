package id.integritas.portal.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.DatabaseScan;
import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An anonymous tip through the real HTML form, from a distinctive address and user agent: neither may appear in
 * any table or in the log output, and the pages set no identifying cookie.
 */
@QuarkusTest
@Tag("persistence")
class AnonymousTipPrivacyTest {

    static final String ADDRESS = "192.0.2.187";
    static final String AGENT = "PrivacyProbe/7.3 (unique-agent-4f9c1e)";

    @Inject
    DataSource dataSource;

    @Test
    void anonymousTipLeavesNoAddressUserAgentOrCookie() throws Exception {
        Response page = given().header("X-Forwarded-For", ADDRESS).header("User-Agent", AGENT).get("/wbs");
        page.then().statusCode(200).body(containsString("name=\"identityMode\" value=\"ANONIM\" checked"));
        assertTrue(page.getHeaders().getValues("Set-Cookie").isEmpty(), "the WBS page sets no cookie");
        String token = Fixtures.tokenFrom(page.asString());

        Response posted = given().redirects().follow(false).header("X-Forwarded-For", ADDRESS).header("User-Agent", AGENT)
                .multiPart("_csrf", token).multiPart("identityMode", "ANONIM").multiPart("categoryCode", "PUNGUTAN_LIAR")
                .multiPart("what", "Diminta uang tambahan").multiPart("where", "Loket 1").multiPart("whenFrom", "2026-11-01")
                .multiPart("persons[0].name", "Inisial QR").multiPart("persons[0].position", "").multiPart("how", "Secara langsung")
                .post("/wbs");
        posted.then().statusCode(303).header("Location", endsWith("/tanda-terima"));
        List<String> cookies = posted.getHeaders().getValues("Set-Cookie");
        assertEquals(1, cookies.size(), "only the one-time receipt cookie");
        assertTrue(cookies.get(0).startsWith("portal_receipt=") && cookies.get(0).contains("Path=/tanda-terima")
                && cookies.get(0).contains("HttpOnly") && cookies.get(0).contains("Max-Age=600"), cookies.get(0));

        String receiptCookie = cookies.get(0).substring("portal_receipt=".length(), cookies.get(0).indexOf(';'));
        Response receipt = given().header("X-Forwarded-For", ADDRESS).header("User-Agent", AGENT)
                .cookie("portal_receipt", receiptCookie).get("/tanda-terima");
        receipt.then().statusCode(200).body(containsString("WBS-")).header("Cache-Control", is("no-store"));
        String code = Fixtures.trackingCodeFrom(receipt.asString());
        given().header("X-Forwarded-For", ADDRESS).header("User-Agent", AGENT).formParam("_csrf", token)
                .formParam("trackingCode", code).post("/lacak").then().statusCode(200).body(containsString("Diterima"));

        for (String needle : List.of(ADDRESS, "unique-agent-4f9c1e", "PrivacyProbe")) {
            assertEquals(List.of(), DatabaseScan.tablesContaining(dataSource, needle), needle + " stored in the database");
        }
        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertTrue(log.contains("\"POST /wbs\""), "the access log is captured in this file");
        assertFalse(log.contains(ADDRESS), "client address in the log");
        assertFalse(log.contains("unique-agent-4f9c1e"), "user agent in the log");
        assertFalse(log.contains(code), "tracking code in the log");
        assertFalse(log.contains("Diminta uang tambahan"), "report content in the log");
    }

    /** Query strings carry officers' reasons (identity views), filters and searches: the access log keeps the path only. */
    @Test
    void theAccessLogKeepsNoQueryString() throws Exception {
        given().get("/hitung-tenggat?start=2026-03-17&workingDays=3&catatan=QueryProbe77").then().statusCode(200);
        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertTrue(log.contains("\"GET /hitung-tenggat\""), "the request is in the access log, by its path");
        assertFalse(log.contains("QueryProbe77"), "a query string in the access log");
    }
}
