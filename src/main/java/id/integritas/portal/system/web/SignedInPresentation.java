package id.integritas.portal.system.web;

import java.util.List;

import id.integritas.portal.system.i18n.Texts;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the layout shows of a signed-in person: their name, whether they are an officer, and the pages their roles
 * may use. The account feature implements it, so this package knows no feature.
 */
public interface SignedInPresentation {

    String displayName(SecurityIdentity identity);

    boolean officer(SecurityIdentity identity);

    List<Page.NavLink> navigation(SecurityIdentity identity, Texts texts);

    /** Warnings every page behind sign-in shows this person (e.g. administrators: SKs that end soon). */
    default List<String> warnings(SecurityIdentity identity, Texts texts) {
        return List.of();
    }
}
