package id.integritas.portal.system.crypto;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.system.PortalConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The start-up key check (issue 10 §3): the running portal wrote a check value for its data key; the same keys
 * pass, a different key under the same id or a different id fail with a message naming the problem and write
 * nothing, a key added by rotation gets its own check value.
 */
@QuarkusTest
@Tag("persistence")
class DataKeyCheckTest {

    @Inject
    DataSource dataSource;

    @Inject
    DataCipher cipher;

    @Test
    void theRunningPortalStoredACheckValueForItsKeyAndIsReady() throws Exception {
        assertEquals(List.of(cipher.activeKeyId()), storedIds().stream().filter(cipher.keyIds()::contains).toList());
        RestAssured.get("/q/health/ready").then().statusCode(200);
        try (Connection c = dataSource.getConnection()) {
            assertEquals(List.of(), DataKeyCheck.check(c, cipher));
        }
    }

    @Test
    void aDifferentKeyUnderTheSameIdIsRefusedAndNothingIsWritten() throws Exception {
        List<String> before = storedIds();
        DataCipher wrong = cipherWith(cipher.activeKeyId() + ":" + randomKey());
        try (Connection c = dataSource.getConnection()) {
            List<String> problems = DataKeyCheck.check(c, wrong);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("data key '" + cipher.activeKeyId()
                    + "' does not match the key check value stored in the database"), problems.toString());
        }
        assertEquals(before, storedIds());
        String message = new DataKeyCheck.DataKeyMismatchException(List.of("x")).getMessage();
        assertTrue(message.startsWith("Portal Integritas cannot start: x."), message);
        assertTrue(message.contains("PORTAL_CRYPTO_DATA_KEYS"), message);
    }

    @Test
    void anotherKeyIdIsRefusedBecauseTheStoredKeyIsMissing() throws Exception {
        List<String> before = storedIds();
        DataCipher other = cipherWith("other-installation:" + randomKey());
        try (Connection c = dataSource.getConnection()) {
            List<String> problems = DataKeyCheck.check(c, other);
            assertTrue(problems.stream().anyMatch(p -> p.contains("key check value for data key '" + cipher.activeKeyId()
                    + "', which is not in portal.crypto.data-keys")), problems.toString());
        }
        assertEquals(before, storedIds(), "no check value is written for a key that was refused");
    }

    @Test
    void aKeyAddedByRotationGetsItsCheckValue() throws Exception {
        DataCipher rotated = cipherWith("rotated-test:" + randomKey(), cipher.activeKeyId() + ":" + currentKeyBase64());
        try (Connection c = dataSource.getConnection()) {
            try {
                assertEquals(List.of(), DataKeyCheck.check(c, rotated));
                assertTrue(storedIds().contains("rotated-test"));
                assertEquals(List.of(), DataKeyCheck.check(c, rotated), "the second start passes too");
            } finally {
                try (PreparedStatement d = c.prepareStatement("delete from data_key_check where key_id = 'rotated-test'")) {
                    d.executeUpdate();
                }
            }
        }
    }

    private String currentKeyBase64() {
        // the configured entry of the active key, as the portal read it
        return io.quarkus.arc.Arc.container().instance(PortalConfig.class).get().crypto().dataKeys().stream()
                .filter(e -> e.startsWith(cipher.activeKeyId() + ":")).findFirst().orElseThrow()
                .substring(cipher.activeKeyId().length() + 1);
    }

    private List<String> storedIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select key_id from data_key_check order by key_id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static DataCipher cipherWith(String... keys) {
        ClassLoader loader = DataKeyCheckTest.class.getClassLoader();
        PortalConfig.Crypto crypto = (PortalConfig.Crypto) Proxy.newProxyInstance(loader, new Class<?>[] { PortalConfig.Crypto.class },
                (p, m, a) -> {
                    if (m.getName().equals("dataKeys")) {
                        return List.of(keys);
                    }
                    throw new UnsupportedOperationException();
                });
        PortalConfig config = (PortalConfig) Proxy.newProxyInstance(loader, new Class<?>[] { PortalConfig.class }, (p, m, a) -> crypto);
        return new DataCipher(config);
    }
}
