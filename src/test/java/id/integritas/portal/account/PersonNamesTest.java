package id.integritas.portal.account;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Name normalisation and keyed hashing for recusal (no database). */
class PersonNamesTest {

    private final PersonNames names = PersonNames.withLookupKey(new byte[32]);

    private Set<String> hex(List<PersonNames.Token> tokens) {
        return tokens.stream().map(t -> HexFormat.of().formatHex(t.hash())).collect(Collectors.toSet());
    }

    @Test
    void titlesHonorificsCaseSpacesAndPunctuationAreDropped() {
        assertEquals("budi santoso", PersonNames.normalised("Budi Santoso"));
        assertEquals("budi santoso", PersonNames.normalised("Drs. BUDI  santoso, M.Si"));
        assertEquals("budi santoso", PersonNames.normalised("Bapak Dr. Ir. H. Budi Santoso, S.Kom., M.T."));
        assertEquals("siti aminah", PersonNames.normalised("Hj. Siti Aminah, S.H., M.Kn"));
        assertEquals("siti aminah", PersonNames.normalised("Ibu Siti Aminah S.Sos M.AP"));
        assertEquals("rahmat pohan", PersonNames.normalised("Sdr. Rahmat Pohan, A.Md"));
        assertEquals("nur aini", PersonNames.normalised("Prof. Nur-Aini, S.E., M.M."));
        assertEquals("rudi", PersonNames.normalised("Rudi S. Kom"));
        assertEquals("", PersonNames.normalised("Dr. S.H."));
        assertNull(names.nameHash("Drs."));
    }

    @Test
    void theSameNameWrittenDifferentlyHashesTheSameAndOtherNamesDoNot() {
        assertArrayEquals(names.nameHash("Budi Santoso"), names.nameHash("drs. budi santoso, m.si"));
        assertFalse(java.util.Arrays.equals(names.nameHash("Budi Santoso"), names.nameHash("Budi Santosa")));
        // a different key gives different hashes: nothing is a plain digest of a name
        assertFalse(java.util.Arrays.equals(names.nameHash("Budi Santoso"),
                PersonNames.withLookupKey(new byte[] { 1, 2, 3 }).nameHash("Budi Santoso")));
    }

    @Test
    void freeTextYieldsEveryWordSequenceUpToFiveAndItsNips() {
        List<PersonNames.Token> tokens = names.tokens(List.of("petugas loket Drs. BUDI  santoso, M.Si"));
        Set<String> all = hex(tokens);
        assertTrue(all.contains(HexFormat.of().formatHex(names.nameHash("Budi Santoso"))));
        assertTrue(all.contains(HexFormat.of().formatHex(names.nameHash("Loket Budi"))));
        assertFalse(all.contains(HexFormat.of().formatHex(names.nameHash("Petugas Santoso"))), "not contiguous");
        // 4 words: 4 + 3 + 2 + 1 sequences
        assertEquals(10, tokens.size());

        List<PersonNames.Token> nip = names.tokens(List.of("NIP 19800101 200501 1 001, bagian arsip"));
        assertTrue(hex(nip).contains(HexFormat.of().formatHex(names.nipHash("198001012005011001"))));
        assertTrue(nip.stream().anyMatch(t -> t.kind().equals("NIP")));
        assertEquals(List.of("198001012005011001"), PersonNames.nips("nip: 19800101.200501.1.001"));
        assertEquals(List.of(), PersonNames.nips("telepon 081234567890"));
    }

    @Test
    void aSequenceNeverSpansTwoFields() {
        Set<String> all = hex(names.tokens(List.of("Budi", "Santoso")));
        assertFalse(all.contains(HexFormat.of().formatHex(names.nameHash("Budi Santoso"))));
    }

    @Test
    void declaredPartiesAreWholeNamesWithoutRemarks() {
        List<byte[]> h = names.partyHashes("Sdr. Rahmat Hidayat (adik ipar); PT Maju Jaya dan Ani Lubis");
        Set<String> hexes = h.stream().map(HexFormat.of()::formatHex).collect(Collectors.toSet());
        assertTrue(hexes.contains(HexFormat.of().formatHex(names.nameHash("Rahmat Hidayat"))));
        assertTrue(hexes.contains(HexFormat.of().formatHex(names.nameHash("PT Maju Jaya"))));
        assertTrue(hexes.contains(HexFormat.of().formatHex(names.nameHash("Ani Lubis"))));
        assertEquals(3, h.size());
    }
}
