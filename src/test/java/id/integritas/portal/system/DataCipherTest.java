package id.integritas.portal.system;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.integritas.portal.system.crypto.DataCipher;

class DataCipherTest {

    static final String K1 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    static final String K2 = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

    static DataCipher cipher(String... keys) {
        PortalConfig.Crypto crypto = (PortalConfig.Crypto) Proxy.newProxyInstance(getLoader(), new Class<?>[] { PortalConfig.Crypto.class },
                (p, m, a) -> {
                    if (m.getName().equals("dataKeys")) {
                        return List.of(keys);
                    }
                    throw new UnsupportedOperationException();
                });
        PortalConfig config = (PortalConfig) Proxy.newProxyInstance(getLoader(), new Class<?>[] { PortalConfig.class },
                (p, m, a) -> crypto);
        return new DataCipher(config);
    }

    private static ClassLoader getLoader() {
        return DataCipherTest.class.getClassLoader();
    }

    @Test
    void roundTripAndKeyIdInTheCiphertext() {
        DataCipher c = cipher("k2026a:" + K1);
        byte[] sealed = c.encryptText("Nama Pelapor", "case.identity");
        assertEquals("k2026a", DataCipher.keyIdOf(sealed));
        assertEquals("Nama Pelapor", c.decryptText(sealed, "case.identity"));
        assertNotEquals(new String(sealed), new String(c.encryptText("Nama Pelapor", "case.identity")), "random nonce");
    }

    @Test
    void rotationKeepsOldDataReadable() {
        byte[] old = cipher("k1:" + K1).encryptText("lama", "case.content");
        DataCipher rotated = cipher("k2:" + K2, "k1:" + K1);
        assertEquals("lama", rotated.decryptText(old, "case.content"));
        assertEquals("k2", DataCipher.keyIdOf(rotated.encryptText("baru", "case.content")));
        assertThrows(IllegalStateException.class, () -> cipher("k2:" + K2).decryptText(old, "case.content"));
    }

    @Test
    void tamperingOrMovingACiphertextIsDetected() {
        DataCipher c = cipher("k1:" + K1);
        byte[] sealed = c.encryptText("isi", "case.content");
        assertThrows(IllegalStateException.class, () -> c.decryptText(sealed, "case.identity"), "bound to its purpose");
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> c.decryptText(sealed, "case.content"));
    }

    @Test
    void badKeysAreRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> cipher("short:AAAA"));
        assertThrows(IllegalArgumentException.class, () -> cipher("nokeyid"));
    }
}
