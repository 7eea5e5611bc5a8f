package id.integritas.portal.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Language choice, the layout's head and footer on every public and error page, WIB times, favicon. */
@QuarkusTest
@Tag("persistence")
class LanguageAndLayoutTest {

    static final List<String> PUBLIC_PAGES = List.of("/", "/pengaduan", "/wbs", "/lacak", "/masuk", "/tanda-terima",
            "/tanda-terima/periksa");
    static final String ENGLISH_BROWSER = "en-US,en;q=0.9";

    @Test
    void aBrowserSetToEnglishStillGetsIndonesianAndNoCookie() {
        for (String path : PUBLIC_PAGES) {
            Response r = given().header("Accept-Language", ENGLISH_BROWSER).get(path);
            r.then().statusCode(200).body(containsString("<html lang=\"id\">"))
                    .body(containsString("Lacak laporan"));
            assertFalse(r.getHeaders().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lang=")),
                    "no language cookie while Indonesian is used: " + path);
        }
        given().header("Accept-Language", ENGLISH_BROWSER).cookie("lang", "en").get("/pengaduan").then()
                .body(containsString("<html lang=\"en\">")).body(containsString("Public complaint"));
    }

    @Test
    void choosingEnglishStaysOnThePageAndIsRemembered() {
        String link = given().get("/wbs").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("href=\"(/bahasa\\?lang=en&amp;ke=[^\"]+)\"").matcher(link);
        assertTrue(m.find(), "the language link names the page it is on");
        String href = m.group(1).replace("&amp;", "&");
        assertEquals("/bahasa?lang=en&ke=%2Fwbs", href);

        Response chosen = given().urlEncodingEnabled(false).redirects().follow(false).get(href);
        chosen.then().statusCode(303).header("Location", endsWith("/wbs")).cookie("lang", "en");
        String cookie = chosen.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("lang=")).findFirst()
                .orElseThrow();
        assertTrue(cookie.startsWith("lang=en;"), "the cookie holds only the language: " + cookie);
        assertTrue(cookie.contains("Max-Age="), "remembered across visits: " + cookie);

