package id.integritas.portal.casework.gratification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The giver's name as the per-giver sum compares it: lower case, accents and punctuation gone, degrees after the
 * first comma dropped ("H. Ahmad, S.E." → "ahmad"), leading honorifics and titles dropped, single spaces.
 * Private to the accumulator until account.PersonNames (recusal) is unified with it.
 */
final class GiverNames {

    private static final Set<String> PREFIXES = Set.of("h", "hj", "kh", "dr", "drs", "dra", "ir", "prof", "bapak", "pak",
            "bpk", "ibu", "bu", "sdr", "sdri", "tn", "ny", "nn", "st", "raden", "rd", "hc");

    private GiverNames() {
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = name;
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(0, comma); // post-nominal degrees follow the first comma
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = new ArrayList<>(List.of(s.isEmpty() ? new String[0] : s.split(" ")));
        while (words.size() > 1 && PREFIXES.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }
}
