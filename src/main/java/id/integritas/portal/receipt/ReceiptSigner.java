package id.integritas.portal.receipt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.Digests;

/**
 * Signs receipts as compact JWS with EdDSA/Ed25519 (RFC 8037) under {@code portal.crypto.receipt-key}. An asymmetric
 * signature lets a reporter prove the office received the report (the public key is published at
 * {@code /api/v1/receipts/public-key}); Ed25519 (Bouncy Castle) is used because signing is on the hot path of every
 * submission and costs a fraction of ECDSA P-256 in the JDK.
 */
@ApplicationScoped
public class ReceiptSigner {

    static final String TYPE = "portal-receipt+jwt";
    static final String AUDIENCE = "portal-receipt";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;
    private final String keyId;
    private final String header;
    private final ObjectMapper mapper;

    public ReceiptSigner(PortalConfig config, ObjectMapper mapper) {
        byte[] seed = Base64.getDecoder().decode(config.crypto().receiptKey());
        if (seed.length != 32) {
            throw new IllegalArgumentException("portal.crypto.receipt-key must be 32 bytes (an Ed25519 seed) in base64");
        }
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        this.publicKey = privateKey.generatePublicKey();
        this.keyId = Digests.sha256Hex(publicKey.getEncoded()).substring(0, 16);
        this.mapper = mapper;
        this.header = B64.encodeToString(("{\"alg\":\"EdDSA\",\"typ\":\"" + TYPE + "\",\"kid\":\"" + keyId + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    public Receipt sign(ReportCase c) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", AUDIENCE);
        claims.put("reg", c.registrationNumber);
        claims.put("ch", c.channel.name());
        claims.put("at", c.submittedAt.toString());
        claims.put("dig", c.contentDigest);
        if (c.digestVersion > 1) {
            claims.put("dv", Integer.toString(c.digestVersion)); // old receipts have no "dv": version 1
        }
        try {
            String signingInput = header + "." + B64.encodeToString(mapper.writeValueAsBytes(claims));
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, privateKey);
            byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
            signer.update(input, 0, input.length);
            return new Receipt(c.registrationNumber, c.channel.name(), c.submittedAt, c.contentDigest, c.digestVersion,
                    signingInput + "." + B64.encodeToString(signer.generateSignature()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("receipt signing failed", e);
        }
    }

    /** The receipt's statements if the signature is the portal's and nothing was changed; empty otherwise. */
    public Optional<Receipt> verify(String token) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(header)) {
            return Optional.empty();
        }
        try {
            byte[] signature = UNB64.decode(parts[2]);
            byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, publicKey);
            verifier.update(input, 0, input.length);
            if (signature.length != 64 || !verifier.verifySignature(signature)) {
                return Optional.empty();
            }
            Map<String, String> claims = mapper.readValue(UNB64.decode(parts[1]), new TypeReference<Map<String, String>>() {
            });
            if (!AUDIENCE.equals(claims.get("aud"))) {
                return Optional.empty();
            }
            int digestVersion = claims.containsKey("dv") ? Integer.parseInt(claims.get("dv")) : 1;
            return Optional.of(new Receipt(claims.get("reg"), claims.get("ch"), Instant.parse(claims.get("at")),
                    claims.get("dig"), digestVersion, token.strip()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The public key as a JWK (RFC 8037), for anyone who wants to check receipts offline. */
    public Map<String, String> publicJwk() {
        return Map.of("kty", "OKP", "crv", "Ed25519", "kid", keyId, "use", "sig", "alg", "EdDSA",
                "x", B64.encodeToString(publicKey.getEncoded()));
    }
}
