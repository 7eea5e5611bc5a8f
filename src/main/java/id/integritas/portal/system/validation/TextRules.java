package id.integritas.portal.system.validation;

/**
 * What any text that enters the portal may contain: well-formed Unicode without control characters other than tab,
 * carriage return and newline. U+FFFD is refused too: it is what a lenient decoder makes of broken or overlong
 * UTF-8, so a value holding it was not what the sender meant. PostgreSQL refuses NUL in text, so such a value
 * would otherwise fail as a server error deep inside a query.
 */
public final class TextRules {

    /** The field error code of a value that breaks this rule. */
    public static final String CODE = "invalid_characters";

    private TextRules() {
    }

    public static boolean clean(CharSequence s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFD' || control(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean control(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
