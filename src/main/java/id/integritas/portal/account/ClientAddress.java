package id.integritas.portal.account;

import io.vertx.core.http.HttpServerRequest;

/** The client address as Vert.x resolved it (through the proxy headers when quarkus.http.proxy.* allows them). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
    }
}
