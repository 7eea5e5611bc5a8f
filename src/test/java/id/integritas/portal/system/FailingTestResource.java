package id.integritas.portal.system;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only page that fails unexpectedly, to see the 500 page a visitor gets. */
@Path("/uji-gagal")
@PermitAll
public class FailingTestResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String fail() {
        throw new IllegalStateException("deliberate test failure");
    }
}
