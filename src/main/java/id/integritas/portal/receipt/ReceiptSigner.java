package id.integritas.portal.receipt;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import id.integritas.portal.casefile.ReportCase;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs receipts with the portal's key (ES256 JWS, the same key pair as sessions but a different audience and
 * type, so a receipt can never pass as a session) and checks them.
 */
@ApplicationScoped
public class ReceiptSigner {

    static final String TYPE = "portal-receipt+jwt";
    static final String AUDIENCE = "portal-receipt";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public ReceiptSigner(@ConfigProperty(name = "smallrye.jwt.sign.key") String signKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey") String verifyKey) {
        try {
            this.privateKey = KeyUtils.decodePrivateKey(signKey, SignatureAlgorithm.ES256);
            this.publicKey = KeyUtils.decodePublicKey(verifyKey, SignatureAlgorithm.ES256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("smallrye.jwt.sign.key / mp.jwt.verify.publickey are not a valid EC P-256 pair", e);
        }
    }

    public Receipt sign(ReportCase c) {
        JwtClaims claims = new JwtClaims();
        claims.setAudience(AUDIENCE);
        claims.setClaim("reg", c.registrationNumber);
        claims.setClaim("ch", c.channel.name());
        claims.setClaim("at", c.submittedAt.toString());
        claims.setClaim("dig", c.contentDigest);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setHeader("typ", TYPE);
        try {
            return new Receipt(c.registrationNumber, c.channel.name(), c.submittedAt, c.contentDigest,
                    jws.getCompactSerialization());
        } catch (JoseException e) {
            throw new IllegalStateException("receipt signing failed", e);
        }
    }

    /** The receipt's statements if the signature is the portal's and nothing was changed; empty otherwise. */
    public Optional<Receipt> verify(String token) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new org.jose4j.jwa.AlgorithmConstraints(
                    org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
            jws.setCompactSerialization(token.strip());
            jws.setKey(publicKey);
            if (!jws.verifySignature() || !TYPE.equals(jws.getHeader("typ"))) {
                return Optional.empty();
            }
            JwtClaims claims = JwtClaims.parse(jws.getPayload());
            if (!claims.getAudience().contains(AUDIENCE)) {
                return Optional.empty();
            }
            return Optional.of(new Receipt(claims.getStringClaimValue("reg"), claims.getStringClaimValue("ch"),
                    Instant.parse(claims.getStringClaimValue("at")), claims.getStringClaimValue("dig"), token.strip()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
