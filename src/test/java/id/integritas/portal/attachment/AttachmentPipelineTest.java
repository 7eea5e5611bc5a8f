package id.integritas.portal.attachment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;

@QuarkusTest
@Tag("persistence")
class AttachmentPipelineTest {

    private static Map<String, Object> file(String name, byte[] content) {
        return Map.of("fileName", name, "contentBase64", Base64.getEncoder().encodeToString(content));
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void threePeopleSendingTwoTenMegabyteFilesAtOnceAreAllAcceptedAndStoredByteIdentical() throws Exception {
        int people = 3;
        List<List<byte[]>> sent = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            // 1800² × 3 bytes of random pixels: a PNG of ~9.7 MB, just under the 10-MB limit.
            sent.add(List.of(TestFiles.noisyPng(1800, 10L * p), TestFiles.noisyPng(1800, 10L * p + 1)));
        }
        for (List<byte[]> files : sent) {
            for (byte[] f : files) {
                assertTrue(f.length > 9_000_000 && f.length <= 10 * 1024 * 1024, "size " + f.length);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<String>> numbers = new ArrayList<>();
        try {
            for (int p = 0; p < people; p++) {
                List<byte[]> files = sent.get(p);
                int person = p;
                numbers.add(pool.submit(() -> {
                    Map<String, Object> body = new HashMap<>(Fixtures.complaint());
                    body.put("attachments", List.of(file("foto-" + person + "-a.png", files.get(0)),
                            file("foto-" + person + "-b.png", files.get(1))));
                    // Re-encodings run one at a time (portal.uploads.concurrent-rewrites): allow a slow shared machine.
                    return Fixtures.json().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 60_000)))
                            .body(body).post("/api/v1/reports/complaints").then().statusCode(201)
                            .extract().<String>path("registrationNumber");
                }));
            }
            for (int p = 0; p < people; p++) {
                List<StoredFiles> stored = StoredFiles.of(numbers.get(p).get());
                assertEquals(2, stored.size());
                for (int i = 0; i < 2; i++) {
                    byte[] original = sent.get(p).get(i);
                    StoredFiles s = stored.get(i);
                    assertEquals("foto-" + p + "-" + (i == 0 ? "a" : "b") + ".png", s.fileName());
                    assertEquals("image/png", s.mediaType());
                    assertTrue(s.originalKept());
                    assertEquals(sha256(original), sha256(s.original()), "the sealed original is byte-identical");
                    BufferedImage in = ImageIO.read(new ByteArrayInputStream(original));
                    BufferedImage copy = ImageIO.read(new ByteArrayInputStream(s.handlerCopy()));
                    assertEquals(in.getWidth(), copy.getWidth());
                    assertArrayEquals(in.getRGB(0, 0, in.getWidth(), in.getHeight(), null, 0, in.getWidth()),
                            copy.getRGB(0, 0, in.getWidth(), in.getHeight(), null, 0, in.getWidth()),
                            "the handler copy has the same pixels");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTinyImageDeclaringHugeDimensionsIsRefusedWithAFieldMessageBeforeDecoding() throws Exception {
        Map<String, Object> ok = new HashMap<>(Fixtures.complaint());
        ok.put("attachments", List.of(file("kecil.jpg", TestFiles.jpegClaiming(16, 16))));
        Fixtures.json().body(ok).post("/api/v1/reports/complaints").then().statusCode(201);

        byte[] bomb = TestFiles.jpegClaiming(15000, 15000);
        assertTrue(bomb.length < 1000, "a few hundred bytes: " + bomb.length);
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("attachments", List.of(file("bom.jpg", bomb)));
        Fixtures.json().header("Accept-Language", "id").body(body).post("/api/v1/reports/complaints").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("attachments")).body("errors[0].code", is("image_too_large"))
                .body("errors[0].message", allOf(containsString("bom.jpg"), containsString("16 juta piksel")));

        String token = Fixtures.formToken();
        given().multiPart("_csrf", token).multiPart("classification", "PENGADUAN").multiPart("subject", "Foto")
                .multiPart("description", "Lihat foto.").multiPart("serviceCode", "KK")
                .multiPart("problemTypeCode", "WAKTU_PENYELESAIAN").multiPart("eventDate", "2026-11-03")
                .multiPart("eventPlace", "Kantor").multiPart("identityMode", "RAHASIA").multiPart("reporter.name", "Rina")
                .multiPart("reporter.phone", "081234567890")
                .multiPart("attachments", "bom.jpg", bomb, "image/jpeg").post("/pengaduan").then().statusCode(400)
                .body(containsString("Gambar &quot;bom.jpg&quot; terlalu besar"));
    }

    @Test
    void anonymousTipKeepsOnlyTheMetadataFreeCopyUnlessTheTipsterAsksToKeepTheOriginal() throws Exception {
        String marker = "GPS-MEDAN-" + System.nanoTime();
        byte[] jpeg = TestFiles.jpegWithGps(marker);
        assertTrue(TestFiles.contains(jpeg, "Exif") && TestFiles.contains(jpeg, marker), "the test photo carries EXIF GPS");
        assertEquals(16, ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth(), "and is a readable JPEG");

        Map<String, Object> tip = new HashMap<>(Fixtures.tip());
        tip.put("attachments", List.of(file("bukti.jpg", jpeg)));
        String plain = Fixtures.json().body(tip).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .extract().path("registrationNumber");
        StoredFiles stripped = StoredFiles.of(plain).get(0);
        assertFalse(stripped.originalKept());
        assertNull(stripped.original(), "no original stored for an anonymous tip");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(stripped.handlerCopy())), "the copy is a readable image");
        assertFalse(TestFiles.contains(stripped.handlerCopy(), "Exif"), "no EXIF in the stored copy");
        assertFalse(TestFiles.contains(stripped.handlerCopy(), marker));

        tip.put("keepOriginals", true);
        String kept = Fixtures.json().body(tip).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .extract().path("registrationNumber");
        StoredFiles withOriginal = StoredFiles.of(kept).get(0);
        assertTrue(withOriginal.originalKept());
        assertArrayEquals(jpeg, withOriginal.original(), "the untouched original is kept when asked for");
        assertFalse(TestFiles.contains(withOriginal.handlerCopy(), marker));
    }

