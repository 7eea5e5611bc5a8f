package id.integritas.portal.system.i18n;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * The language of this request: {@code ?lang=}, then the {@code lang} cookie (a preference, the same value for
 * everyone who picks it, so it identifies nobody), then Accept-Language; Bahasa Indonesia otherwise.
 */
@RequestScoped
public class RequestLocale {

    public static final String COOKIE = "lang";

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uriInfo;

    private Texts texts;

    public Texts texts() {
        if (texts == null) {
            texts = Texts.of(resolve());
        }
        return texts;
    }

    private Locale resolve() {
        String param = uriInfo.getQueryParameters().getFirst("lang");
        if (param != null) {
            return Locale.forLanguageTag(param);
        }
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie != null) {
            return Locale.forLanguageTag(cookie.getValue());
        }
        for (Locale l : headers.getAcceptableLanguages()) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                return Texts.INDONESIAN;
            }
        }
        return Texts.INDONESIAN;
    }
}
