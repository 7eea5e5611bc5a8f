package id.integritas.portal.account.totp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;

/** RFC 6238 with 6 digits and the per-role policy, without Quarkus. */
class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 key; its 8-digit values end in these 6 digits. */
    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    final TotpCodes codes = new TotpCodes();

    @Test
    void codesAreThoseOfRfc6238() {
        assertEquals("287082", codes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", codes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", codes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", codes.code(RFC_KEY, TotpCodes.step(Instant.ofEpochSecond(1234567890))));
    }

    @Test
    void oneStepOfDriftEitherWayIsAcceptedAndNamed() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = TotpCodes.step(now);
        assertEquals(OptionalLong.of(step), codes.matchingStep(RFC_KEY, codes.code(RFC_KEY, step), now));
        assertEquals(OptionalLong.of(step - 1), codes.matchingStep(RFC_KEY, codes.code(RFC_KEY, step - 1), now));
        assertEquals(OptionalLong.of(step + 1), codes.matchingStep(RFC_KEY, codes.code(RFC_KEY, step + 1), now));
        assertTrue(codes.matchingStep(RFC_KEY, codes.code(RFC_KEY, step - 2), now).isEmpty(), "a minute old");
        assertTrue(codes.matchingStep(RFC_KEY, "12345a", now).isEmpty());
        assertTrue(codes.matchingStep(RFC_KEY, null, now).isEmpty());
    }

    @Test
    void secretsRoundTripThroughBase32() {
        byte[] secret = TotpCodes.newSecret();
        assertEquals(20, secret.length);
        String text = TotpCodes.base32(secret);
        assertFalse(text.contains("="));
        assertEquals(List.of(), diff(secret, TotpCodes.fromBase32(text)));
    }

    @Test
    void requiredRolesAreConfigurable() {
        SecondFactorPolicy defaults = new SecondFactorPolicy(SecondFactorPolicy.parse(
                List.of("PETUGAS", "KETUA_TIM", "INSPEKTORAT", "PIMPINAN", "PPID", "ADMIN")));
        assertTrue(defaults.requiredFor(Set.of(Role.PETUGAS)));
        assertTrue(defaults.requiredFor(Set.of(Role.PEGAWAI, Role.PPID)));
        assertFalse(defaults.requiredFor(Set.of(Role.PEGAWAI)), "employees alone need none");
        assertFalse(defaults.requiredFor(Set.of()));

        SecondFactorPolicy adminsOnly = new SecondFactorPolicy(SecondFactorPolicy.parse(List.of(" admin ")));
        assertTrue(adminsOnly.requiredFor(Set.of(Role.ADMIN)));
        assertFalse(adminsOnly.requiredFor(Set.of(Role.PETUGAS)));

        assertFalse(new SecondFactorPolicy(SecondFactorPolicy.parse(List.of("none"))).requiredFor(Set.of(Role.ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> SecondFactorPolicy.parse(List.of("PETUGAS", "KEPALA")),
                "a misspelt role stops start-up instead of leaving a role unprotected");
    }

    private static List<Integer> diff(byte[] a, byte[] b) {
        assertEquals(a.length, b.length);
        return java.util.stream.IntStream.range(0, a.length).filter(i -> a[i] != b[i]).boxed().toList();
    }
}
