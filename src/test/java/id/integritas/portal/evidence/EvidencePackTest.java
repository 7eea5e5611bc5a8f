package id.integritas.portal.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.campaign.CampaignAdmin;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.statistics.ChannelFigures;
import id.integritas.portal.statistics.MonthlyReports;
import id.integritas.portal.statistics.MonthlyTables;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.DecreeScanTestFiles;
import id.integritas.portal.team.TeamKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The evidence pack contains what its index says, with the seeded records' bytes and figures; the export is audited. */
@QuarkusTest
@Tag("persistence")
class EvidencePackTest {

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    MonthlyReports reports;

    @Inject
    CampaignAdmin campaigns;

    @Inject
    AuditLog audit;

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertNull(files.put(e.getName(), in.readAllBytes()), "one entry per path: " + e.getName());
            }
        }
        return files;
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
    }

    private long audits(String action) {
        return QuarkusTransaction.requiringNew().call(() -> audit.count("action", action));
    }

    @Test
    void thePackHoldsWhatItsIndexSays() throws Exception {
        String admin = accounts.token("ev.admin", Set.of(Role.ADMIN), Set.of());
        String head = accounts.token("ev.kadis", Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        String officer = accounts.token("ev.petugas", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        LocalDate today = decrees.today();
        YearMonth month = YearMonth.from(today).minusMonths(1);

        // a decree in force last month, with its scan
        long decreeId = decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.UPG, "800/EVIDENCE-1/SK/" + month.getYear(),
                month.atDay(1), "Kepala Dinas", month.atDay(1), today.plusYears(1), List.of()), null).id;
        byte[] scan = DecreeScanTestFiles.pdf("Sekretariat Bukti");
        given().auth().oauth2(admin).contentType("application/pdf").body(scan).put("/api/v1/admin/decrees/" + decreeId + "/scan")
                .then().statusCode(200);
        // a SOP in force
        byte[] sop = DecreeScanTestFiles.pdf("Penyusun SOP Bukti");
        int sopId = given().auth().oauth2(admin).multiPart("title", "SOP Laporan UPG").multiPart("kind", "SOP")
                .multiPart("channel", "GRT").multiPart("effectiveFrom", month.atDay(1).toString())
                .multiPart("file", "sop.pdf", sop, "application/pdf").post("/api/v1/admin/documents").then().statusCode(201)
                .extract().path("id");
        // a monev meeting held last month, with a recommendation and its minutes
        Map<String, Object> meeting = Map.of("channel", "ADU", "heldOn", month.atDay(5).toString(), "periodic", true,
                "title", "Rapat monev bukti ZI", "findings", "Temuan rapat", "participants",
                List.of(Map.of("username", "ev.petugas")), "recommendations", List.of(Map.of("text", "Perbaiki formulir",
                        "ownerUsername", "ev.petugas", "dueOn", today.plusDays(30).toString())));
        int meetingId = Fixtures.json().auth().oauth2(officer).body(meeting).post("/api/v1/monev/meetings").then()
                .statusCode(201).extract().path("id");
        byte[] minutes = Fixtures.pngWithText("notulen");
        int fileId = Fixtures.json().auth().oauth2(officer).body(Map.of("kind", "NOTULEN", "file", Map.of("fileName", "notulen.png",
                "contentBase64", java.util.Base64.getEncoder().encodeToString(minutes)))).post("/api/v1/monev/meetings/" + meetingId + "/files")
                .then().statusCode(201).extract().path("files[0].id");
        // the register campaign of the year
        if (campaigns.byYear(month.getYear()).isEmpty()) {
            Fixtures.json().auth().oauth2(admin).body(Map.of("year", month.getYear(), "dueOn", today.plusDays(20).toString()))
                    .post("/api/v1/register-campaigns").then().statusCode(201);
        }
        // last month's reports, stored
        reports.prepare(month);

        long exportsBefore = audits("EVIDENCE_PACK_EXPORTED");
        byte[] zip = given().auth().oauth2(head).queryParam("from", month.toString()).queryParam("to", month.toString())
                .get("/api/v1/evidence-pack").then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("bukti-zi-" + month + "_" + month + ".zip"))
                .extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);

        // index ↔ files, both ways
        List<CSVRecord> index = csv(files.get("index.csv"));
        Set<String> indexed = new TreeSet<>();
        for (CSVRecord r : index) {
            assertTrue(indexed.add(r.get("berkas")), "listed once: " + r.get("berkas"));
            AssessmentItem item = AssessmentItem.valueOf(r.get("butir"));
            assertEquals(item.code(), r.get("kode_butir"));
            assertFalse(r.get("butir_penilaian").startsWith("??"), "item text from the bundle: " + item);
            assertFalse(r.get("keterangan").isBlank());
        }
        Set<String> inZip = new TreeSet<>(files.keySet());
        inZip.removeAll(Set.of("index.html", "index.csv"));
        assertEquals(inZip, indexed, "every file is in the index and every index entry is a file");
        String html = new String(files.get("index.html"), StandardCharsets.UTF_8);
        for (String path : indexed) {
            assertTrue(html.contains("href=\"" + path + "\""), "index.html links " + path);
        }
        assertTrue(html.contains("lang=\"id\"") && html.contains("Indeks bukti Zona Integritas"));

        // the decree: its scan as uploaded, its registry row
        assertArrayEquals(scan, files.get("sk/upg/SK-" + decreeId + ".pdf"));
        assertTrue(new String(files.get("sk/upg/SK-" + decreeId + ".csv"), StandardCharsets.UTF_8).contains("800/EVIDENCE-1/SK/"));
        assertEquals("GRT_SK", row(index, "sk/upg/SK-" + decreeId + ".pdf").get("butir"));
        // the SOP as uploaded
        assertArrayEquals(sop, files.get("dokumen/sop/dokumen-" + sopId + ".pdf"));
        assertEquals("GRT_SOP", row(index, "dokumen/sop/dokumen-" + sopId + ".pdf").get("butir"));
        // the stored report's tables and figures
        ChannelFigures adu = reports.stored(month, Channel.ADU).orElseThrow().figures();
        assertArrayEquals(MonthlyTables.csv(MonthlyTables.of(adu, "handling").orElseThrow()),
                files.get("laporan-bulanan/" + month + "/ADU/handling.csv"));
        assertFalse(files.containsKey("laporan-bulanan/" + month + "/ADU/overdue.csv"), "no registration numbers");
        CSVRecord handled = csv(files.get("penanganan/persentase-penanganan.csv")).stream()
                .filter(r -> r.get("month").equals(month.toString()) && r.get("channel").equals("ADU")).findFirst().orElseThrow();
        assertEquals(String.valueOf(adu.mustFollowUp()), handled.get("mustFollowUp"));
        assertEquals(String.valueOf(adu.finished()), handled.get("finished"));
        assertEquals(String.valueOf(adu.mustFollowUp() - adu.finished()), handled.get("inProcess"));
        assertEquals(adu.handledPercent() == null ? "" : String.valueOf(adu.handledPercent()), handled.get("handledPercent"));
        long complianceRows = csv(files.get("penanganan/kepatuhan-tenggat.csv")).size();
        assertEquals(EnumSet.allOf(Channel.class).stream().mapToLong(ch -> reports.stored(month, ch).orElseThrow()
                .figures().compliance().size()).sum(), complianceRows);
        // monev: the meeting, its recommendation and its minutes (cleaned copy, still a PNG)
        assertTrue(new String(files.get("monev/ADU/rapat.csv"), StandardCharsets.UTF_8).contains("Rapat monev bukti ZI"));
        assertTrue(new String(files.get("monev/ADU/rekomendasi.csv"), StandardCharsets.UTF_8).contains("Perbaiki formulir"));
        byte[] png = files.get("monev/ADU/berkas/rapat-" + meetingId + "-berkas-" + fileId + "-notulen.png");
        assertNotNull(png);
        assertEquals((byte) 0x89, png[0]);
        assertTrue(csv(files.get("monev/ringkasan.csv")).stream().anyMatch(r -> r.get("channel").equals("total")));
        // the campaign's coverage
        assertTrue(csv(files.get("konflik-kepentingan/daftar-kepentingan-" + month.getYear() + "-cakupan.csv")).stream()
                .anyMatch(r -> r.get("unit").equals("total")));

        // audited: period and file count only
        assertEquals(exportsBefore + 1, audits("EVIDENCE_PACK_EXPORTED"));
        String reason = QuarkusTransaction.requiringNew().call(() -> audit.find("action = ?1 order by seq desc",
                "EVIDENCE_PACK_EXPORTED").firstResult().reason);
        assertEquals("period=" + month + "_" + month + " files=" + index.size(), reason);
    }

    @Test
    void thePackCarriesNoReportContentIdentityOrCodeAndIsStreamed() throws Exception {
        String admin = accounts.token("ev.privacy.admin", Set.of(Role.ADMIN), Set.of());
        Map<String, Object> complaint = new java.util.HashMap<>(Fixtures.complaint());
        complaint.put("description", "Isi rahasia bukti ZI: petugas meminta uang tambahan di loket 4.");
        complaint.put("reporter", Map.of("name", "Warga Bukti Rahasia", "phone", "081298765432"));
        var filed = Fixtures.json().body(complaint).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        String code = filed.path("trackingCode");
        String number = filed.path("registrationNumber");
        YearMonth now = YearMonth.from(decrees.today());
        var response = given().auth().oauth2(admin).queryParam("from", now.toString()).queryParam("to", now.toString())
                .get("/api/v1/evidence-pack").then().statusCode(200).extract();
        assertNull(response.header("Content-Length"), "streamed, not buffered whole");
        for (Map.Entry<String, byte[]> e : unzip(response.asByteArray()).entrySet()) {
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            for (String secret : List.of("Isi rahasia bukti ZI", "Warga Bukti Rahasia", "081298765432", code, number)) {
                assertFalse(text.contains(secret), e.getKey() + " holds " + secret);
            }
        }
    }

    private static CSVRecord row(List<CSVRecord> index, String path) {
        return index.stream().filter(r -> r.get("berkas").equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
    }

    @Test
    void onlyTheHeadOfOfficeAndAdministratorsExportAndABadPeriodIsAFieldError() {
        String admin = accounts.token("ev.admin2", Set.of(Role.ADMIN), Set.of());
        String chair = accounts.token("ev.ketua", Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of(Channel.WBS));
        String employee = accounts.token("ev.pegawai", Set.of(Role.PEGAWAI), Set.of());
        YearMonth now = YearMonth.from(decrees.today());
        given().auth().oauth2(chair).queryParam("from", now.toString()).queryParam("to", now.toString())
                .get("/api/v1/evidence-pack").then().statusCode(403);
        given().auth().oauth2(employee).queryParam("from", now.toString()).queryParam("to", now.toString())
                .get("/api/v1/evidence-pack").then().statusCode(403);
        given().queryParam("from", now.toString()).queryParam("to", now.toString()).get("/api/v1/evidence-pack").then()
                .statusCode(401);
        given().auth().oauth2(admin).accept(ContentType.JSON).queryParam("from", "2026-13").queryParam("to", now.toString())
                .get("/api/v1/evidence-pack").then().statusCode(400).contentType(containsString("problem+json"))
                .body("errors.field", hasItem("from")).body("errors.code", hasItem("month_format"));
        given().auth().oauth2(admin).queryParam("from", now.toString()).queryParam("to", now.minusMonths(1).toString())
                .get("/api/v1/evidence-pack").then().statusCode(400).body("errors.code", hasItem("before_start"));
        given().auth().oauth2(admin).queryParam("from", now.minusMonths(30).toString()).queryParam("to", now.toString())
                .get("/api/v1/evidence-pack").then().statusCode(400).body("errors.code", hasItem("period_too_long"));
        given().auth().oauth2(admin).queryParam("from", now.toString()).queryParam("to", now.plusMonths(1).toString())
                .get("/api/v1/evidence-pack").then().statusCode(400).body("errors.code", hasItem("month_in_future"));
        given().auth().oauth2(admin).get("/api/v1/evidence-pack").then().statusCode(400)
                .body("errors.field", hasItems("from", "to"));
    }

    @Test
    void thePageOffersThePeriodAndDownloadsTheZip() throws Exception {
        String head = accounts.token("ev.page.kadis", Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        String officer = accounts.token("ev.page.petugas", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String page = given().cookie("portal_session", head).get("/petugas/bukti-zi").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Unduh bukti (ZIP)"));
        String token = Fixtures.tokenFrom(page);
        YearMonth now = YearMonth.from(decrees.today());
        byte[] zip = given().cookie("portal_session", head).formParam("_csrf", token).formParam("from", now.toString())
                .formParam("to", now.toString()).post("/petugas/bukti-zi").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertTrue(unzip(zip).containsKey("index.html"));
        String refused = given().cookie("portal_session", head).formParam("_csrf", token).formParam("from", "kemarin")
                .formParam("to", now.toString()).post("/petugas/bukti-zi").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Bulan tidak valid"));
        given().cookie("portal_session", officer).get("/petugas/bukti-zi").then().statusCode(403);
    }
}
