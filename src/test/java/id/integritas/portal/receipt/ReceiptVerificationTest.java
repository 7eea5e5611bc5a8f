package id.integritas.portal.receipt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@Tag("persistence")
class ReceiptVerificationTest {

    private static String newReceipt() {
        return Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("receipt");
    }

    private static io.restassured.response.ValidatableResponse verify(String receipt) {
        return given().contentType(ContentType.JSON).body(Map.of("receipt", receipt)).post("/api/v1/receipts/verify").then()
                .statusCode(200);
    }

    @Test
    void genuineReceiptIsValidAndSaysOnlyWhatItStates() {
        String receipt = newReceipt();
        verify(receipt).body("valid", is(true)).body("registrationNumber", startsWith("ADU-"))
                .body("$", not(hasKey("status"))).body("$", not(hasKey("content")));
        // The whole downloaded text is accepted as well.
        verify("TANDA TERIMA\nNomor: x\nTanda terima bertanda tangan:\n" + receipt + "\n").body("valid", is(true))
                .body("unverifiedLines", is(2)).body("verifiedFields", hasItems("registrationNumber", "contentDigest"));
    }

    @Test
    void alteredReceiptIsInvalid() {
        String receipt = newReceipt();
        String[] parts = receipt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.replaceFirst("\"at\":\"(\\d{4})", "\"at\":\"1999");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        verify(altered).body("valid", is(false)).body("registrationNumber", nullValue());
        verify(receipt.substring(0, receipt.length() - 3) + "AAA").body("valid", is(false));
    }

    @Test
    void forgedReceiptSignedWithAnotherKeyIsInvalid() throws Exception {
        String genuine = newReceipt();
        String payload = new String(Base64.getUrlDecoder().decode(genuine.split("\\.")[1]), StandardCharsets.UTF_8);
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setKey(gen.generateKeyPair().getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setHeader("typ", "portal-receipt+jwt");
        verify(jws.getCompactSerialization()).body("valid", is(false));
        // Same header and claims, signed with another Ed25519 key.
        var otherKey = new org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters(new java.security.SecureRandom());
        String input = genuine.split("\\.")[0] + "." + genuine.split("\\.")[1];
        var signer = new org.bouncycastle.crypto.signers.Ed25519Signer();
        signer.init(true, otherKey);
        signer.update(input.getBytes(StandardCharsets.US_ASCII), 0, input.length());
        verify(input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.generateSignature()))
                .body("valid", is(false));
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(payload);
        none.setAlgorithmHeaderValue("none");
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        verify(none.getCompactSerialization() + "AAAAAAAAAAAA").body("valid", is(false));
        verify("not a receipt").body("valid", is(false));
    }

    @Test
    void publicKeyIsPublishedForOfflineChecks() {
        given().get("/api/v1/receipts/public-key").then().statusCode(200).body("kty", is("OKP")).body("crv", is("Ed25519"))
                .body("x", matchesPattern("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void verificationPageAnswersBothWays() {
        String receipt = newReceipt();
        String token = Fixtures.formToken();
        given().formParam("_csrf", token).formParam("receipt", receipt).post("/tanda-terima/periksa").then().statusCode(200)
                .body(containsString("Tanda tangan portal sah.")).body(containsString("id=\"receipt-token-only\""))
                .body(not(containsString("tidak diubah")));
        given().formParam("_csrf", token).formParam("receipt", receipt.replace('a', 'b')).post("/tanda-terima/periksa").then()
                .statusCode(200).body(containsString("tidak dapat dipastikan keasliannya"));
    }

    /** Item 17: the signed part is genuine but the visible number was changed; the page must say so. */
    @Test
    void alteredVisibleTextIsFlaggedNotVouchedFor() {
        var created = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract();
        String number = created.path("registrationNumber");
        String token = created.path("receipt");
        String digest = created.path("contentDigest");
        String honest = "TANDA TERIMA LAPORAN - PORTAL INTEGRITAS\nNomor registrasi: " + number
                + "\nKanal: Pengaduan Masyarakat\nSidik isi laporan (SHA-256): " + digest + "\nTanda terima bertanda tangan:\n"
                + token + "\n";
        String csrf = Fixtures.formToken();
        given().formParam("_csrf", csrf).formParam("receipt", honest).post("/tanda-terima/periksa").then().statusCode(200)
                .body(containsString("Tanda tangan portal sah.")).body(containsString("id=\"receipt-text-matches\""))
                .body(not(containsString("id=\"receipt-differences\"")));
        verify(honest).body("valid", is(true)).body("differences", empty()).body("unverifiedLines", is(0));

        String altered = honest.replace("Nomor registrasi: " + number, "Nomor registrasi: ADU-2026-999999")
                + "Status: Selesai\nKode pelacakan: 7KQM-2XPD-9RTA-HW3N-5\n";
        given().formParam("_csrf", csrf).formParam("receipt", altered).post("/tanda-terima/periksa").then().statusCode(200)
                .body(containsString("Tanda tangan portal sah."))
                .body(containsString("id=\"receipt-differences\""))
                .body(containsString("<q>ADU-2026-999999</q>"))
                .body(containsString("<q>" + number + "</q>"))
                .body(containsString("id=\"receipt-unverified\"")).body(containsString("<q>Status: Selesai</q>"))
                .body(containsString("<q>Kode pelacakan: ****</q>")).body(not(containsString("7KQM-2XPD")))
                .body(not(containsString("id=\"receipt-text-matches\""))).body(not(containsString("tidak diubah")));
        verify(altered).body("valid", is(true)).body("registrationNumber", is(number))
                .body("differences", hasSize(1)).body("differences[0].field", is("registrationNumber"))
                .body("differences[0].stated", is("ADU-2026-999999")).body("differences[0].signed", is(number))
                .body("unverifiedLines", is(2));
    }
}
