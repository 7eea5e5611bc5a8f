package id.integritas.portal.tracking;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.integritas.portal.system.PortalConfig;

class TrackingCodesTest {

    private final TrackingCodes codes = new TrackingCodes(TestConfig.withLookupKey("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));

    @Test
    void codesHaveEightyBitsInGroupsWithACheckSymbol() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String c = codes.generate();
            assertTrue(c.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z*~$=U]"), c);
            assertEquals(Optional.of(c), codes.normalize(c));
            assertTrue(seen.add(c));
        }
    }

    @Test
    void typingVariantsAreAcceptedAndTyposCaught() {
        String c = codes.generate();
        assertEquals(Optional.of(c), codes.normalize(c.toLowerCase().replace("-", " ")));
        assertEquals(Optional.of(c), codes.normalize(c.replace("0", "o").replace("1", "l")));
        int caught = 0;
        for (int pos : List.of(0, 5, 10, 15)) {
            char orig = c.charAt(pos);
            char other = orig == 'A' ? 'B' : 'A';
            if (codes.normalize(c.substring(0, pos) + other + c.substring(pos + 1)).isEmpty()) {
                caught++;
            }
        }
        assertEquals(4, caught, "a single changed symbol breaks the check symbol");
        assertTrue(codes.normalize("1234567890123456").isEmpty(), "a NIK is not a tracking code");
        assertTrue(codes.normalize(null).isEmpty());
        assertTrue(codes.normalize("x".repeat(100)).isEmpty());
    }

    @Test
    void hashIsKeyed() {
        String c = codes.generate();
        TrackingCodes other = new TrackingCodes(TestConfig.withLookupKey("AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="));
        assertArrayEquals(codes.hash(c), codes.hash(c));
        assertFalse(java.util.Arrays.equals(codes.hash(c), other.hash(c)));
    }

    /** A PortalConfig with only what these unit tests read. */
    static final class TestConfig {
        static PortalConfig withLookupKey(String key) {
            return (PortalConfig) java.lang.reflect.Proxy.newProxyInstance(PortalConfig.class.getClassLoader(),
                    new Class<?>[] { PortalConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                        case "crypto" -> java.lang.reflect.Proxy.newProxyInstance(PortalConfig.class.getClassLoader(),
                                new Class<?>[] { PortalConfig.Crypto.class }, (p2, m2, a2) -> switch (m2.getName()) {
                                    case "lookupKey" -> key;
                                    case "dataKeys" -> List.of("old:" + key, "new:" + "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=");
                                    default -> throw new UnsupportedOperationException(m2.getName());
                                });
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
