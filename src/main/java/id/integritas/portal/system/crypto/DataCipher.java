package id.integritas.portal.system.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import id.integritas.portal.system.PortalConfig;

/**
 * AES-256-GCM for identity, content and attachments at rest. Each ciphertext starts with the id of the key
 * that sealed it, so old data stays readable after a new key is put first in {@code portal.crypto.data-keys}.
 * Format: {@code [1: version=1][1: id length][id bytes][12: nonce][ciphertext + 16-byte tag]}.
 * The optional associated data binds a ciphertext to its place (e.g. the table it belongs to).
 */
@ApplicationScoped
public class DataCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    public DataCipher(PortalConfig config) {
        for (String entry : config.crypto().dataKeys()) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("portal.crypto.data-keys entries must look like id:base64key");
            }
            byte[] raw = Base64.getDecoder().decode(entry.substring(colon + 1).trim());
            if (raw.length != 32) {
                throw new IllegalArgumentException("portal.crypto.data-keys: key '" + entry.substring(0, colon)
                        + "' must be 32 bytes (AES-256)");
            }
            keys.put(entry.substring(0, colon).trim(), new SecretKeySpec(raw, "AES"));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("portal.crypto.data-keys is empty");
        }
        activeKeyId = keys.keySet().iterator().next();
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** Every configured key id, the active one first. */
    public List<String> keyIds() {
        return List.copyOf(keys.keySet());
    }

    public byte[] encrypt(byte[] plaintext, String purpose) {
        return encryptWith(activeKeyId, plaintext, purpose);
    }

    /** Seals with a given configured key (the key check seals a known value with every key). */
    byte[] encryptWith(String keyId, byte[] plaintext, String purpose) {
        try {
            byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
                    .put(VERSION).put((byte) id.length).put(id).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] encryptText(String text, String purpose) {
        return encrypt(text.getBytes(StandardCharsets.UTF_8), purpose);
    }

    public byte[] decrypt(byte[] ciphertext, String purpose) {
        ByteBuffer in = ByteBuffer.wrap(ciphertext);
        if (in.get() != VERSION) {
            throw new IllegalStateException("unknown ciphertext version");
        }
        byte[] id = new byte[in.get()];
        in.get(id);
        String keyId = new String(id, StandardCharsets.US_ASCII);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("data key '" + keyId + "' is not configured in portal.crypto.data-keys");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(ciphertext, in.position(), in.remaining());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (wrong key or altered data)", e);
        }
    }

    public String decryptText(byte[] ciphertext, String purpose) {
        return new String(decrypt(ciphertext, purpose), StandardCharsets.UTF_8);
    }

    /** The key id a stored ciphertext names (for re-encryption after rotation). */
    public static String keyIdOf(byte[] ciphertext) {
        return new String(ciphertext, 2, ciphertext[1], StandardCharsets.US_ASCII);
    }
}
