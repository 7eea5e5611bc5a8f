package id.integritas.portal.system.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing text of one locale, from {@code i18n/messages*.properties} (Bahasa Indonesia is the default). */
@io.quarkus.qute.TemplateData
public final class Texts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String BUNDLE = "i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Texts ID = new Texts(INDONESIAN);
    private static final Texts EN = new Texts(Locale.ENGLISH);

    public static Texts of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ID;
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
