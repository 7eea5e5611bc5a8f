package id.integritas.portal.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.publication.render.SummaryRenderer;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.system.PortalConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The public monthly summary end to end on a seeded past month (a random month of 2001–2019, so earlier runs of the
 * kept test database do not touch it): figures against an independent count, suppression in the JSON and CSV, the
 * workflow's roles and order, immutability (API and database trigger), a correction as version 2 with its history,
 * the public addresses (no cookie, caching, framing only for the embeddable page), 404 for unpublished months.
 */
@QuarkusTest
@Tag("persistence")
class PublicationsTest {

    static final YearMonth MONTH = YearMonth.of(2001 + ThreadLocalRandom.current().nextInt(19),
            1 + ThreadLocalRandom.current().nextInt(12));
    static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    EntityManager em;

    @Inject
    TestAccounts accounts;

    @Inject
    PortalConfig config;

    Instant at(int d, int h) {
        return MONTH.atDay(d).atTime(h, 0).atZone(ZoneId.of(config.office().timeZone())).toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    long kase(String channel, String status, Instant submitted, String... events) {
        String no = channel + "-PB" + (System.nanoTime() % 100_000_000L) + SEQ.incrementAndGet();
        long id = ((Number) em.createNativeQuery("""
                insert into report_case (channel, registration_number, tracking_hash, status, identity_mode, intake_medium,
                    submitted_at, updated_at, content, content_digest, digest_version)
                values (:ch, :no, decode(md5(:no), 'hex'), :st, 'RAHASIA', 'WEB', cast(:at as timestamptz),
                    cast(:at as timestamptz), decode('00', 'hex'), md5(:no), 1) returning id""")
                .setParameter("ch", channel).setParameter("no", no).setParameter("st", status)
                .setParameter("at", utc(submitted)).getSingleResult()).longValue();
        Instant t = submitted;
        for (String e : events) {
            em.createNativeQuery("insert into case_event (case_id, occurred_at, status, public_status) "
                    + "values (:c, cast(:at as timestamptz), :s, 'DITERIMA')").setParameter("c", id)
                    .setParameter("at", utc(t)).setParameter("s", e).executeUpdate();
            t = t.plusSeconds(3600);
        }
        return id;
    }

    void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            // ADU: finished, in process, archived (not for follow-up)
            kase("ADU", "SELESAI", at(2, 9), "MENUNGGU_VERIFIKASI", "TERVERIFIKASI", "DIPROSES", "DITANGGAPI", "SELESAI");
            kase("ADU", "DIPROSES", at(3, 9), "MENUNGGU_VERIFIKASI", "TERVERIFIKASI", "DIPROSES");
            kase("ADU", "DIPROSES", at(4, 9), "MENUNGGU_VERIFIKASI", "TERVERIFIKASI", "DIPROSES");
            kase("ADU", "DIARSIPKAN", at(5, 9), "MENUNGGU_VERIFIKASI", "DIARSIPKAN");
            // WBS: one tip closed (1: hidden), four still received (shown)
            kase("WBS", "DITUTUP", at(6, 9), "DITERIMA", "VERIFIKASI", "DITUTUP");
            for (int i = 0; i < 4; i++) {
                kase("WBS", "DITERIMA", at(7 + i, 9), "DITERIMA");
            }
            // GRT: one report (every figure 1: hidden)
            kase("GRT", "DITERIMA_UPG", at(8, 9), "DITERIMA_UPG");
        });
    }

    /** The independent count: every seeded case was received in the month and moved only within it. */
    Map<String, Long> statusCounts(String channel) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select status, count(*) from report_case where channel = :ch
                  and submitted_at >= cast(:s as timestamptz) and submitted_at < cast(:e as timestamptz) group by status""")
                .setParameter("ch", channel).setParameter("s", utc(at(1, 0)))
                .setParameter("e", utc(MONTH.plusMonths(1).atDay(1).atStartOfDay(ZoneId.of(config.office().timeZone())).toInstant()))
                .getResultList();
        Map<String, Long> out = new TreeMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static String path(YearMonth m) {
        return "/laporan-bulanan/%04d/%02d".formatted(m.getYear(), m.getMonthValue());
    }

    Response prepare(String token, YearMonth m, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}").post("/api/v1/publications/monthly/" + m);
    }

    @Test
    void aMonthGoesFromDraftToPublishedAndIsCorrectedAsVersionTwo() throws Exception {
        seed();
        String ppid = accounts.token("pub.ppid", Set.of(Role.PEGAWAI, Role.PPID), Set.of());
        String head = accounts.token("pub.head", Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        String officer = accounts.token("pub.officer", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        YearMonth current = YearMonth.now(ZoneId.of(config.office().timeZone()));

        // only a month that has ended; only the PPID prepares
        prepare(ppid, current, null).then().statusCode(409).contentType(startsWith("application/problem+json"));
        prepare(ppid, current.plusMonths(2), null).then().statusCode(409);
        prepare(ppid, MONTH, null).then().statusCode(201); // replaced below: a draft may be prepared again
        given().auth().oauth2(ppid).contentType(ContentType.JSON).body("{}").post("/api/v1/publications/monthly/2020-13")
                .then().statusCode(400);
        prepare(officer, MONTH, null).then().statusCode(403);
        prepare(head, MONTH, null).then().statusCode(403);

        Response drafted = prepare(ppid, MONTH, null);
        drafted.then().statusCode(201).body("state", equalTo("DRAFT")).body("version", equalTo(1))
                .body("correctionReason", nullValue());
        long id = drafted.jsonPath().getLong("id");
        // the draft shows the officers what was hidden and why
        given().auth().oauth2(head).get("/api/v1/publications/" + id).then().statusCode(200)
                .body("content.channels.WBS.finished", equalTo("<3"))
                .body("content.channels.WBS.received", equalTo(5))
                .body("content.channels.GRT.received", equalTo("<3"))
                .body("suppression.WBS.find { it.cell == 'finished' }.kind", equalTo("PRIMARY"))
                .body("suppression.GRT.find { it.cell == 'received' }.kind", equalTo("PRIMARY"));
        given().auth().oauth2(officer).get("/api/v1/publications/" + id).then().statusCode(403);
        given().auth().oauth2(ppid).get("/api/v1/publications?page=1").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.state", equalTo("DRAFT"));
        given().auth().oauth2(ppid).get("/api/v1/publications?page=x").then().statusCode(400);

        // order and roles
        given().auth().oauth2(ppid).post("/api/v1/publications/" + id + "/publication").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("type", containsString("publication-out-of-order"));
        given().auth().oauth2(ppid).post("/api/v1/publications/" + id + "/approval").then().statusCode(403);
        given().auth().oauth2(head).post("/api/v1/publications/" + id + "/approval").then().statusCode(200)
                .body("state", equalTo("APPROVED")).body("approvedBy", equalTo("pub.head"));
        given().auth().oauth2(head).post("/api/v1/publications/" + id + "/approval").then().statusCode(409);
        given().auth().oauth2(head).post("/api/v1/publications/" + id + "/publication").then().statusCode(403);
        Response published = given().auth().oauth2(ppid).post("/api/v1/publications/" + id + "/publication");
        published.then().statusCode(200).body("state", equalTo("PUBLISHED")).body("publishedBy", equalTo("pub.ppid"));
        String sha1 = published.jsonPath().getString("jsonSha256");
        given().auth().oauth2(ppid).post("/api/v1/publications/" + id + "/publication").then().statusCode(409);
        given().auth().oauth2(head).post("/api/v1/publications/" + id + "/approval").then().statusCode(409);
        given().auth().oauth2(ppid).post("/api/v1/publications/99999999/publication").then().statusCode(404);
        assertEquals(3L, audits(id), "drafted, approved, published: each audited");

        // open data: the stored bytes, hidden cells as "<3", figures as the independent count says
        Response json = given().get("/api/v1/public/monthly-summaries/" + MONTH);
        json.then().statusCode(200).contentType(startsWith("application/json")).header("Set-Cookie", nullValue())
                .header("ETag", equalTo("\"" + sha1 + "\"")).header("Cache-Control", containsString("public"));
        assertEquals(sha1, sha256(json.asByteArray()), "the published hash is the file's");
        JsonNode doc = new ObjectMapper().readTree(json.asByteArray());
        assertEquals(MONTH.toString(), doc.get("month").asText());
        assertEquals(1, doc.get("version").asInt());
        assertEquals(List.of("ADU", "GRT", "WBS", "BKP"), iterate(doc.get("channels")));
        for (String ch : List.of("ADU", "WBS", "GRT", "BKP")) {
            JsonNode c = doc.get("channels").get(ch);
            Map<String, Long> count = statusCounts(ch);
            long received = count.values().stream().mapToLong(Long::longValue).sum();
            long open = count.entrySet().stream().filter(e -> !WorkflowStatus.of(Channel.valueOf(ch), e.getKey()).closed())
                    .mapToLong(Map.Entry::getValue).sum();
            long finished = count.entrySet().stream().filter(e -> Set.of("SELESAI", "DITUTUP").contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            expect(c.get("received"), received, ch + " received");
            expect(c.get("inProcess"), open, ch + " inProcess");
            expect(c.get("finished"), finished, ch + " finished");
            for (var e : count.entrySet()) {
                expect(c.get("statusAtMonthEnd").get(e.getKey()), e.getValue(), ch + " " + e.getKey());
            }
            for (String field : List.of("received", "finished", "inProcess", "finishedPercent", "onTimePercent")) {
                assertTrue(c.has(field), ch + " has " + field);
            }
        }
        assertEquals("<3", doc.get("channels").get("WBS").get("finished").asText());
        assertTrue(doc.get("channels").get("WBS").get("finishedPercent").isNull(), "a percentage of a hidden cell is null");
        assertEquals(4, doc.get("channels").get("WBS").get("statusAtMonthEnd").get("DITERIMA").asInt());
        assertEquals(33.3, doc.get("channels").get("ADU").get("finishedPercent").asDouble(), "1 of 3 to follow up");
        assertTrue(doc.get("channels").get("ADU").has("improvements"));
        String text = new String(json.asByteArray());
        assertFalse(text.contains("ADU-PB") || text.contains("WBS-PB") || text.contains("relation"), "no case numbers, no notes");

        String csv = given().accept("text/csv").get("/api/v1/public/monthly-summaries/" + MONTH).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith(OpenDataCsv.HEADER + "\r\n"), csv);
        assertTrue(csv.contains(MONTH + ",1,WBS,finished,<3\r\n"), csv);
        assertTrue(csv.contains(MONTH + ",1,WBS,received,5\r\n"), csv);
        assertTrue(csv.contains(MONTH + ",1,WBS,finishedPercent,\r\n"), csv);
        given().get("/api/v1/public/monthly-summaries").then().statusCode(200)
                .body("items.find { it.month == '" + MONTH + "' }.version", equalTo(1))
                .body("items.find { it.month == '" + MONTH + "' }.sha256", equalTo(sha1));
        given().get("/api/v1/public/monthly-summaries/" + MONTH.plusMonths(1)).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/v1/public/monthly-summaries/" + MONTH + "?version=7").then().statusCode(404);
        given().header("If-None-Match", "\"" + sha1 + "\"").get("/api/v1/public/monthly-summaries/" + MONTH).then()
                .statusCode(304);

        // the public pages: stored bytes, no cookie, framing only for the embeddable page
        Response page = given().get(path(MONTH));
        page.then().statusCode(200).contentType(startsWith("text/html")).header("Set-Cookie", nullValue())
                .header("X-Frame-Options", equalTo("DENY")).header("Cache-Control", containsString("public"));
        assertEquals(stored(id, "page_sha256"), sha256(page.asByteArray()), "the page is served as stored");
        assertEquals("\"" + stored(id, "page_sha256") + "\"", page.header("ETag"));
        var embed = given().get(path(MONTH) + "/sematan").then().statusCode(200).header("Set-Cookie", nullValue())
                .header("X-Frame-Options", nullValue()).extract().headers();
        assertEquals(1, embed.getValues("Content-Security-Policy").size());
        assertTrue(embed.getValue("Content-Security-Policy").contains("frame-ancestors *"));
        assertFalse(embed.getValue("Content-Security-Policy").contains("frame-ancestors 'none'"));
        // The embed's own policy lets its one inline style apply (by hash) and nothing else.
        assertEquals(SummaryRenderer.EMBED_CONTENT_SECURITY_POLICY,
                embed.getValue("Content-Security-Policy"));
        var pageHeaders = given().get(path(MONTH)).then().extract().headers();
        assertEquals(List.of("public, max-age=300"), pageHeaders.getValues("Cache-Control"), "no no-store left over");
        assertTrue(pageHeaders.getValue("Content-Security-Policy").contains("frame-ancestors 'none'"));
        // PDF and PNG: stored at publication, served as stored, and they open with standard libraries showing the
        // seeded totals (ADU: 4 received) and the hidden cells (GRT) as "< 3"
        for (String[] f : new String[][] { { ".pdf", "application/pdf", "pdf_sha256" }, { ".png", "image/png", "png_sha256" } }) {
            Response r = given().get(path(MONTH) + f[0]);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.contentType().startsWith(f[1]), r.contentType());
            assertEquals(stored(id, f[2]), sha256(r.asByteArray()));
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(given().get(path(MONTH) + ".pdf").asByteArray())) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(pdfText.contains("Ringkasan Bulanan"), pdfText);
            assertTrue(pdfText.contains("Pengaduan Masyarakat 4 "), "ADU received 4 in " + pdfText);
            assertTrue(pdfText.contains("< 3"), pdfText);
        }
        var png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(given().get(path(MONTH) + ".png").asByteArray()));
        assertEquals(1080, png.getWidth());
        assertEquals(1080, png.getHeight());
        given().get(path(MONTH.plusMonths(1))).then().statusCode(404).header("Set-Cookie", nullValue());
        given().get("/laporan-bulanan").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Set-Cookie", nullValue());
        given().get("/laporan-bulanan/" + MONTH.getYear()).then().statusCode(200).contentType(startsWith("text/html"));

        // immutable: the database refuses to change or delete a published row, whoever asks
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update public_summary set json_bytes = decode('00', 'hex') where id = :id")
                .setParameter("id", id).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from public_summary where id = :id").setParameter("id", id).executeUpdate()));
        assertEquals(sha1, sha256(given().get("/api/v1/public/monthly-summaries/" + MONTH).asByteArray()));

        // a correction: reason required, version 2, the history shows both
        prepare(ppid, MONTH, null).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Response corrected = prepare(ppid, MONTH, "Koreksi angka WBS setelah pemeriksaan ulang");
        corrected.then().statusCode(201).body("version", equalTo(2))
                .body("correctionReason", equalTo("Koreksi angka WBS setelah pemeriksaan ulang"));
        long id2 = corrected.jsonPath().getLong("id");
        assertNotEquals(id, id2);
        given().auth().oauth2(head).post("/api/v1/publications/" + id2 + "/approval").then().statusCode(200);
        given().auth().oauth2(ppid).post("/api/v1/publications/" + id2 + "/publication").then().statusCode(200)
                .body("version", equalTo(2));
        JsonNode v2 = new ObjectMapper().readTree(given().get("/api/v1/public/monthly-summaries/" + MONTH).asByteArray());
        assertEquals(2, v2.get("version").asInt());
        assertEquals("Koreksi angka WBS setelah pemeriksaan ulang", v2.get("correctionReason").asText());
        assertEquals(sha1, sha256(given().get("/api/v1/public/monthly-summaries/" + MONTH + "?version=1").asByteArray()),
                "version 1 is still served as it was");
        String page2 = given().get(path(MONTH)).then().statusCode(200).extract().asString();
        assertTrue(page2.contains("Koreksi angka WBS"), "the page shows the version history with the correction's reason");
        given().get(path(MONTH) + "?versi=1").then().statusCode(200)
                .header("Cache-Control", containsString("immutable"));

        // the officers' pages
        String list = given().cookie("portal_session", ppid).get("/petugas/publikasi").then().statusCode(200).extract()
                .asString();
        assertTrue(list.contains("/petugas/publikasi/" + id2), list);
        String detail = given().cookie("portal_session", head).get("/petugas/publikasi/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(detail.contains("Primer") && detail.contains("disembunyikan"), "the reasons are shown");
        given().cookie("portal_session", officer).get("/petugas/publikasi").then().statusCode(403);

        // the Zona Integritas evidence pack carries both published versions as published, and their records
        byte[] zip = given().auth().oauth2(head).queryParam("from", MONTH.toString()).queryParam("to", MONTH.toString())
                .get("/api/v1/evidence-pack").then().statusCode(200).extract().asByteArray();
        Map<String, byte[]> entries = new TreeMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String prefix = "publikasi/ringkasan-" + MONTH + "-v";
        assertEquals(sha1, sha256(entries.get(prefix + "1.json")), entries.keySet().toString());
        assertEquals(stored(id2, "json_sha256"), sha256(entries.get(prefix + "2.json")));
        assertEquals(stored(id2, "pdf_sha256"), sha256(entries.get(prefix + "2.pdf")));
        String records = new String(entries.get("publikasi/catatan-publikasi.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(records.contains("Koreksi angka WBS setelah pemeriksaan ulang") && records.contains(sha1), records);
        assertTrue(new String(entries.get("index.csv"), java.nio.charset.StandardCharsets.UTF_8).contains(prefix + "2.pdf"));
    }

    @Test
    void theHeadOfOfficeDoesNotApproveTheirOwnDraftAndTheFormsWork() {
        YearMonth m = MONTH.minusMonths(3);
        String both = accounts.token("pub.both", Set.of(Role.PEGAWAI, Role.PPID, Role.PIMPINAN), Set.of());
        String page = given().cookie("portal_session", both).get("/petugas/publikasi").then().statusCode(200).extract()
                .asString();
        String token = Fixtures.tokenFrom(page);
        given().cookie("portal_session", both).formParam("_csrf", token).formParam("month", "bukan-bulan")
                .post("/petugas/publikasi/siapkan").then().statusCode(400).body(containsString("Format tidak valid"));
        String location = given().redirects().follow(false).cookie("portal_session", both).formParam("_csrf", token)
                .formParam("month", m.toString()).post("/petugas/publikasi/siapkan").then().statusCode(303).extract()
                .header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().cookie("portal_session", both).formParam("_csrf", token).post("/petugas/publikasi/" + id + "/setujui")
                .then().statusCode(403);
        given().auth().oauth2(both).post("/api/v1/publications/" + id + "/approval").then().statusCode(403);
        String head = accounts.token("pub.head2", Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        String headPage = given().cookie("portal_session", head).get("/petugas/publikasi/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(headPage.contains("publication-approve"), "the head of office sees the approve button");
        given().redirects().follow(false).cookie("portal_session", head).formParam("_csrf", Fixtures.tokenFrom(headPage))
                .post("/petugas/publikasi/" + id + "/setujui").then().statusCode(303);
        assertNull(given().get("/laporan-bulanan/" + m.getYear() + "/" + "%02d".formatted(m.getMonthValue()))
                .then().statusCode(404).extract().header("Set-Cookie"));
    }

    String stored(long id, String column) {
        return (String) em.createNativeQuery("select " + column + " from public_summary where id = :id").setParameter("id", id)
                .getSingleResult();
    }

    long audits(long id) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where target_type = 'public_summary' "
                + "and target_id = :id and action like 'PUBLICATION_%'").setParameter("id", id).getSingleResult()).longValue();
    }

    static List<String> iterate(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static void expect(JsonNode cell, long value, String what) {
        if (value > 0 && value < 3 && cell.isTextual()) {
            assertEquals("<3", cell.asText(), what);
        } else if (cell.isTextual()) {
            assertEquals("<3", cell.asText(), what + " hidden as a complement");
        } else {
            assertEquals(value, cell.asLong(), what);
        }
    }
}
