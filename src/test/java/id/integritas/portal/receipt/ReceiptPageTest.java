package id.integritas.portal.receipt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Item 12 (shown once, on the server) and the receipt text without the tracking code. */
@QuarkusTest
@Tag("persistence")
class ReceiptPageTest {

    @Inject
    ReceiptDisplay.PendingRepository pending;

    private static String submitForm() {
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        Response posted = given().redirects().follow(false).multiPart("_csrf", token).multiPart("classification", "PENGADUAN")
                .multiPart("subject", "Pelayanan lambat").multiPart("description", "Menunggu tiga jam di loket.")
                .multiPart("serviceCode", "KK").multiPart("problemTypeCode", "WAKTU_PENYELESAIAN")
                .multiPart("eventDate", "2026-11-03").multiPart("eventPlace", "Kantor Dinas").multiPart("identityMode", "RAHASIA")
                .post("/pengaduan");
        posted.then().statusCode(303);
        return posted.getCookie(ReceiptFlash.COOKIE);
    }

    @Test
    void replayingTheSameCookieDoesNotShowTheCodeAgain() {
        String cookie = submitForm();
        String first = given().cookie(ReceiptFlash.COOKIE, cookie).get("/tanda-terima").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
        String code = Fixtures.trackingCodeFrom(first);
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-.+"), "the first view shows the code");
        // The browser was told to drop the cookie, but a copy of it (another tab, an attacker, another instance)
        // still decrypts fine: the server must refuse it.
        String replay = given().cookie(ReceiptFlash.COOKIE, cookie).get("/tanda-terima").then().statusCode(200).extract()
                .asString();
        assertTrue(replay.contains("Tanda terima sudah ditampilkan"));
        assertFalse(replay.contains(code), "the tracking code is shown only once");
    }

    @Test
    void receiptTextCarriesNoTrackingCodeWhichIsShownBesideIt() {
        String page = given().cookie(ReceiptFlash.COOKIE, submitForm()).get("/tanda-terima").then().statusCode(200).extract()
                .asString();
        String code = Fixtures.trackingCodeFrom(page);
        Matcher text = Pattern.compile("<textarea id=\"receipt-text\"[^>]*>([^<]+)</textarea>").matcher(page);
        assertTrue(text.find(), "the receipt text is on the page");
        assertTrue(text.group(1).contains("ADU-") && text.group(1).contains("Nomor registrasi"), "the text states the receipt");
        assertFalse(text.group(1).contains(code), "the receipt text must not contain the secret code");
        assertFalse(text.group(1).contains("Kode pelacakan"));
        Matcher download = Pattern.compile("href=\"data:text/plain;charset=utf-8,([^\"]+)\"").matcher(page);
        assertTrue(download.find());
        String downloaded = URLDecoder.decode(download.group(1).replace("&#37;", "%"), StandardCharsets.UTF_8);
        assertTrue(downloaded.contains("ADU-"));
        assertFalse(downloaded.contains(code), "the downloadable receipt must not contain the code");
        // The downloaded text still verifies.
        given().contentType("application/json").body(java.util.Map.of("receipt", downloaded)).post("/api/v1/receipts/verify")
                .then().statusCode(200).body("valid", is(true)).body("differences", empty()).body("unverifiedLines", is(0));
    }

    @Test
    void expiredPendingReceiptsAreSweptWhenANewOneIsIssued() {
        QuarkusTransaction.requiringNew().run(() -> {
            ReceiptDisplay.Pending old = new ReceiptDisplay.Pending();
            old.idHash = "0".repeat(64);
            old.expiresAt = Instant.now().minusSeconds(60);
            pending.persist(old);
        });
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> pending.count("idHash", "0".repeat(64))));
        submitForm();
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> pending.count("idHash", "0".repeat(64))));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> pending.count()) >= 1, "the new receipt is pending");
    }
}
