package id.integritas.portal.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.casefile.Channel;

@Path("/api/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminAccountsApi {

    /**
     * An account as administrators see it. {@code unitCode} is its organisation unit (org_unit) and
     * {@code superior} its direct superior's username (the employee record casework reads). {@code teamChannelsInForce}
     * are the channels of its SK teams in force today: read-only, as access follows the decrees registered at
     * /api/v1/admin/decrees (an account has no channels of its own). {@code failedSignIns} counts failures since the last successful sign-in,
     * {@code pausedSources} the sources currently paused for it: both high means someone is guessing its password.
     */
    public record AccountView(String username, String displayName, String nip, String workUnit, String unitCode,
            String superior, Set<Role> roles, Set<Channel> teamChannelsInForce, boolean enabled,
            boolean passwordChangeRequired, int failedSignIns, Instant lastFailedSignInAt, long pausedSources,
            boolean secondFactorEnrolled) {
        static AccountView of(Account a, long pausedSources, Set<Channel> channels, String superior,
                boolean secondFactorEnrolled) {
            return new AccountView(a.username, a.displayName, a.nip, a.workUnit, a.unitCode, superior, a.roles, channels,
                    a.enabled, a.mustChangePassword, a.failedLogins, a.lastFailedLoginAt, pausedSources,
                    secondFactorEnrolled);
        }
    }

    public record PasswordReset(String password) {
    }

    @Inject
    AccountAdmin admin;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentAccount current;

    @Inject
    AccountPasswords passwords;

    @Inject
    java.time.Clock clock;

    @Inject
    TeamDirectory teams;

    @Inject
    id.integritas.portal.account.totp.SecondFactors secondFactors;

    @GET
    public List<AccountView> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        List<Account> found = accounts.page(Math.max(0, page), Math.max(1, Math.min(size, 200)));
        var paused = accounts.pausedSources(found.stream().map(a -> a.id).toList(), clock.instant());
        var channels = teams.channelsInForce(found.stream().map(a -> a.id).toList());
        var superiors = accounts.usernames(found.stream().map(a -> a.superiorId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        var enrolled = secondFactors.enrolled(found.stream().map(a -> a.id).toList());
        return found.stream().map(a -> AccountView.of(a, paused.getOrDefault(a.id, 0L),
                channels.getOrDefault(a.id, Set.of()), superiors.get(a.superiorId), enrolled.contains(a.id))).toList();
    }

    @jakarta.ws.rs.DELETE
    @Path("/{username}/second-factor")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "Second factor removed")
    @Operation(summary = "Reset a person's second factor (lost phone and recovery codes): their sessions end and they "
            + "enrol again after their password at the next sign-in. Audited; the person is told by mail.")
    public Response resetSecondFactor(@PathParam("username") String username) {
        secondFactors.reset(username, current.account().id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{username}/password")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "204", description = "One-time password set")
    @Operation(summary = "Set a one-time password: the account's sessions end and it must choose a new password at sign-in")
    public Response resetPassword(@PathParam("username") String username, PasswordReset body) {
        if (body == null) {
            throw new id.integritas.portal.system.api.ApiProblemException(400, "malformed-request");
        }
        passwords.reset(username, body.password(), current.account().id);
        return Response.noContent().build();
    }

    @POST
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Account created", content = @org.eclipse.microprofile.openapi.annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = AccountView.class)))
    public Response create(AccountAdmin.NewAccount body) {
        if (body == null) {
            throw new id.integritas.portal.system.api.ApiProblemException(400, "malformed-request");
        }
        return Response.status(201).entity(view(admin.create(body, current.account().id))).build();
    }

    @PATCH
    @Path("/{username}")
    @Operation(summary = "Change roles, enabled, unit (unitCode, blank clears) or superior (superiorUsername, blank clears); null leaves a field as it is")
    public AccountView change(@PathParam("username") String username, AccountAdmin.Change body) {
        if (body == null) {
            throw new id.integritas.portal.system.api.ApiProblemException(400, "malformed-request");
        }
        return view(admin.change(username, body, current.account().id));
    }

    private AccountView view(Account a) {
        return AccountView.of(a, 0, teams.channelsInForce(List.of(a.id)).getOrDefault(a.id, Set.of()),
                a.superiorId == null ? null : accounts.usernames(List.of(a.superiorId)).get(a.superiorId),
                secondFactors.enrolled(a.id));
    }
}
