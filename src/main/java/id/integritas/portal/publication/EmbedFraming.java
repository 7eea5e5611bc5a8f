package id.integritas.portal.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The embeddable monthly summary ({@code /laporan-bulanan/{yyyy}/{mm}/sematan}) may be framed by any site (an office
 * shows it on its own website): for that address only, X-Frame-Options is dropped and the portal's
 * Content-Security-Policy says {@code frame-ancestors *} instead of {@code 'none'}. Every other page keeps both.
 */
@ApplicationScoped
public class EmbedFraming {

    static final String PATH = "/laporan-bulanan/[0-9]{4}/[0-9]{2}/sematan";

    @ConfigProperty(name = "quarkus.http.header.\"Content-Security-Policy\".value")
    String policy;

    void install(@Observes Router router) {
        router.routeWithRegex(PATH).order(-4).handler(this::handle);
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
