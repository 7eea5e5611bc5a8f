package id.integritas.portal.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;


import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers of the public summary addresses. The portal marks every answer {@code Cache-Control: no-store} before it is
 * routed (system.api.HttpEdge); a published summary's file is public and immutable, so when the resource says
 * {@code public, …} the early {@code no-store} is dropped.
 * <p>
 * The embeddable monthly summary ({@code /laporan-bulanan/{yyyy}/{mm}/sematan}) may be framed by any site (an office
 * shows it on its own website): for that address only, X-Frame-Options is dropped and the portal's
 * Content-Security-Policy is the embeddable page's own ({@code SummaryRenderer.EMBED_CONTENT_SECURITY_POLICY}: its
 * inline style by hash, {@code frame-ancestors *}). Every other page keeps the portal's.
 */
@ApplicationScoped
public class EmbedFraming {

    static final String PATH = "/laporan-bulanan/[0-9]{4}/[0-9]{2}/sematan";

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
        // The embeddable page's own policy: its one inline style by hash, nothing else loaded, any site may frame it.
        rc.addHeadersEndHandler(v -> {
            rc.response().headers().remove("X-Frame-Options");
            rc.response().headers().set("Content-Security-Policy",
                    id.integritas.portal.publication.render.SummaryRenderer.EMBED_CONTENT_SECURITY_POLICY);
        });
        rc.next();
    }
}
