package id.integritas.portal.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Quarkus tags the HTTP server meters with {@code server.port} only when the server's configured port is above 0. With
 * the main interface on a fixed port and the management interface on port 0 (or the other way round), the two
 * servers register {@code http.server.bytes.read} with different tag keys, which the Prometheus registry refuses by
 * throwing inside Vert.x's listen callback: the start then never completes and the process ignores SIGTERM (found
 * by deploy/rehearsal.sh). Without the tag both servers share one set of meters; requests stay apart by {@code uri}.
 */
@Singleton
public class ServerPortTag {

    @Produces
    @Singleton
    MeterFilter withoutServerPort() {
        return MeterFilter.ignoreTags("server.port");
    }
}
