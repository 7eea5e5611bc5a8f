package id.integritas.portal.account;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.Hmac;

/**
 * Names and NIPs as keyed hashes, so that recusal can compare the people a report mentions with the accounts of the
 * handlers without storing a plain name anywhere. A name is normalised first: lower case, Indonesian academic
 * titles and honorifics dropped (Drs., S.Kom, M.Si, Bapak, Ibu, ...), punctuation turned into spaces, single
 * letters (initials) dropped, spaces collapsed. "Drs. BUDI  santoso, M.Si" and "Budi Santoso" hash the same.
 * <p>
 * A free-text field (person reported, giver, "who") yields the hashes of every contiguous sequence of 1 to
 * {@value #MAX_WORDS} words, and of every 18-digit NIP in it (spaces or dots between digits allowed); an account
 * has the hash of its whole normalised display name and of its NIP. A match is one equal hash. The key is derived
 * from {@code portal.crypto.lookup-key} with its own label, so no new secret is configured.
 */
@ApplicationScoped
public class PersonNames {

    /** Longest word sequence of a free-text field that is hashed: longer account names never match. */
    public static final int MAX_WORDS = 5;

    /** Titles and honorifics as written without dots, spaces or case ("S.Kom." → "skom"). */
    static final Set<String> TITLES = Set.of(
            // honorifics and forms of address
            "bapak", "bpk", "pak", "ibu", "bu", "sdr", "sdri", "sdra", "saudara", "saudari", "tn", "tuan", "ny", "nyonya",
            "nn", "h", "hj", "hajjah", "haji", "kh",
            // academic and professional titles
            "dr", "drs", "dra", "ir", "prof", "skom", "sh", "se", "ssos", "sstp", "sip", "spd", "st", "ssi", "sag", "spsi",
            "sked", "sikom", "str", "strip", "sak", "sp", "spt", "shi", "sthi", "sfarm", "ssit", "skm", "skep", "sgz",
            "msi", "mm", "mkn", "map", "mt", "mh", "mpd", "mkom", "mag", "mpsi", "mkes", "msc", "mba", "mpa", "mec",
            "amd", "amdkom", "amdkeb", "amdkep", "phd", "lc", "bsc", "ba",
            // what is left of a title written with spaces ("S. Kom", "M. Si") once single letters are dropped
            "kom", "sos", "stp", "pd", "si", "kn", "ap", "md", "ked", "psi");

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s,;/()\\[\\]]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    /** Digit groups separated by at most one space or dot: an NIP is written "19800101 200501 1 001" too. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d+(?:[ .]\\d+)*");

    private final byte[] key;

    @jakarta.inject.Inject
    public PersonNames(PortalConfig config) {
        this(Base64.getDecoder().decode(config.crypto().lookupKey()));
    }

    PersonNames(byte[] lookupKey) {
        this.key = Hmac.sha256(lookupKey, "person-name");
    }

    /** For tests and tools: an instance with a given lookup key. */
    public static PersonNames withLookupKey(byte[] lookupKey) {
        return new PersonNames(lookupKey);
    }

    /** The normalised words of a name or free text, titles and honorifics dropped. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String token : TOKEN_SPLIT.split(folded)) {
            if (token.isEmpty() || TITLES.contains(token.replace(".", "").replace("'", ""))) {
                continue;
            }
            for (String word : NOT_WORD.split(token)) {
                if (word.isEmpty() || word.codePointCount(0, word.length()) < 2 && !Character.isDigit(word.charAt(0))
                        || TITLES.contains(word) && token.contains(".")) {
                    continue; // initials, and titles glued to a name by dots ("Drs.Budi")
                }
                words.add(word);
            }
        }
        return words;
    }

    /** The whole name normalised, e.g. "budi santoso"; empty when nothing is left. */
    public static String normalised(String name) {
        return String.join(" ", words(name));
    }

    /** The 18 digits of every NIP written in the text. */
    public static List<String> nips(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ .]", "");
            if (digits.length() == 18) {
                found.add(digits);
            }
        }
        return found;
    }

    /** The hash an account's display name is stored under; null when the name normalises to nothing. */
    public byte[] nameHash(String displayName) {
        String n = normalised(displayName);
        return n.isEmpty() ? null : hash("NAME", n);
    }

    /** The hash of an NIP (digits, spaces and dots allowed); null when it is not 18 digits. */
    public byte[] nipHash(String nip) {
        if (nip == null) {
            return null;
        }
        String digits = nip.replaceAll("[ .]", "");
        return digits.matches("\\d{18}") ? hash("NIP", digits) : null;
    }

    /** Sets the account's name and NIP hashes from its display name and NIP (on create and on every change). */
    public void apply(Account a) {
        a.nameHash = nameHash(a.displayName);
        a.nipHash = nipHash(a.nip);
    }

    /** A hash and whether it stands for a name sequence or an NIP. */
    public record Token(String kind, byte[] hash) {
    }

    /**
     * The tokens of free-text fields that may name people: every 1..{@value #MAX_WORDS}-word sequence of each field
     * (a sequence never spans two fields) and every NIP, each once.
     */
    public List<Token> tokens(List<String> fields) {
        Map<String, Token> unique = new LinkedHashMap<>();
        for (String field : fields) {
            if (field == null || field.isBlank()) {
                continue;
            }
            for (String nip : nips(field)) {
                put(unique, new Token("NIP", hash("NIP", nip)));
            }
            List<String> w = words(field);
            for (int i = 0; i < w.size(); i++) {
                for (int len = 1; len <= MAX_WORDS && i + len <= w.size(); len++) {
                    put(unique, new Token("NAME", hash("NAME", String.join(" ", w.subList(i, i + len)))));
                }
            }
        }
        return new ArrayList<>(unique.values());
    }

    /**
     * The hashes of a declared related party: the whole name of each party written in the field (parties separated
     * by ";", "/", "&" or " dan "; a remark in parentheses such as "(adik kandung)" left out) and any NIP in it.
     * They match a case whose named-person tokens contain the same whole name.
     */
    public List<byte[]> partyHashes(String field) {
        List<byte[]> hashes = new ArrayList<>();
        if (field == null) {
            return hashes;
        }
        for (String nip : nips(field)) {
            hashes.add(hash("NIP", nip));
        }
        String withoutRemarks = field.replaceAll("\\([^)]*\\)", " ").replaceAll("\\d+(?:[ .]\\d+)*", " ");
        for (String party : withoutRemarks.split("[;/&]|(?i)\\s+dan\\s+")) {
            byte[] h = nameHash(party);
            if (h != null) {
                hashes.add(h);
            }
        }
        return hashes;
    }

    private static void put(Map<String, Token> unique, Token t) {
        unique.putIfAbsent(HexFormat.of().formatHex(t.hash()), t);
    }

    private byte[] hash(String kind, String value) {
        return Hmac.sha256(key, (kind + ":" + value).getBytes(StandardCharsets.UTF_8));
    }
}
