package id.integritas.portal.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Small builders for request bodies and accounts used by several tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A distinct client address per test, passed as X-Forwarded-For (proxy forwarding is on in tests). */
    public static String clientAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51.100." + r.nextInt(1, 255) + "," + "10." + r.nextInt(255) + "." + r.nextInt(255) + "." + r.nextInt(255);
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).header("X-Forwarded-For", clientAddress().split(",")[1]);
    }

    public static Map<String, Object> complaint() {
        Map<String, Object> m = new HashMap<>();
        m.put("subject", "Antrean tidak tertib");
        m.put("description", "Nomor antrean saya dilewati di loket 2 pada pagi hari.");
        m.put("eventDate", "2026-11-02");
        m.put("eventPlace", "Kantor Dinas, loket 2");
        m.put("classification", "PENGADUAN");
        m.put("serviceCode", "KTP_EL");
        m.put("problemTypeCode", "PERILAKU_PETUGAS");
        m.put("identityMode", "RAHASIA");
        m.put("reporter", Map.of("name", "Rina Warga", "phone", "081234567890"));
        return m;
    }

    public static Map<String, Object> tip() {
        Map<String, Object> m = new HashMap<>();
        m.put("categoryCode", "PUNGUTAN_LIAR");
        m.put("what", "Petugas meminta uang agar berkas cepat selesai.");
        m.put("where", "Loket 4");
        m.put("whenFrom", "2026-10-20");
        m.put("persons", List.of(Map.of("name", "Inisial XY", "position", "Petugas loket")));
        m.put("how", "Meminta di luar loket sebelum berkas diproses.");
        m.put("identityMode", "ANONIM");
        return m;
    }

    public static Map<String, Object> gratification() {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "PENERIMAAN");
        m.put("reporter", Map.of("employmentType", "PNS", "nik", "1271010101900001", "phone", "081200000000"));
        m.put("gift", Map.of("kind", "BARANG", "description", "Parsel", "value", 750000, "currency", "IDR"));
        m.put("occasionCode", "HARI_RAYA");
        m.put("place", "Rumah");
        m.put("receivedOn", "2026-11-10");
        m.put("giver", Map.of("name", "PT Contoh", "relationship", "REKANAN_VENDOR"));
        m.put("chronology", "Diantar kurir ke rumah.");
        m.put("custody", "DITITIPKAN_UPG");
        return m;
    }

    public static Map<String, Object> declaration() {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "DEKLARASI");
        m.put("declarant", Map.of("employmentType", "PNS"));
        m.put("declaration", Map.of("type", "AKTUAL", "source", "KELUARGA", "situation", "Berkas adik saya ditugaskan ke saya.",
                "relatedParty", "Adik kandung", "affectedDecision", "Berkas 12/2026", "dateKnown", "2026-11-01"));
        return m;
    }

    /** A form token as a page would embed it (read from the public tracking page). */
    public static String formToken() {
        return tokenFrom(given().get("/lacak").then().statusCode(200).extract().asString());
    }

    /** A small PNG carrying a tEXt metadata chunk with {@code text} (as a camera's comment or location would). */
    public static byte[] pngWithText(String text) {
        try {
            var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var writer = javax.imageio.ImageIO.getImageWritersByFormatName("png").next();
            var type = javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image);
            var meta = writer.getDefaultImageMetadata(type, null);
            var root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
            var textNode = new javax.imageio.metadata.IIOMetadataNode("tEXt");
            var entry = new javax.imageio.metadata.IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", "Comment");
            entry.setAttribute("value", text);
            textNode.appendChild(entry);
            root.appendChild(textNode);
            meta.mergeTree("javax_imageio_png_1.0", root);
            var out = new java.io.ByteArrayOutputStream();
            try (var ios = javax.imageio.ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(new javax.imageio.IIOImage(image, null, meta));
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The decrypted handler copy of the first attachment of a case, through the real store. */
    public static byte[] handlerCopy(javax.sql.DataSource ds, String registrationNumber) {
        var store = io.quarkus.arc.Arc.container().instance(id.integritas.portal.attachment.AttachmentStore.class).get();
        var repo = io.quarkus.arc.Arc.container().instance(id.integritas.portal.attachment.AttachmentRepository.class).get();
        var cases = io.quarkus.arc.Arc.container().instance(id.integritas.portal.casefile.CaseRepository.class).get();
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var c = cases.findByRegistrationNumber(registrationNumber).orElseThrow();
            return store.handlerCopy(repo.ofCase(c.id).get(0));
        });
    }

    /** The first group of {@code regex} in {@code text}; fails the test when absent. */
    public static String firstMatch(String regex, String text) {
        return firstGroup(regex, text, "no match for " + regex);
    }

    public static String tokenFrom(String html) {
        return firstGroup("name=\"_csrf\" value=\"([^\"]+)\"", html, "no form token in page");
    }

    public static String trackingCodeFrom(String receiptHtml) {
        return firstGroup("data-testid=\"tracking-code\">([^<]+)<", receiptHtml, "no tracking code on the receipt page").trim();
    }

    private static String firstGroup(String regex, String text, String failure) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError(failure);
        }
        return m.group(1);
    }
}
