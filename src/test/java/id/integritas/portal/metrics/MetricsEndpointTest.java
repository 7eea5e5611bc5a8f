package id.integritas.portal.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casework.InboxQuery;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.support.TestClock;
import id.integritas.portal.system.OfficeDay;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 10 §4: /q/metrics on the management interface shows the portal's figures (reports filed per channel, tracking
 * lookups refused, outbox backlog and age, overdue cases per channel, pool usage, request rates by route template) and
 * nothing that identifies a report or a person: no tracking code, registration number, e-mail, address or client IP.
 */
@QuarkusTest
@Tag("persistence")
class MetricsEndpointTest {

    private static final Duration SHIFT = Duration.ofDays(90);
    private static final String EMAIL = "pelapor.metrik@example.org";
    private static final String ADDRESS = "Jalan Metrik Rahasia Nomor 77";

    @TestHTTPResource(value = "/metrics", management = true) // the management root is /q
    URL metrics;

    @Inject
    TestAccounts accounts;

    @Inject
    OperationalFigures figures;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    OfficeDay officeDay;

    @Test
    void scrapeShowsEveryFigureAndNothingPersonal() throws Exception {
        String before = scrape();
        double filedBefore = value(before, "portal_reports_filed_total", "channel=\"ADU\"");
        double unknownBefore = value(before, "portal_tracking_lookups_refused_total", "reason=\"unknown_code\"");
        double limitedBefore = value(before, "portal_tracking_lookups_refused_total", "reason=\"rate_limited\"");

        // a complaint with an e-mail and an address: its acknowledgement waits in the outbox (the sender is off in tests)
        String client = "203.0.113." + (10 + (int) (Math.random() * 200));
        Map<String, Object> complaint = new HashMap<>(Fixtures.complaint());
        complaint.put("reporter", Map.of("name", "Rina Metrik", "phone", "081234567890", "email", EMAIL, "address", ADDRESS));
        var filed = given().contentType(ContentType.JSON).accept(ContentType.JSON).header("X-Forwarded-For", client)
                .body(complaint).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        String trackingCode = filed.path("trackingCode");
        String number = filed.path("registrationNumber");
        // the positive case first: the code is real (it opens the case), so its absence from the scrape means something
        given().contentType(ContentType.JSON).header("X-Forwarded-For", client).body(Map.of("trackingCode", trackingCode))
                .post("/api/v1/tracking").then().statusCode(200);
        assertTrue(number.startsWith("ADU-"), number);

        // refused lookups: unknown codes until this client's limit, then one more (429)
        int limit = 10;
        for (int i = 1; i < limit; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                    .body(Map.of("trackingCode", "AAAA-BBBB-CCCC-DDDD-E")).post("/api/v1/tracking").then().statusCode(404);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(Map.of("trackingCode", trackingCode)).post("/api/v1/tracking").then().statusCode(429);

        // an officer opens the case by its number (a path with a registration number in it), and a path nobody serves
        String officer = accounts.token("metrics.officer", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        given().auth().oauth2(officer).get("/api/v1/cases/" + number).then().statusCode(200);
        given().get("/tidak-ada/" + trackingCode + "/" + number).then().statusCode(404);

        // the deadline of the new complaint has passed 90 days from now: recount there
        clock.shift(SHIFT);
        String after;
        LocalDate today;
        try {
            figures.refresh();
            today = officeDay.today();
            after = scrape();
        } finally {
            clock.reset();
        }

        assertEquals(filedBefore + 1, value(after, "portal_reports_filed_total", "channel=\"ADU\""), 0.0001);
        for (Channel ch : Channel.values()) {
            assertTrue(has(after, "portal_reports_filed_total", "channel=\"" + ch + "\""), ch + " filed series");
        }
        assertEquals(unknownBefore + limit - 1, value(after, "portal_tracking_lookups_refused_total", "reason=\"unknown_code\""),
                0.0001);
        assertEquals(limitedBefore + 1, value(after, "portal_tracking_lookups_refused_total", "reason=\"rate_limited\""),
                0.0001);

        // outbox: the gauge is the table's pending count and the age of its oldest pending row
        long pending = count("select count(*) from mail_outbox where state = 'PENDING'");
        assertTrue(pending >= 1, "the acknowledgement waits in the outbox");
        assertEquals(pending, value(after, "portal_mail_outbox_pending", ""), 0.0001);
        Instant oldest;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select min(created_at) from mail_outbox where state = 'PENDING'"); ResultSet r = s.executeQuery()) {
            r.next();
            oldest = r.getTimestamp(1).toInstant();
        }
        double age = value(after, "portal_mail_outbox_oldest_age_seconds", "");
        double expectedAge = Duration.between(oldest, Instant.now().plus(SHIFT)).toSeconds(); // scraped at the shifted time
        assertTrue(age >= 0 && Math.abs(age - expectedAge) < 60, "age " + age + " vs " + expectedAge);

        // overdue cases: the new complaint is among them, and each channel's gauge is the database's count
        assertTrue(count("select count(*) from report_case where registration_number = '" + number + "' and next_due_on < date '"
                + today + "'") == 1, "the new complaint is overdue 90 days on");
        for (Channel ch : Channel.values()) {
            long expected = count("select count(*) from report_case c where " + InboxQuery.OPEN_SQL + " and c.channel = '"
                    + ch + "' and c.next_due_on < date '" + today + "'");
            assertEquals(expected, value(after, "portal_cases_overdue", "channel=\"" + ch + "\""), 0.0001, ch.name());
        }
        assertTrue(value(after, "portal_cases_overdue", "channel=\"ADU\"") >= 1);

        // pool usage (Agroal)
        assertTrue(has(after, "agroal_active_count", "datasource=\"default\""), "pool gauges");
        assertTrue(has(after, "agroal_max_used_count", "datasource=\"default\""), "pool gauges");

        // requests by route template: the number and the code appear as a template or NOT_FOUND, never themselves
        assertTrue(has(after, "http_server_requests_seconds_count", "uri=\"/api/v1/cases/{registrationNumber}\""), "template");
        assertTrue(has(after, "http_server_requests_seconds_count", "uri=\"/api/v1/reports/complaints\""), "intake route");
        assertTrue(has(after, "http_server_requests_seconds_count", "uri=\"NOT_FOUND\""), "unmatched paths");
        assertTrue(has(after, "http_server_requests_seconds_count", "status=\"429\""), "refused lookups by status");

        // nothing personal anywhere in the scrape
        for (String secret : Set.of(trackingCode, trackingCode.replace("-", ""), number, EMAIL, ADDRESS, client, "Rina Metrik")) {
            assertFalse(after.contains(secret), "the scrape shows " + secret);
        }
        assertFalse(Pattern.compile("[A-Z]{3}-\\d{4}-\\d{6}").matcher(after).find(), "no registration number at all");
    }

    @Test
    void metricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static boolean has(String scrape, String name, String tag) {
        return scrape.lines().anyMatch(l -> l.startsWith(name + "{") && l.contains(tag));
    }

    /** The value of the one series of {@code name} whose labels contain {@code tag} ("" for an untagged gauge). */
    private static double value(String scrape, String name, String tag) {
        Pattern p = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = p.matcher(scrape);
        Double found = null;
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (labels.contains(tag)) {
                assertNull(found, "more than one series of " + name + " with " + tag);
                found = Double.parseDouble(m.group(2));
            }
        }
        assertNotNull(found, name + " " + tag + " in:\n" + scrape);
        return found;
    }
}
