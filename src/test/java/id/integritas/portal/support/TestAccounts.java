package id.integritas.portal.support;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.account.AccountAdmin;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;

/**
 * Creates accounts through the real admin service and signs them in through the real API, enrolling and using a
 * second factor (codes made with java-otp here, as an authenticator app would) where the account's roles need one. An officer's channels
 * become memberships of SK teams in force (one SK per channel, from yesterday for a year), as access follows SKs.
 */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    @Inject
    AccountAdmin admin;

    @Inject
    AccountRepository accounts;

    @Inject
    DecreeAdmin decrees;

    private volatile AuthenticatorApp app;

    @Inject
    Clock clock;

    /** The tests' authenticator app, running on the portal's (shiftable) test clock. */
    public AuthenticatorApp app() {
        if (app == null) {
            synchronized (this) {
                if (app == null) {
                    app = new AuthenticatorApp(clock::instant);
                }
            }
        }
        return app;
    }

    public synchronized String token(String username, Set<Role> roles, Set<Channel> channels) {
        if (accounts.findByUsername(username).isEmpty()) {
            String nip = String.format("%018d", Math.abs(username.hashCode()) % 1_000_000_000L + 199000000000000000L);
            admin.create(new AccountAdmin.NewAccount(username, "Test " + username, nip, "Unit Uji", "Staf", null, null,
                    null, EnumSet.copyOf(roles), PASSWORD), null);
            appoint(username, channels);
        }
        return app().signIn(username, PASSWORD);
    }

    /** See {@link AuthenticatorApp#signIn}. */
    public String signIn(String username, String password) {
        return app().signIn(username, password);
    }

    /** See {@link AuthenticatorApp#signInPage}. */
    public String signInPage(String username, String password, String csrf) {
        return app().signInPage(username, password, csrf);
    }

    public String code(String username) {
        return app().code(username);
    }

    public boolean hasSecondFactor(String username) {
        return app().hasSecondFactor(username);
    }

    public String codeForSecret(String base32, long step) {
        return app().codeForSecret(base32, step);
    }

    public long step() {
        return app().step();
    }

    public void forgetSecondFactor(String username) {
        app().forgetSecondFactor(username);
    }

    /** Makes the account a member of a team in force for each channel, through the real decree service. */
    public void appoint(String username, Set<Channel> channels) {
        var today = decrees.today();
        for (Channel channel : channels) {
            decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.of(channel), "SK-UJI/" + channel + "/" + username,
                    today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                    List.of(new DecreeAdmin.MemberRequest(username, TeamRole.MEMBER, null, null))), null);
        }
    }
}
