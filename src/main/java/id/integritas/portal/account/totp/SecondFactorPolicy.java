package id.integritas.portal.account.totp;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.account.Role;
import id.integritas.portal.system.PortalConfig;

/** Which accounts must sign in with a second factor: those holding any role of {@code portal.second-factor.required-roles}. */
@ApplicationScoped
public class SecondFactorPolicy {

    private final Set<Role> required;

    @Inject
    public SecondFactorPolicy(PortalConfig config) {
        this(parse(config.secondFactor().requiredRoles()));
    }

    public SecondFactorPolicy(Set<Role> required) {
        this.required = required.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(required);
    }

    public boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(required::contains);
    }

    public Set<Role> requiredRoles() {
        return Set.copyOf(required);
    }

    /** An unknown role name stops start-up rather than silently leaving a role without a second factor. */
    static Set<Role> parse(Iterable<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            String n = name.strip();
            if (!n.isEmpty() && !n.equalsIgnoreCase("none")) {
                roles.add(Role.valueOf(n.toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return roles;
    }
}
