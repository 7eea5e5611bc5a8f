package id.integritas.portal.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeScanTestFiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Standard documents: administrators upload PDFs (pipeline reused), versions are kept, officers read and download. */
@QuarkusTest
@Tag("persistence")
class StandardDocumentsTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AuditLog audit;

    static int upload(String admin, String title, String kind, String channel, String from, String replaces, byte[] pdf,
            int status) {
        var spec = given().auth().oauth2(admin).multiPart("title", title).multiPart("kind", kind)
                .multiPart("effectiveFrom", from).multiPart("file", "dokumen.pdf", pdf, "application/pdf");
        if (channel != null) {
            spec = spec.multiPart("channel", channel);
        }
        if (replaces != null) {
            spec = spec.multiPart("replaces", replaces);
        }
        var response = spec.post("/api/v1/admin/documents").then().statusCode(status);
        return status == 201 ? response.extract().path("id") : -1;
    }

    @Test
    void anAdministratorUploadsVersionsAndOfficersReadThem() throws Exception {
        String admin = accounts.token("doc.admin", Set.of(Role.ADMIN), Set.of());
        String officer = accounts.token("doc.petugas", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        byte[] v1 = DecreeScanTestFiles.pdf("Penyusun SOP");
        int first = upload(admin, "SOP Penanganan Pengaduan", "SOP", "ADU", "2026-01-01", null, v1, 201);
        given().auth().oauth2(officer).get("/api/v1/admin/documents/" + first).then().statusCode(200)
                .body("title", is("SOP Penanganan Pengaduan")).body("kind", is("SOP")).body("channel", is("ADU"))
                .body("replacedBy", nullValue())
                .body("sha256", is(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v1))));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> audit.count("action = ?1 and targetId = ?2", "STANDARD_DOCUMENT_STORED", (long) first)));

        byte[] v2 = DecreeScanTestFiles.pdf("Penyusun SOP 2");
        int second = upload(admin, "SOP Penanganan Pengaduan (revisi)", "SOP", "ADU", "2026-03-01", String.valueOf(first), v2, 201);
        given().auth().oauth2(officer).get("/api/v1/admin/documents/" + first).then().statusCode(200)
                .body("replacedBy", is(second));
        given().auth().oauth2(officer).get("/api/v1/admin/documents").then().statusCode(200)
                .body("items.id", hasItems(first, second));
        // the old version is kept and still downloadable, byte for byte as uploaded with original=true
        byte[] original = given().auth().oauth2(officer).queryParam("original", true).get("/api/v1/admin/documents/" + first + "/file")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(v1, original);
        given().auth().oauth2(officer).get("/api/v1/admin/documents/" + second + "/file").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"));

        // a version is replaced once; not before the one it replaces; only PDFs; only administrators upload
        given().auth().oauth2(admin).multiPart("title", "Lagi").multiPart("kind", "SOP").multiPart("effectiveFrom", "2026-04-01")
                .multiPart("replaces", String.valueOf(first)).multiPart("file", "d.pdf", v2, "application/pdf")
                .post("/api/v1/admin/documents").then().statusCode(400).body("errors.field", hasItem("replaces"))
                .body("errors.code", hasItem("already_replaced"));
        given().auth().oauth2(admin).multiPart("title", "Mundur").multiPart("kind", "SOP").multiPart("effectiveFrom", "2025-01-01")
                .multiPart("replaces", String.valueOf(second)).multiPart("file", "d.pdf", v2, "application/pdf")
                .post("/api/v1/admin/documents").then().statusCode(400).body("errors.code", hasItem("before_replaced"));
        given().auth().oauth2(admin).multiPart("title", "Gambar").multiPart("kind", "MAKLUMAT").multiPart("effectiveFrom", "2026-01-01")
                .multiPart("file", "x.png", Fixtures.pngWithText("x"), "image/png")
                .post("/api/v1/admin/documents").then().statusCode(400).contentType(containsString("problem+json"))
                .body("errors.field", hasItem("file")).body("errors.code", hasItem("document_pdf_only"));
        given().auth().oauth2(admin).multiPart("title", "").multiPart("kind", "APA").multiPart("effectiveFrom", "kemarin")
                .post("/api/v1/admin/documents").then().statusCode(400).body("errors.field", hasItems("kind", "effectiveFrom"));
        given().auth().oauth2(officer).multiPart("title", "x").multiPart("kind", "SOP").multiPart("effectiveFrom", "2026-01-01")
                .multiPart("file", "d.pdf", v1, "application/pdf").post("/api/v1/admin/documents").then().statusCode(403);
        given().auth().oauth2(officer).get("/api/v1/admin/documents/999999999").then().statusCode(404);
    }

    @Test
    void thePageListsDocumentsAndAdministratorsUploadThroughIt() {
        String admin = accounts.token("doc.page.admin", Set.of(Role.ADMIN), Set.of());
        String officer = accounts.token("doc.page.petugas", Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        String employee = accounts.token("doc.page.pegawai", Set.of(Role.PEGAWAI), Set.of());
        String page = given().cookie("portal_session", admin).get("/admin/dokumen").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Unggah dokumen"));
        String token = Fixtures.tokenFrom(page);
        String location = given().redirects().follow(false).cookie("portal_session", admin).multiPart("_csrf", token)
                .multiPart("title", "Maklumat Pelayanan 2026").multiPart("kind", "MAKLUMAT").multiPart("effectiveFrom", "2026-01-02")
                .multiPart("file", "maklumat.pdf", DecreeScanTestFiles.pdf(), "application/pdf")
                .post("/admin/dokumen").then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/admin/dokumen?tersimpan="));
        // a refused file re-renders the form with the field's message
        String refused = given().cookie("portal_session", admin).multiPart("_csrf", token).multiPart("title", "Bukan PDF")
                .multiPart("kind", "SOP").multiPart("effectiveFrom", "2026-01-02")
                .multiPart("file", "foto.png", Fixtures.pngWithText("x"), "image/png")
                .post("/admin/dokumen").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Dokumen harus berupa berkas PDF."));
        assertTrue(refused.contains("value=\"Bukan PDF\""), "the typed fields survive");
        // officers read the list without the upload form; employees do not see it
        String officerPage = given().cookie("portal_session", officer).get("/admin/dokumen").then().statusCode(200).extract().asString();
        assertTrue(officerPage.contains("Maklumat Pelayanan 2026"));
        assertFalse(officerPage.contains("Unggah dokumen"));
        given().cookie("portal_session", employee).get("/admin/dokumen").then().statusCode(403);
    }
}
