package id.integritas.portal.account;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.SignedInPresentation;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in header's name and role links, from the account checked on this request ({@link SessionCheck}). */
@ApplicationScoped
class AccountPresentation implements SignedInPresentation {

    @jakarta.inject.Inject
    TeamDirectory teams;

    @Override
    public String displayName(SecurityIdentity id) {
        Object name = id.getAttribute(SessionCheck.DISPLAY_NAME);
        return name != null ? name.toString() : id.getPrincipal().getName();
    }

    @Override
    public boolean officer(SecurityIdentity id) {
        return id.hasRole(Role.PETUGAS.name()) || id.hasRole(Role.KETUA_TIM.name()) || id.hasRole(Role.ADMIN.name());
    }

    @Override
    public List<Page.NavLink> navigation(SecurityIdentity id, Texts texts) {
        return RoleNavigation.links(id.getRoles(), chairsConflictTeam(id), texts);
    }

    /** A chair (KETUA_TIM) whose SK teams in force include the conflict-of-interest team; one query, for chairs only. */
    private boolean chairsConflictTeam(SecurityIdentity who) {
        if (!who.hasRole(Role.KETUA_TIM.name()) || who.hasRole(Role.PIMPINAN.name()) || who.hasRole(Role.ADMIN.name())
                || !(who.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt)) {
            return false;
        }
        try {
            long accountId = Long.parseLong(jwt.getSubject());
            return teams.channelsInForce(List.of(accountId)).getOrDefault(accountId, java.util.Set.of())
                    .contains(Channel.BKP);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Administrators see, on every page behind sign-in, the SKs in force that end within the warning period. */
    @Override
    public List<String> warnings(SecurityIdentity id, Texts texts) {
        return id.hasRole(Role.ADMIN.name()) ? teams.expiryWarnings(texts) : List.of();
    }
}
