package id.integritas.portal.account;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.intake.CurrentEmployee;

@Path("/api/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminAccountsApi {

    public record AccountView(String username, String displayName, String nip, String workUnit, Set<Role> roles,
            Set<Channel> channels, boolean enabled) {
        static AccountView of(Account a) {
            return new AccountView(a.username, a.displayName, a.nip, a.workUnit, a.roles, a.channels, a.enabled);
        }
    }

    @Inject
    AccountAdmin admin;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentEmployee current;

    @GET
    public List<AccountView> list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return accounts.page(Math.max(0, page), Math.max(1, Math.min(size, 200))).stream().map(AccountView::of).toList();
    }

    @POST
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "201", description = "Account created", content = @org.eclipse.microprofile.openapi.annotations.media.Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = AccountView.class)))
    public Response create(AccountAdmin.NewAccount body) {
        if (body == null) {
            throw new id.integritas.portal.system.api.ApiProblemException(400, "malformed-request");
        }
        return Response.status(201).entity(AccountView.of(admin.create(body, current.account().id))).build();
    }

    @PATCH
    @Path("/{username}")
    public AccountView change(@PathParam("username") String username, AccountAdmin.Change body) {
        if (body == null) {
            throw new id.integritas.portal.system.api.ApiProblemException(400, "malformed-request");
        }
        return AccountView.of(admin.change(username, body, current.account().id));
    }
}