        given().cookie("lang", "en").get("/wbs").then().body(containsString("<html lang=\"en\">"))
                .body(containsString("href=\"/bahasa?lang=id&amp;ke=%2Fwbs\""))
                .body(containsString(">Bahasa Indonesia</a>"));
    }

    @Test
    void choosingIndonesianRemovesTheCookieAndStaysOnThePage() {
        Response back = given().urlEncodingEnabled(false).redirects().follow(false).cookie("lang", "en").get("/bahasa?lang=id&ke=%2Flacak");
        back.then().statusCode(303).header("Location", endsWith("/lacak"));
        String cookie = back.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("lang=")).findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("Max-Age=0") || cookie.contains("Expires=Thu, 01 Jan 1970"), cookie);
    }

    @Test
    void theLanguageLinkNeverLeadsToAnotherSite() {
        given().urlEncodingEnabled(false).redirects().follow(false).get("/bahasa?lang=en&ke=%2Fpengaduan").then().statusCode(303)
                .header("Location", endsWith("/pengaduan"));
        for (String target : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            String location = given().redirects().follow(false).queryParam("lang", "en").queryParam("ke", target)
                    .get("/bahasa").then().statusCode(303).extract().header("Location");
            assertFalse(location.contains("evil") || location.contains("javascript"), location);
            assertTrue(location.endsWith("/"), location);
        }
    }

    @Test
    void notFoundAndServerErrorPagesKeepTheSiteHeaderAndFooter() {
        given().get("/halaman-yang-tidak-ada").then().statusCode(404).contentType(containsString("text/html"))
                .body(startsWith("<!DOCTYPE html>")).body(containsString("<html lang=\"id\">"))
                .body(containsString("class=\"site-header\"")).body(containsString("class=\"site-footer\""))
                .body(containsString("Yang Anda cari tidak ada.")).body(containsString("<title>Tidak ditemukan ·"))
                .body(containsString("rel=\"icon\"")).body(containsString("name=\"robots\" content=\"noindex\""));
        given().get("/uji-gagal").then().statusCode(500).contentType(containsString("text/html"))
                .body(containsString("class=\"site-header\"")).body(containsString("class=\"site-footer\""))
                .body(containsString("Terjadi kesalahan di sisi kami"))
                .body(containsString("anggap laporan itu belum terkirim")).body(not(containsString("deliberate")));
        given().cookie("lang", "en").get("/halaman-yang-tidak-ada").then().statusCode(404)
                .body(containsString("<html lang=\"en\">")).body(containsString("class=\"site-footer\""))
                .body(containsString("What you asked for does not exist."));
    }

    @Test
    void everyPublicPageHasTheHeadASearchEngineNeeds() {
        for (String lang : List.of("id", "en")) {
            for (String path : PUBLIC_PAGES) {
                String html = given().cookie("lang", lang).get(path).then().statusCode(200).extract().asString();
                assertTrue(html.startsWith("<!DOCTYPE html>"), path);
                assertTrue(html.contains("<html lang=\"" + lang + "\">"), path);
                assertTrue(html.contains("<meta charset=\"utf-8\">"), path);
                assertTrue(html.contains("<meta name=\"viewport\""), path);
                Matcher d = Pattern.compile("<meta name=\"description\" content=\"([^\"]*)\">").matcher(html);
                assertTrue(d.find(), "meta description on " + path);
                assertTrue(d.group(1).length() >= 50 && !d.group(1).contains("??"), path + ": " + d.group(1));
                assertTrue(html.contains("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">"), path);
                assertFalse(html.contains("noindex"), "public pages are indexable: " + path);
                Matcher a = Pattern.compile("<a [^>]*>([^<]*)</a>").matcher(html);
                int links = 0;
                while (a.find()) {
                    links++;
                    String text = a.group(1).trim().toLowerCase();
                    assertFalse(List.of("", "di sini", "klik di sini", "selengkapnya", "here", "click here", "more",
                            "read more", "link").contains(text), "link text \"" + text + "\" on " + path);
                }
                assertTrue(links >= 3, path);
            }
        }
    }

    @Test
    void faviconAndRobotsAreServed() {
        given().get("/static/favicon.svg").then().statusCode(200).contentType(containsString("svg"))
                .body(containsString("<svg"));
        byte[] ico = given().get("/favicon.ico").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(new byte[] { 0, 0, 1, 0 }, java.util.Arrays.copyOf(ico, 4), "an ICO file");
        given().get("/robots.txt").then().statusCode(200).contentType(containsString("text/plain"))
                .body(startsWith("User-agent: *")).body(not(containsString("Disallow: /\n")));
    }

    @Test
    void receiptAndTrackingShowOfficeTimeWithWib() {
        String token = Fixtures.tokenFrom(given().get("/pengaduan").asString());
        Response posted = given().redirects().follow(false).multiPart("_csrf", token).multiPart("classification", "PENGADUAN")
                .multiPart("subject", "Antrean lambat").multiPart("description", "Menunggu lama di loket.")
                .multiPart("serviceCode", "KK").multiPart("problemTypeCode", "WAKTU_PENYELESAIAN")
                .multiPart("eventDate", "2026-11-03").multiPart("eventPlace", "Kantor Dinas").multiPart("identityMode", "ANONIM")
                .post("/pengaduan");
        posted.then().statusCode(303);
        String receipt = given().cookie("portal_receipt", posted.getCookie("portal_receipt")).get("/tanda-terima").asString();
        Pattern wib = Pattern.compile("\\d{1,2} [A-Z][a-z]+ 20\\d\\d \\d\\d\\.\\d\\d WIB");
        assertTrue(wib.matcher(receipt).find(), "receipt time in WIB");
        Matcher code = Pattern.compile("data-testid=\"tracking-code\">([^<]+)<").matcher(receipt);
        assertTrue(code.find());
        String lookup = given().get("/lacak").asString();
        String tracked = given().header("X-Forwarded-For", Fixtures.clientAddress().split(",")[1])
                .formParams(Map.of("_csrf", Fixtures.tokenFrom(lookup), "trackingCode", code.group(1).trim()))
                .post("/lacak").then().statusCode(200).extract().asString();
        assertTrue(tracked.contains("id=\"public-status\""), "the case is shown");
        assertTrue(wib.matcher(tracked).find(), "history time in WIB");
    }

    @Test
    void theDevelopmentKeysFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("embedded-postgres.url."))
                .map(n -> Path.of(n.substring("embedded-postgres.url.".length()), "dev-secrets.properties"))
                .filter(Files::exists).findFirst().orElseThrow(() -> new AssertionError("test keys file not found"));
        assertTrue(Files.readString(file).contains("portal.crypto.form-key"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
