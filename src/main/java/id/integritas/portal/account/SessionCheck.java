package id.integritas.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Checks every session token against its account: a disabled account, an unknown one or a token of an older
 * session version (logged out, password reset) is not signed in; the roles are the account's current roles, not
 * the ones written into the token.
 */
@ApplicationScoped
public class SessionCheck implements SecurityIdentityAugmentor {

    public static final String SESSION_VERSION_CLAIM = "sv";
    public static final String MUST_CHANGE_PASSWORD = "portal.mustChangePassword";
    /** The account must enrol a second factor before any of its roles applies. */
    public static final String SECOND_FACTOR_PENDING = "portal.secondFactorPending";
    public static final String DISPLAY_NAME = "portal.displayName";

    @Inject
    AccountStates states;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> check(identity, (JsonWebToken) identity.getPrincipal()));
    }

    SecurityIdentity check(SecurityIdentity identity, JsonWebToken jwt) {
        long id;
        try {
            id = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException | NullPointerException e) {
            throw new AuthenticationFailedException();
        }
        AccountStates.State state = states.get(id).orElseThrow(AuthenticationFailedException::new);
        Long version = sessionVersion(jwt);
        if (!state.enabled() || version == null || version != state.sessionVersion()) {
            throw new AuthenticationFailedException();
        }
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder().setPrincipal(jwt).setAnonymous(false)
                .addCredentials(identity.getCredentials()).addAttributes(identity.getAttributes())
                .addAttribute(MUST_CHANGE_PASSWORD, state.mustChangePassword())
                .addAttribute(SECOND_FACTOR_PENDING, state.secondFactorPending())
                .addAttribute(DISPLAY_NAME, state.displayName());
        state.effectiveRoles().forEach(r -> b.addRole(r.name()));
        return b.build();
    }

    static Long sessionVersion(JsonWebToken jwt) {
        Object v = jwt.getClaim(SESSION_VERSION_CLAIM);
        if (v instanceof JsonNumber n) {
            return n.longValue();
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        return null;
    }
}
