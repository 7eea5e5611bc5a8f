package id.integritas.portal.system.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.account.Role;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.RequestLocale;
import id.integritas.portal.system.i18n.Texts;
import io.quarkus.security.identity.SecurityIdentity;

/** Builds the {@link Page} for this request and checks form tokens against the same subject. */
@RequestScoped
public class PageContext {

    @Inject
    RequestLocale locale;

    @Inject
    PortalConfig config;

    @Inject
    FormTokens tokens;

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uriInfo;

    @Inject
    SecurityIdentity identity;

    public Texts texts() {
        return locale.texts();
    }

    /** For public pages: never touches the session, so a stale cookie cannot break them. */
    public Page publicPage(String titleKey) {
        boolean cookie = headers.getCookies().containsKey(config.session().cookieName());
        return new Page(texts(), config.office(), tokens.issue(""), null, cookie, false, texts().get(titleKey),
                uriInfo.getPath(), description(titleKey));
    }

    /** For pages behind sign-in (the identity is already established there). */
    public Page signedInPage(String titleKey) {
        String name = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("name") : identity.getPrincipal().getName();
        boolean officer = identity.hasRole(Role.PETUGAS.name()) || identity.hasRole(Role.KETUA_TIM.name())
                || identity.hasRole(Role.ADMIN.name());
        return new Page(texts(), config.office(), tokens.issue(subject()), name, true, officer, texts().get(titleKey),
                uriInfo.getPath(), description(titleKey));
    }

    /** {@code meta.description.<page>} (the title key's first part) or the portal's general description. */
    private String description(String titleKey) {
        String key = "meta.description." + titleKey.substring(0, Math.max(titleKey.indexOf('.'), 0));
        return texts().has(key) ? texts().get(key) : texts().get("meta.description");
    }

    public boolean validToken(String token, boolean signedIn) {
        String site = headers.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        return tokens.valid(token, signedIn ? subject() : "");
    }

    private String subject() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
