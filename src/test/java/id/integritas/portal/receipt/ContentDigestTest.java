package id.integritas.portal.receipt;

import id.integritas.portal.casefile.EncryptionLabels;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.casefile.CaseHistory;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.intake.ContentDigest;
import id.integritas.portal.intake.IntakeService;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.system.crypto.DataCipher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Item 11: the content digest is salted per report (unlinkable), and old unkeyed digests still verify. */
@QuarkusTest
@Tag("persistence")
class ContentDigestTest {

    @Inject
    CaseRepository cases;

    @Inject
    CaseHistory history;

    @Inject
    DataCipher cipher;

    @Inject
    IntakeService intake;

    @Inject
    ReceiptSigner signer;

    private static Map<String, String> submit() {
        var r = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        return Map.of("number", r.path("registrationNumber"), "digest", r.path("contentDigest"), "receipt", r.path("receipt"));
    }

    private static io.restassured.response.ValidatableResponse verify(String receipt) {
        return given().contentType(ContentType.JSON).body(Map.of("receipt", receipt)).post("/api/v1/receipts/verify").then()
                .statusCode(200);
    }

    /** The digest input of a stored case, from its decrypted parts (no attachments in these fixtures). */
    private byte[] summaryOf(ReportCase c) {
        var identity = history.identities.forCase(c.id);
        return intake.digestSummary(c.channel, cipher.decrypt(c.content, EncryptionLabels.CONTENT),
                identity == null ? null : cipher.decrypt(identity.data, EncryptionLabels.IDENTITY), List.of());
    }

    @Test
    void identicalReportsGetUnlinkableDigestsThatTheOfficeCanRecompute() {
        Map<String, String> first = submit();
        Map<String, String> second = submit();
        assertTrue(first.get("digest").matches("[0-9a-f]{64}"), "a digest is returned");
        verify(first.get("receipt")).body("valid", is(true)).body("contentDigest", is(first.get("digest")));
        assertNotEquals(first.get("digest"), second.get("digest"), "identical reports must not share a digest");

        QuarkusTransaction.requiringNew().run(() -> {
            ReportCase c = cases.findByRegistrationNumber(first.get("number")).orElseThrow();
            assertEquals(ContentDigest.SALTED, c.digestVersion);
            assertEquals(first.get("digest"), c.contentDigest);
            byte[] summary = summaryOf(c);
            // Someone with a dump who guesses the content exactly cannot confirm it with a plain hash ...
            assertNotEquals(ContentDigest.legacy(summary), c.contentDigest);
            // ... the salt in the row is encrypted, and with the data key the office recomputes the digest.
            byte[] salt = cipher.decrypt(c.digestSalt, EncryptionLabels.DIGEST_SALT);
            assertEquals(32, salt.length);
            assertEquals(c.contentDigest, ContentDigest.salted(salt, summary));
        });
    }

    @Test
    void oldReceiptsWithTheUnkeyedDigestStillVerify() {
        Map<String, String> created = submit();
        String oldReceipt = QuarkusTransaction.requiringNew().call(() -> {
            // A row as the previous release stored it: version 1, no salt, SHA-256 of the summary.
            ReportCase c = cases.findByRegistrationNumber(created.get("number")).orElseThrow();
            c.digestVersion = ContentDigest.LEGACY;
            c.digestSalt = null;
            c.contentDigest = ContentDigest.legacy(summaryOf(c));
            return signer.sign(c).token();
        });
        String payload = new String(java.util.Base64.getUrlDecoder().decode(oldReceipt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(payload.contains("\"dv\""), "receipts of version-1 digests look as they always did");
        verify(oldReceipt).body("valid", is(true)).body("registrationNumber", is(created.get("number")));
        // The new-kind receipt of that report no longer matches what is stored.
        verify(created.get("receipt")).body("valid", is(false));
    }
}
