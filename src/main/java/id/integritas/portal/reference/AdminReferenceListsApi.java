package id.integritas.portal.reference;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.api.ApiProblemException;

@Path("/api/v1/admin/reference-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminReferenceListsApi {

    public record VersionView(String code, String labelId, String labelEn, int sortOrder, boolean active,
            LocalDate effectiveFrom) {
        static VersionView of(ReferenceItem i) {
            return new VersionView(i.code, i.labelId, i.labelEn, i.sortOrder, i.active, i.effectiveFrom);
        }
    }

    @Inject
    ReferenceListAdmin admin;

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("/{name}")
    @Operation(summary = "Every version of every option of a list (paged), newest first per code")
    public List<VersionView> versions(@PathParam("name") String name, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return admin.versions(list(name), Math.max(0, page), Math.max(1, Math.min(size, 200))).stream()
                .map(VersionView::of).toList();
    }

    @PUT
    @Path("/{name}/options/{code}")
    @Operation(summary = "Add an option, or change or withdraw one from its effective date (today or later)")
    public VersionView put(@PathParam("name") String name, @PathParam("code") String code,
            ReferenceListAdmin.OptionChange body) {
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        return VersionView.of(admin.put(list(name), code, body, Long.valueOf(jwt.getSubject())));
    }

    private static ReferenceList list(String name) {
        return ReferenceList.named(name).orElseThrow(ApiProblemException::notFound);
    }
}
