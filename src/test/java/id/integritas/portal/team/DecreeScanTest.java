package id.integritas.portal.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.support.DatabaseScan;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The scanned decree: PDF only, sealed like report attachments, downloads audited, refusals clear. */
@QuarkusTest
@Tag("persistence")
class DecreeScanTest {

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    AuditLog audit;

    @Inject
    javax.sql.DataSource dataSource;

    static byte[] pdf(String author) {
        return DecreeScanTestFiles.pdf(author);
    }

    private long decree(String number) {
        LocalDate today = decrees.today();
        return decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.WBS, number, today, "Kepala Dinas", today,
                today.plusYears(1), List.of()), null).id;
    }

    private long audits(String action, long decreeId) {
        return QuarkusTransaction.requiringNew().call(() -> audit.count("action = ?1 and targetId = ?2", action, decreeId));
    }

    @Test
    void anAdministratorUploadsTheScanByApiAndDownloadsItAudited() throws Exception {
        String admin = accounts.token("scan.admin", Set.of(Role.ADMIN), Set.of());
        long id = decree("800/SCAN-1/SK/2026");
        given().auth().oauth2(admin).get("/api/v1/admin/decrees/" + id).then().statusCode(200).body("scan", nullValue());
        given().auth().oauth2(admin).get("/api/v1/admin/decrees/" + id + "/scan").then().statusCode(404);

        byte[] scan = pdf("Penulis Rahasia");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));
        given().auth().oauth2(admin).contentType("application/pdf").body(scan).put("/api/v1/admin/decrees/" + id + "/scan")
                .then().statusCode(200).body("scan.sha256", is(sha)).body("scan.sizeBytes", is(scan.length))
                .body("number", is("800/SCAN-1/SK/2026"));
        given().auth().oauth2(admin).get("/api/v1/admin/decrees/" + id).then().statusCode(200)
                .body("scan.sha256", is(sha)).body("scan.sizeBytes", is(scan.length));
        assertEquals(1, audits("DECREE_SCAN_STORED", id));

        // the cleaned copy: a PDF without the document information
        byte[] copy = given().auth().oauth2(admin).get("/api/v1/admin/decrees/" + id + "/scan").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", startsWith("attachment"))
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(copy)) {
            assertEquals(1, doc.getNumberOfPages());
            assertNull(doc.getDocumentInformation().getAuthor(), "the copy has no author");
        }
        assertEquals(1, audits("DECREE_SCAN_VIEWED", id));
        // the sealed original, byte for byte
        byte[] original = given().auth().oauth2(admin).queryParam("original", true).get("/api/v1/admin/decrees/" + id + "/scan")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(scan, original);
        assertEquals(1, audits("DECREE_SCAN_ORIGINAL_VIEWED", id));
        // stored encrypted: the author's name is nowhere in the database in clear
        assertEquals(List.of(), DatabaseScan.tablesContaining(dataSource, "Penulis Rahasia"));

        // not for other roles
        String officer = accounts.token("scan.officer", Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        given().auth().oauth2(officer).get("/api/v1/admin/decrees/" + id + "/scan").then().statusCode(403);
        given().auth().oauth2(officer).contentType("application/pdf").body(scan)
                .put("/api/v1/admin/decrees/" + id + "/scan").then().statusCode(403);
    }

    @Test
    void notAPdfOrTooLargeIsRefusedWithAClearMessage() throws Exception {
        String admin = accounts.token("scan.refuser", Set.of(Role.ADMIN), Set.of());
        long id = decree("800/SCAN-2/SK/2026");
        // a PNG sent as a PDF: judged by its content
        given().auth().oauth2(admin).contentType("application/pdf").body(Fixtures.pngWithText("bukan pdf"))
                .put("/api/v1/admin/decrees/" + id + "/scan").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("scan")).body("errors[0].code", is("pdf_only"));
        given().auth().oauth2(admin).contentType("application/pdf").body(new byte[0])
                .put("/api/v1/admin/decrees/" + id + "/scan").then().statusCode(400).body("errors[0].code", is("pdf_only"));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf("x"), 0, huge, 0, 100);
        given().auth().oauth2(admin).contentType("application/pdf").body(huge)
                .put("/api/v1/admin/decrees/" + id + "/scan").then().statusCode(413);
        given().auth().oauth2(admin).contentType("application/pdf").body(pdf("x"))
                .put("/api/v1/admin/decrees/99999999/scan").then().statusCode(404);
        given().auth().oauth2(admin).get("/api/v1/admin/decrees/" + id).then().statusCode(200).body("scan", nullValue());
        assertEquals(0, audits("DECREE_SCAN_STORED", id));
    }

    @Test
    void theSkPageUploadsAndOffersTheScan() throws Exception {
        String admin = accounts.token("scan.page.admin", Set.of(Role.ADMIN), Set.of());
        long id = decree("800/SCAN-3/SK/2026");
        String page = given().cookie("portal_session", admin).get("/admin/sk").then().statusCode(200).extract().asString();
        String token = Fixtures.tokenFrom(page);
        assertTrue(page.contains("action=\"/admin/sk/" + id + "/pindaian\""), "each SK has an upload form");

        given().cookie("portal_session", admin).multiPart("_csrf", token)
                .multiPart("scan", "sk.png", Fixtures.pngWithText("bukan pdf"), "application/pdf")
                .post("/admin/sk/" + id + "/pindaian").then().statusCode(400)
                .body(containsString("Pindaian SK harus berupa berkas PDF."));
        byte[] scan = pdf("Admin");
        given().redirects().follow(false).cookie("portal_session", admin).multiPart("_csrf", token)
                .multiPart("scan", "sk.pdf", scan, "application/pdf")
                .post("/admin/sk/" + id + "/pindaian").then().statusCode(303)
                .header("Location", endsWith("/admin/sk?pindaian=" + id));
        given().cookie("portal_session", admin).get("/admin/sk?pindaian=" + id).then().statusCode(200)
                .body(containsString("Pindaian SK disimpan."))
                .body(containsString("href=\"/admin/sk/" + id + "/pindaian\""));
        given().cookie("portal_session", admin).get("/admin/sk/" + id + "/pindaian").then().statusCode(200)
                .contentType("application/pdf");
        assertEquals(1, audits("DECREE_SCAN_VIEWED", id));
    }
}
