package id.integritas.portal.system.i18n;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * The language of this request. Pages are in Bahasa Indonesia, the office's language, unless the reader chose
 * English ({@code ?lang=en} for one request, or the {@code lang=en} cookie the language link sets). The browser's
 * Accept-Language is deliberately ignored for pages; only JSON API clients, which ask explicitly, get it honoured.
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
        if (org.jboss.resteasy.reactive.server.core.CurrentRequestManager.get() == null) {
            // An active request context without an HTTP request (start-up work such as the demo data, a scheduler):
            // the office's language.
            return Texts.INDONESIAN;
        }
        String param = uriInfo.getQueryParameters().getFirst("lang");
        if (param != null) {
            return Locale.forLanguageTag(param);
        }
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie != null) {
            return Locale.forLanguageTag(cookie.getValue());
        }
        if (isApi()) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                    return Texts.INDONESIAN;
                }
            }
        }
        return Texts.INDONESIAN;
    }

    private boolean isApi() {
        String path = uriInfo.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
