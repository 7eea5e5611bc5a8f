package id.integritas.portal.system.web;

import java.util.List;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.LanguageChoice;
import id.integritas.portal.system.i18n.Texts;

/**
 * What every page's layout needs: texts, office, the form token, who is signed in, the page title, its path and meta
 * description, the pages the signed-in person's roles may use, the sign-out form's token (bound to that
 * person) and the warnings shown at the top of every page behind sign-in.
 */
@io.quarkus.qute.TemplateData
public record Page(Texts t, PortalConfig.Office office, String csrf, String userName, boolean signedIn,
        boolean officer, String title, String path, String description, List<NavLink> nav,
        String signOutCsrf, List<String> warnings) {

    /** A link in the signed-in header. */
    @io.quarkus.qute.TemplateData
    public record NavLink(String href, String label) {
    }

    public String lang() {
        return t.lang();
    }

    public String otherLang() {
        return "en".equals(t.lang()) ? "id" : "en";
    }

    /** The language link: the same page in the other language. */
    public String otherLangHref() {
        return LanguageChoice.href(otherLang(), path);
    }
}
