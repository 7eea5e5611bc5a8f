package id.integritas.portal.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.DatabaseScan;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.system.crypto.DataCipher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@Tag("persistence")
class EncryptionAtRestTest {

    @Inject
    DataSource dataSource;

    @Inject
    TestAccounts accounts;

    @Test
    void theDatabaseHoldsNoPlaintextIdentityContentMessageOrFile() throws Exception {
        String marker = "Zq" + System.nanoTime();
        Map<String, Object> c = new HashMap<>(Fixtures.complaint());
        c.put("description", "Uraian rahasia " + marker + "-desc");
        c.put("subject", "Judul " + marker + "-subj");
        c.put("reporter", Map.of("name", "Nama " + marker + "-name", "email", marker.toLowerCase() + "@example.org",
                "phone", "0812" + (System.nanoTime() % 100000000L)));
        byte[] png = Fixtures.pngWithText(marker + "-file");
        c.put("attachments", List.of(Map.of("fileName", marker + "-foto.png", "contentBase64", Base64.getEncoder().encodeToString(png))));
        var created = Fixtures.json().body(c).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        String number = created.path("registrationNumber");
        String code = created.path("trackingCode");
        Fixtures.json().body(Map.of("trackingCode", code, "message", "Balasan " + marker + "-msg"))
                .post("/api/v1/tracking/messages").then().statusCode(200);

        for (String needle : List.of(marker, marker.toLowerCase(), code, code.replace("-", ""))) {
            assertEquals(List.of(), DatabaseScan.tablesContaining(dataSource, needle), "plaintext of " + needle);
        }

        // Yet the officer reads it all back, and the identity view is audited with its reason.
        String officer = accounts.token("adu.reader", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        given().auth().oauth2(officer).get("/api/v1/cases/" + number).then().statusCode(200)
                .body("content.description", containsString(marker)).body("attachments", is(1));
        given().auth().oauth2(officer).get("/api/v1/cases/" + number + "/identity").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        given().auth().oauth2(officer).queryParam("reason", "verifikasi laporan").get("/api/v1/cases/" + number + "/identity")
                .then().statusCode(200).body("name", containsString(marker));
        try (var conn = dataSource.getConnection(); var ps = conn.prepareStatement(
                "select count(*) from audit_log a join report_case c on c.id = a.target_id where a.action = 'IDENTITY_VIEWED' "
                        + "and c.registration_number = ? and a.reason = 'verifikasi laporan'")) {
            ps.setString(1, number);
            var rs = ps.executeQuery();
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void ciphertextsNameTheirKeyAndAnonymousReportsHaveNoIdentityRow() throws Exception {
        String number = Fixtures.json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .extract().path("registrationNumber");
        try (var conn = dataSource.getConnection(); var ps = conn.prepareStatement(
                "select c.content, (select count(*) from reporter_identity i where i.case_id = c.id) from report_case c where registration_number = ?")) {
            ps.setString(1, number);
            var rs = ps.executeQuery();
            assertTrue(rs.next());
            byte[] content = rs.getBytes(1);
            assertEquals(1, content[0], "format version");
            assertFalse(DataCipher.keyIdOf(content).isBlank());
            assertEquals(0, rs.getInt(2), "an anonymous tip has no identity row");
        }
    }

    @Test
    void handlerCopyOfAPhotoLosesItsMetadata() throws Exception {
        byte[] png = Fixtures.pngWithText("GPS-SECRET-LOCATION");
        String number = Fixtures.json().body(Map.of("categoryCode", "PUNGUTAN_LIAR", "what", "x", "where", "y",
                "whenFrom", "2026-10-01", "persons", List.of(Map.of("name", "z")), "how", "w", "attachments",
                List.of(Map.of("fileName", "a.png", "contentBase64", Base64.getEncoder().encodeToString(png)))))
                .contentType(ContentType.JSON).post("/api/v1/reports/whistleblowing").then().statusCode(201)
                .extract().path("registrationNumber");
        byte[] copy = Fixtures.handlerCopy(dataSource, number);
        assertTrue(new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).contains("GPS-SECRET-LOCATION"));
        assertFalse(new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1).contains("GPS-SECRET-LOCATION"));
        assertNotNull(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(copy)), "still a readable image");
    }
}
