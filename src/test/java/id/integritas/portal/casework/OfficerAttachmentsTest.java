package id.integritas.portal.casework;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentRepository;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 7, the two gaps: officers upload their own files for a step (internal: never listed to the reporter), and a
 * move or copy to another channel carries the reporter's files, sealed again for the new case.
 */
@QuarkusTest
@Tag("persistence")
class OfficerAttachmentsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    CaseRepository cases;

    @Inject
    AttachmentRepository attachments;

    @Inject
    AttachmentStore store;

    private static String user(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
    }

    private String chairOf(TeamKind kind) {
        String username = user("ketua." + kind.name().toLowerCase());
        String token = accounts.token(username, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        LocalDate today = decrees.today();
        QuarkusTransaction.requiringNew().run(() -> decrees.create(new DecreeAdmin.DecreeRequest(kind,
                "SK-UJI/LAMPIRAN/" + username, today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(username, TeamRole.CHAIR, null, null))), null));
        return token;
    }

    private static Map<String, Object> file(String name, byte[] content) {
        return Map.of("fileName", name, "contentBase64", Base64.getEncoder().encodeToString(content));
    }

    /** A complaint with the reporter's files; returns its number and tracking code. */
    private static String[] complaintWith(Map<String, byte[]> files) {
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        List<Map<String, Object>> list = new ArrayList<>();
        files.forEach((name, bytes) -> list.add(file(name, bytes)));
        body.put("attachments", list);
        var created = json().body(body).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        return new String[] { created.path("registrationNumber"), created.path("trackingCode") };
    }

    /** A small PDF with a document-information author (metadata to strip). */
    static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor("Penulis " + text);
            doc.setDocumentInformation(info);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of about {@code bytes} bytes: one page and an uncompressed stream of random bytes. */
    static byte[] bigPdf(int bytes, long seed) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096)) {
            PDPage page = new PDPage();
            doc.addPage(page);
            byte[] noise = new byte[bytes];
            new Random(seed).nextBytes(noise);
            PDStream stream = new PDStream(doc);
            try (var os = stream.createOutputStream()) {
                os.write(noise);
            }
            page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), stream.getCOSObject());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String author(byte[] pdf) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getDocumentInformation().getAuthor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification multipart(String token) {
        return given().auth().oauth2(token).config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 60_000)));
    }

    /** What the store holds for a case, decrypted through the real store: digests of original and handler copy. */
    record Stored(long id, String fileName, Long addedBy, String originalSha, String copySha) {
    }

    private List<Stored> stored(String number) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var c = cases.findByRegistrationNumber(number).orElseThrow();
            List<Stored> out = new ArrayList<>();
            for (Attachment a : attachments.ofCase(c.id)) {
                String original = store.openOriginal(a).map(OfficerAttachmentsTest::digest).orElse(null);
                out.add(new Stored(a.id, store.fileName(a), a.addedByAccountId, original, digest(store.openHandlerCopy(a))));
            }
            return out;
        });
    }

    private static String digest(InputStream in) {
        try (in) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOfficersFileDocumentsAStepAndTheReporterNeverSeesIt() {
        String officer = accounts.token(user("petugas.adu"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String[] c = complaintWith(Map.of("bukti-warga.png", Fixtures.pngWithText("lokasi warga")));
        String cases = "/api/v1/cases/" + c[0];
        byte[] letter = pdf("surat jawaban");

        int id = multipart(officer).multiPart("attachments", "surat-jawaban.pdf", letter, "application/pdf")
                .post(cases + "/attachments").then().statusCode(201)
                .body("size()", is(1)).body("[0].fileName", is("surat-jawaban.pdf")).body("[0].mediaType", is("application/pdf"))
                .body("[0].addedBy", notNullValue()).body("[0].originalKept", is(true))
                .extract().path("[0].id");
        given().auth().oauth2(officer).get(cases + "/attachments").then().statusCode(200)
                .body("fileName", containsInAnyOrder("bukti-warga.png", "surat-jawaban.pdf"))
                .body("find { it.fileName == 'bukti-warga.png' }.addedBy", nullValue())
                .body("find { it.fileName == 'surat-jawaban.pdf' }.addedBy", notNullValue());
        // the officers' copy is stripped like the reporter's: the author in the document information is gone
        byte[] copy = given().auth().oauth2(officer).get(cases + "/attachments/" + id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals("Penulis surat jawaban", author(letter));
        assertNull(author(copy));

        // a step refers to the new file
        json().auth().oauth2(officer).body(Map.of("to", "TERVERIFIKASI", "reason", "Lengkap", "attachmentIds", List.of(id)))
                .post(cases + "/transitions").then().statusCode(200).body("state", is("TERVERIFIKASI"));
        String refs = QuarkusTransaction.requiringNew().call(() -> (String) this.cases.getEntityManager()
                .createNativeQuery("select e.attachment_ids from case_event e join report_case r on r.id = e.case_id "
                        + "where r.registration_number = ?1 and e.status = 'TERVERIFIKASI'")
                .setParameter(1, c[0]).getSingleResult());
        assertEquals(String.valueOf(id), refs);
        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) this.cases.getEntityManager()
                .createNativeQuery("select count(*) from audit_log where action = 'ATTACHMENT_ADDED' and target_type = 'ATTACHMENT' "
                        + "and target_id = ?1").setParameter(1, id).getSingleResult()).longValue());
        assertEquals(1, audited);

        // the reporter's tracking view (API and page) lists their own file, never the officer's
        json().body(Map.of("trackingCode", c[1])).post("/api/v1/tracking").then().statusCode(200)
                .body("attachments", contains("bukti-warga.png"));
        String lacak = given().formParam("_csrf", Fixtures.formToken()).formParam("trackingCode", c[1]).post("/lacak").then()
                .statusCode(200).extract().asString();
        assertTrue(lacak.contains("bukti-warga.png"), "the reporter's own file is listed");
        assertFalse(lacak.contains("surat-jawaban"), "an officer's file is never listed to the reporter");
    }

    @Test
    void refusedFilesAnswerWithTheFieldAndOthersTeamsCannotUpload() {
        String officer = accounts.token(user("petugas.adu"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String wbsOfficer = accounts.token(user("petugas.wbs"), Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        String[] c = complaintWith(Map.of("bukti.png", Fixtures.pngWithText("x")));
        String path = "/api/v1/cases/" + c[0] + "/attachments";

        multipart(officer).multiPart("attachments", "catatan.pdf", pdf("notula"), "application/pdf").post(path).then()
                .statusCode(201);
        // the type is judged by content, never by name
        multipart(officer).multiPart("attachments", "surat.pdf", "MZ not a pdf at all".getBytes(), "application/pdf")
                .post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("attachments")).body("errors[0].code", is("file_type"))
                .body("errors[0].message", containsString("surat.pdf"));
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        tooBig[0] = '%';
        multipart(officer).multiPart("attachments", "besar.pdf", tooBig, "application/pdf").post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("attachments")).body("errors[0].code", is("file_too_large"));
        multipart(officer).multiPart("note", "tanpa berkas").post(path).then().statusCode(400)
                .body("errors[0].field", is("attachments")).body("errors[0].code", is("required"));
        // an officer of another team does not see the case at all
        multipart(wbsOfficer).multiPart("attachments", "catatan.pdf", pdf("lain"), "application/pdf").post(path).then()
                .statusCode(404);
        given().auth().oauth2(wbsOfficer).get("/api/v1/cases/" + c[0] + "/attachments").then().statusCode(404);
        // nothing refused was stored: the reporter's file and the one accepted upload
        assertEquals(2, stored(c[0]).size());
    }

    @Test
    void theCasePageUploadsWithoutScriptAndNamesTheFieldOnABadFile() {
        String username = user("petugas.halaman");
        String session = accounts.token(username, Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String[] c = complaintWith(Map.of("bukti.png", Fixtures.pngWithText("x")));
        String page = given().cookie("portal_session", session).get("/petugas/kasus/" + c[0]).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("enctype=\"multipart/form-data\""), "a plain form posts the files");
        assertTrue(page.contains("Unggah berkas petugas"));
        String csrf = Fixtures.tokenFrom(page);

        String bad = given().cookie("portal_session", session).multiPart("_csrf", csrf)
                .multiPart("attachments", "notula.pdf", "bukan pdf".getBytes(), "application/pdf")
                .post("/petugas/kasus/" + c[0] + "/lampiran").then().statusCode(400).extract().asString();
        assertTrue(bad.matches("(?s).*class=\"error-message\" id=\"[^\"]*attachments-error\">Jenis berkas (&quot;|\")notula\\.pdf(&quot;|\") tidak diterima.*"),
                "the message is at the field");
        assertTrue(bad.contains("aria-invalid=\"true\""));

        given().redirects().follow(false).cookie("portal_session", session).multiPart("_csrf", csrf)
                .multiPart("attachments", "notula.pdf", pdf("notula rapat"), "application/pdf")
                .post("/petugas/kasus/" + c[0] + "/lampiran").then().statusCode(303)
                .header("Location", containsString("/petugas/kasus/" + c[0]));
        String after = given().cookie("portal_session", session).get("/petugas/kasus/" + c[0]).then().statusCode(200)
                .extract().asString();
        assertTrue(after.contains("notula.pdf"));
        assertTrue(after.contains("diunggah petugas"), "the page says who added it");
        // the step form offers the case's files to document a step
        assertTrue(after.contains("name=\"attachmentIds\""));
        long fileId = stored(c[0]).stream().filter(s -> s.addedBy() != null).findFirst().orElseThrow().id();
        given().redirects().follow(false).cookie("portal_session", session).formParam("_csrf", Fixtures.tokenFrom(after))
                .formParam("to", "TERVERIFIKASI").formParam("reason", "Lengkap").formParam("attachmentIds", String.valueOf(fileId))
                .post("/petugas/kasus/" + c[0] + "/langkah").then().statusCode(303);
    }

    @Test
    void theApiDocumentDescribesTheMultipartUpload() throws Exception {
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        var post = doc.get("paths").get("/api/v1/cases/{registrationNumber}/attachments").get("post");
        var body = post.get("requestBody").get("content").get("multipart/form-data").get("schema");
        assertTrue(body.toString().contains("OfficerFilesUpload"), body.toString());
        var upload = doc.get("components").get("schemas").get("OfficerFilesUpload").get("properties").get("attachments");
        assertEquals("array", upload.get("type").asText(), upload.toString());
        var items = upload.get("items");
        if (items.has("$ref")) {
            items = doc.get("components").get("schemas").get(items.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        assertEquals("string", items.get("type").asText(), upload.toString());
        assertEquals("binary", items.get("format").asText(), upload.toString());
        assertTrue(post.get("responses").has("201") && post.get("responses").has("400"));
    }

    @Test
    void severalTenMegabyteUploadsAtOnceAreStoredByteIdentical() throws Exception {
        String officer = accounts.token(user("petugas.besar"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        int uploads = 3;
        List<String> numbers = new ArrayList<>();
        List<byte[]> sent = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            numbers.add(complaintWith(Map.of("bukti.png", Fixtures.pngWithText("x")))[0]);
            byte[] f = bigPdf(9_800_000, i);
            assertTrue(f.length > 9_000_000 && f.length <= 10 * 1024 * 1024, "size " + f.length);
            sent.add(f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                int n = i;
                done.add(pool.submit(() -> multipart(officer).multiPart("attachments", "pindaian-" + n + ".pdf", sent.get(n),
                        "application/pdf").post("/api/v1/cases/" + numbers.get(n) + "/attachments").then().statusCode(201)
                        .extract().<Integer>path("[0].id")));
            }
            for (int i = 0; i < uploads; i++) {
                done.get(i).get();
                Stored s = stored(numbers.get(i)).stream().filter(x -> x.addedBy() != null).findFirst().orElseThrow();
                assertEquals("pindaian-" + i + ".pdf", s.fileName());
                assertEquals(sha256(sent.get(i)), s.originalSha(), "the sealed original is byte-identical");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCopyCarriesTheReportersFilesSealedAgainAndTheSourceKeepsItsOwn() {
        String aduChair = chairOf(TeamKind.COMPLAINTS);
        String[] c = complaintWith(Map.of("foto.png", Fixtures.pngWithText("lokasi"), "kuitansi.pdf", pdf("kuitansi")));
        multipart(aduChair).multiPart("attachments", "notula-internal.pdf", pdf("notula"), "application/pdf")
                .post("/api/v1/cases/" + c[0] + "/attachments").then().statusCode(201);
        List<Stored> before = stored(c[0]);
        assertEquals(3, before.size());

        String target = json().auth().oauth2(aduChair).body(Map.of("to", "WBS", "mode", "COPY", "reason", "Dugaan pungli."))
                .post("/api/v1/cases/" + c[0] + "/channel-change").then().statusCode(201).extract().path("registrationNumber");

        List<Stored> source = stored(c[0]);
        assertEquals(before, source, "the source keeps its own files, unchanged");
        List<Stored> copied = stored(target);
        List<Stored> reporters = before.stream().filter(s -> s.addedBy() == null).toList();
        assertEquals(2, reporters.size());
        assertEquals(reporters.size(), copied.size(), "the reporter's files go with the report; officers' stay");
        for (int i = 0; i < reporters.size(); i++) {
            Stored from = reporters.get(i);
            Stored to = copied.get(i);
            assertNotEquals(from.id(), to.id(), "a copy is a row of its own");
            assertEquals(from.fileName(), to.fileName());
            assertNull(to.addedBy());
            assertNotNull(to.originalSha());
            assertEquals(from.originalSha(), to.originalSha(), "the original decrypts to the same bytes");
            assertEquals(from.copySha(), to.copySha(), "the handler copy decrypts to the same bytes");
        }
        // sealed under the copy's own id: no segment ciphertext is shared between source and copy
        long shared = QuarkusTransaction.requiringNew().call(() -> ((Number) cases.getEntityManager().createNativeQuery(
                "select count(*) from attachment_chunk s join attachment_chunk t on s.data = t.data "
                        + "where s.attachment_id = ?1 and t.attachment_id = ?2")
                .setParameter(1, reporters.get(0).id()).setParameter(2, copied.get(0).id()).getSingleResult()).longValue());
        assertEquals(0, shared);
        // the WBS team opens the copy's files
        String wbs = accounts.token(user("petugas.wbs"), Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        given().auth().oauth2(wbs).get("/api/v1/cases/" + target + "/attachments").then().statusCode(200)
                .body("fileName", containsInAnyOrder("foto.png", "kuitansi.pdf"));
        byte[] opened = given().auth().oauth2(wbs).get("/api/v1/cases/" + target + "/attachments/" + copied.get(0).id()).then()
                .statusCode(200).extract().asByteArray();
        assertEquals(copied.get(0).copySha(), sha256(opened));
    }

    @Test
    void aMoveSealsTheFilesForTheNewCaseWhichTheTrackingCodeNowOpens() {
        String aduChair = chairOf(TeamKind.COMPLAINTS);
        byte[] photo = Fixtures.pngWithText("lokasi");
        String[] c = complaintWith(Map.of("foto.png", photo));
        multipart(aduChair).multiPart("attachments", "telaah-internal.pdf", pdf("telaah"), "application/pdf")
                .post("/api/v1/cases/" + c[0] + "/attachments").then().statusCode(201);
        List<Stored> before = stored(c[0]);

        String target = json().auth().oauth2(aduChair).body(Map.of("to", "WBS", "mode", "MOVE", "reason", "Dugaan pungli."))
                .post("/api/v1/cases/" + c[0] + "/channel-change").then().statusCode(201).body("sourceStatus", is("DITUTUP"))
                .extract().path("registrationNumber");

        assertEquals(before, stored(c[0]), "the closed source keeps the files its timeline refers to");
        List<Stored> moved = stored(target);
        assertEquals(1, moved.size());
        assertEquals("foto.png", moved.get(0).fileName());
        assertEquals(sha256(photo), moved.get(0).originalSha(), "the original is the reporter's bytes");
        assertEquals(before.get(0).copySha(), moved.get(0).copySha());
        // the tracking code opens the new case, which lists the reporter's file and never the officer's
        json().body(Map.of("trackingCode", c[1])).post("/api/v1/tracking").then().statusCode(200)
                .body("registrationNumber", is(target)).body("attachments", contains("foto.png"));
        long carried = QuarkusTransaction.requiringNew().call(() -> ((Number) cases.getEntityManager().createNativeQuery(
                "select count(*) from audit_log a join report_case r on r.id = a.target_id where a.action = 'ATTACHMENTS_CARRIED' "
                        + "and r.registration_number = ?1").setParameter(1, target).getSingleResult()).longValue());
        assertEquals(1, carried);
    }
}
