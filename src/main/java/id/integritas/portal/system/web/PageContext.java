package id.integritas.portal.system.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.RequestLocale;
import id.integritas.portal.system.i18n.Texts;
import io.quarkus.security.identity.CurrentIdentityAssociation;
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

    @Inject
    CurrentIdentityAssociation association;

    @Inject
    SignedInPresentation people;

    public Texts texts() {
        return locale.texts();
    }

    /**
     * For public pages: shows who is signed in when the session is valid; a stale or revoked cookie only leaves
     * the sign-out button, it never breaks the page. Form tokens stay anonymous (the public forms check them so).
     */
    public Page publicPage(String titleKey) {
        boolean cookie = headers.getCookies().containsKey(config.session().cookieName());
        SecurityIdentity session = cookie ? sessionOrNull() : null;
        if (session == null) {
            return new Page(texts(), config.office(), tokens.issue(""), null, cookie, false, texts().get(titleKey),
                    uriInfo.getPath(), description(titleKey), List.of(), tokens.issue(""), List.of());
        }
        return new Page(texts(), config.office(), tokens.issue(""), people.displayName(session), true, people.officer(session),
                texts().get(titleKey), uriInfo.getPath(), description(titleKey), people.navigation(session, texts()),
                tokens.issue(session.getPrincipal().getName()), List.of());
    }

    /** For pages behind sign-in (the identity is already established there). */
    public Page signedInPage(String titleKey) {
        String signOut = tokens.issue(subject());
        return new Page(texts(), config.office(), signOut, people.displayName(identity), true, people.officer(identity),
                texts().get(titleKey), uriInfo.getPath(), description(titleKey), people.navigation(identity, texts()),
                signOut, people.warnings(identity, texts()));
    }

    /** The valid session of this request, or null (none, expired, revoked, disabled account). */
    public SecurityIdentity sessionOrNull() {
        try {
            SecurityIdentity id = association.getDeferredIdentity().await().indefinitely();
            return id == null || id.isAnonymous() ? null : id;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code meta.description.<page>} (the title key's first part) or the portal's general description. */
    private String description(String titleKey) {
        String key = "meta.description." + titleKey.substring(0, Math.max(titleKey.indexOf('.'), 0));
        return texts().has(key) ? texts().get(key) : texts().get("meta.description");
    }

    public boolean validToken(String token, boolean signedIn) {
        return validToken(token, signedIn ? subject() : "");
    }

    /** Refuses cross-site posts ({@code Sec-Fetch-Site}) and tokens not issued for {@code subject}. */
    public boolean validToken(String token, String subject) {
        String site = headers.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        return tokens.valid(token, subject);
    }

    private String subject() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
