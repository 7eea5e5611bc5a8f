package id.integritas.portal.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers of the public summary addresses. The portal marks every answer {@code Cache-Control: no-store} before it is
 * routed (system.api.HttpEdge); a published summary's file is public and immutable, so when the resource says
 * {@code public, …} the early {@code no-store} is dropped.
 * <p>
 * The embeddable monthly summary ({@code /laporan-bulanan/{yyyy}/{mm}/sematan}) may be framed by any site (an office
 * shows it on its own website): for that address only, X-Frame-Options is dropped and the portal's
 * Content-Security-Policy says {@code frame-ancestors *} instead of {@code 'none'}. Every other page keeps both.
 */
@ApplicationScoped
public class EmbedFraming {

    static final String PATH = "/laporan-bulanan/[0-9]{4}/[0-9]{2}/sematan";

    @ConfigProperty(name = "quarkus.http.header.\"Content-Security-Policy\".value")
    String policy;

    static final String PUBLIC_PATHS = "/laporan-bulanan(/.*)?|/api/v1/public/monthly-summaries(/.*)?";

    void install(@Observes Router router) {
        router.routeWithRegex(PATH).order(-4).handler(this::handle);
        router.routeWithRegex(PUBLIC_PATHS).order(-4).handler(this::caching);
    }

    void caching(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            var values = rc.response().headers().getAll("Cache-Control");
            if (values.size() > 1 && values.stream().anyMatch(c -> c.startsWith("public"))) {
                String keep = values.stream().filter(c -> c.startsWith("public")).findFirst().orElseThrow();
                rc.response().headers().set("Cache-Control", keep);
            }
        });
        rc.next();
    }

    void handle(RoutingContext rc) {
        String relaxed = policy.replace("frame-ancestors 'none'", "frame-ancestors *");
        rc.addHeadersEndHandler(v -> {
            rc.response().headers().remove("X-Frame-Options");
            rc.response().headers().set("Content-Security-Policy", relaxed);
        });
        rc.next();
    }
}