    @Test
    void theWbsFormOffersKeepingOriginalsWithItsWarningInBothLanguages() {
        given().get("/wbs").then().statusCode(200).body(containsString("name=\"keepOriginals\""))
                .body(containsString("Simpan juga berkas asli saya")).body(containsString("GPS"));
        given().cookie("lang", "en").get("/wbs").then().statusCode(200)
                .body(containsString("Also keep my original files"));
    }

    @Test
    void aFileChosenBeforeAValidationErrorIsNamedAndAskedForAgain() {
        String token = Fixtures.formToken();
        // Without files, no notice (the notice is not always there).
        given().multiPart("_csrf", token).multiPart("identityMode", "ANONIM").multiPart("categoryCode", "PUNGUTAN_LIAR")
                .post("/wbs").then().statusCode(400).body(containsString("class=\"error-message\""))
                .body(not(containsString("data-testid=\"files-dropped\"")));
        given().multiPart("_csrf", token).multiPart("identityMode", "ANONIM").multiPart("categoryCode", "PUNGUTAN_LIAR")
                .multiPart("attachments", "kuitansi.png", Fixtures.pngWithText("x"), "image/png").post("/wbs").then()
                .statusCode(400).body(containsString("data-testid=\"files-dropped\""))
                .body(containsString("Berkas yang tadi Anda pilih (kuitansi.png) belum terkirim"));
    }

    @Test
    void aReplyWithAFileButNoMessageAsksForTheFileAgain() {
        String code = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("trackingCode");
        given().header("X-Forwarded-For", Fixtures.clientAddress()).multiPart("_csrf", Fixtures.formToken())
                .multiPart("trackingCode", code).multiPart("message", "")
                .multiPart("attachments", "balasan.png", Fixtures.pngWithText("y"), "image/png").post("/lacak/balas").then()
                .statusCode(400).body(containsString("data-testid=\"files-dropped\"")).body(containsString("balasan.png"));
    }
}
