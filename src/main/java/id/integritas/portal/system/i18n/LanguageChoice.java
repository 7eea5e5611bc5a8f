package id.integritas.portal.system.i18n;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.system.web.LocalPaths;

/**
 * The language link: back to the page the reader was on, in the chosen language. English is remembered in a
 * {@code lang=en} cookie (the same value for everyone, so it identifies nobody); choosing Indonesian removes it,
 * so nobody reading in the default language carries a cookie.
 */
@Path("/bahasa")
@PermitAll
public class LanguageChoice {

    /** Only a path of this portal, never another site ({@code //host}) or a scheme. */

    @GET
    public Response choose(@QueryParam("lang") String lang, @QueryParam("ke") String back) {
        URI target = URI.create(LocalPaths.safe(back) != null ? back : "/");
        NewCookie.Builder cookie = new NewCookie.Builder(RequestLocale.COOKIE).path("/").sameSite(NewCookie.SameSite.LAX)
                .httpOnly(true);
        cookie = "en".equals(lang) ? cookie.value("en").maxAge(365 * 24 * 3600) : cookie.value("").maxAge(0);
        return Response.seeOther(target).cookie(cookie.build()).header("Cache-Control", "no-store").build();
    }

    /** The link's address for a page at {@code path}. */
    public static String href(String otherLang, String path) {
        String back = LocalPaths.safe(path) != null ? path : "/";
        return "/bahasa?lang=" + otherLang + "&ke=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8);
    }
}
