package id.integritas.portal.system;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The wording a reader of the regulations stumbled on (docs: wording-notes) stays out of the bundles and templates,
 * and the facts that replaced it stay in.
 */
class WordingTest {

    static final Properties ID = load("messages.properties");
    static final Properties EN = load("messages_en.properties");

    /** Each pattern: what reads wrong, case-insensitive, anywhere in a value. */
    static final Map<String, String> FLAGGED_ID = Map.ofEntries(
            Map.entry("Whistle[ -]Blowing", "one spelling: Whistleblowing System (WBS)"),
            Map.entry("\\bditahan\\b", "suggests detention; say dikunci sementara"),
            Map.entry("bantuan sosial", "a budget term (bansos)"),
            Map.entry("\\bhadiah\\b", "one term: gratifikasi"),
            Map.entry("objek gratifikasi|uraian objek|keberadaan objek", "one term: gratifikasi"),
            Map.entry("\\bkanal\\b", "saluran reads more naturally"),
            Map.entry("\\bsidik\\b", "it is a SHA-256 digest"),
            Map.entry("bertanda tangan", "the portal's own signature, not a certified one"),
            Map.entry("\\bporsi\\b", "unusual for shareholdings"),
            Map.entry("luar dinas", "dinas is also the office's name"),
            Map.entry("tetap tersimpan di formulir", "reads as stored on the server"),
            Map.entry("yang dikeluhkan", "suggestions and requests are not complaints"),
            Map.entry("untuk laporan anonim dan rahasia", "no address is kept for any report"),
            Map.entry("Siapa yang terlibat|^Orang$|Bagaimana caranya", "neutral: terlapor, diduga"));

    static final Map<String, String> FLAGGED_EN = Map.ofEntries(
            Map.entry("Whistle[ -]Blowing", "one spelling"),
            Map.entry("social aid", "not social assistance"),
            Map.entry("fingerprint", "a SHA-256 digest"),
            Map.entry("^Signed receipt$", "not a certified signature"),
            Map.entry("kept in this form", "reads as stored on the server"),
            Map.entry("for anonymous and confidential reports", "no address is kept for any report"),
            Map.entry("^Person$|Who was involved", "neutral wording"));

    static Properties load(String name) {
        try {
            return MessageBundlesTest.load(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> hits(Properties bundle, Map<String, String> flagged) {
        Set<String> found = new TreeSet<>();
        flagged.forEach((regex, why) -> {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            bundle.stringPropertyNames().stream().filter(k -> p.matcher(bundle.getProperty(k)).find())
                    .forEach(k -> found.add(k + " ~ /" + regex + "/: " + why));
        });
        return found;
    }

    @Test
    void theCorrectedFactsAreThere() {
        assertEquals("Whistleblowing System (WBS)", ID.getProperty("channel.WBS"));
        assertEquals("Whistleblowing System (WBS)", EN.getProperty("channel.WBS"));
        assertEquals("Konflik Kepentingan", ID.getProperty("channel.BKP"));
        assertTrue(ID.getProperty("home.lead").contains("Pencatatan Sipil"));
        String lead = ID.getProperty("grt.lead");
        for (String fact : List.of("Pasal 12C", "KPK", "30 hari kerja sejak tanggal diterima", "UPG", "10 hari kerja",
                "pemberian dalam arti luas", "Penolakan")) {
            assertTrue(lead.contains(fact), "grt.lead states " + fact);
        }
        assertTrue(EN.getProperty("grt.lead").contains("30 working days of the date it was received"));
        assertTrue(ID.getProperty("grt.receivedOnHint").contains("sejak tanggal diterima"));
        assertTrue(ID.getProperty("identity.modeHint").contains("kecuali undang-undang mewajibkan"));
        assertTrue(ID.getProperty("receipt.signedHint").contains("bukan tanda tangan elektronik tersertifikasi"));
        assertTrue(ID.getProperty("complaint.reportedPersonHint").contains("Whistleblowing System (WBS)"));
        assertEquals("Terlapor", ID.getProperty("wbs.person"));
        assertEquals("Saluran", ID.getProperty("receipt.channel"));
    }

    @Test
    void theFlaggedWordingIsGone() {
        // The checks do find what they look for (a test that cannot fail proves nothing).
        Properties old = new Properties();
        old.setProperty("channel.WBS", "Whistle Blowing System (WBS)");
        old.setProperty("wbs.person", "Orang");
        assertEquals(2, hits(old, FLAGGED_ID).size());

        assertEquals(Set.of(), hits(ID, FLAGGED_ID));
        assertEquals(Set.of(), hits(EN, FLAGGED_EN));
    }

    @Test
    void gratificationIsOneTermAndTheOldConflictTermIsMentionedOnlyOnce() {
        long benturan = ID.stringPropertyNames().stream().filter(k -> ID.getProperty(k).toLowerCase().contains("benturan"))
                .count();
        assertEquals(1, benturan, "the older term benturan kepentingan is mentioned once, in bkp.lead");
        assertTrue(ID.getProperty("bkp.lead").contains("benturan kepentingan"));
        assertFalse(ID.getProperty("grt.custody.DISALURKAN_BANTUAN_SOSIAL").isBlank());
    }

    @Test
    void templatesHaveNoFlaggedWordingEither() throws IOException {
        Pattern flagged = Pattern.compile("Whistle[ -]Blowing|Benturan Kepentingan|bantuan sosial", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(flagged.matcher(Files.readString(f)).find(), f.toString());
            }
        }
    }
}
