package id.integritas.portal.system.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.system.i18n.RequestLocale;
import id.integritas.portal.system.i18n.Texts;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The first thing every request meets, before Quarkus' own body-size check and before RESTEasy:
 * <ul>
 * <li>a URL whose path or query decodes to control characters or ill-formed UTF-8 gets 400 problem+json;</li>
 * <li>a declared body over {@code quarkus.http.limits.max-body-size} gets 413 problem+json (Quarkus alone would
 * answer with an empty body), and the connection is closed without reading the body;</li>
 * <li>a body that is not multipart (JSON, url-encoded, a raw PDF) is held in memory whole, so it must declare its
 * length (411 otherwise) and is refused by that length alone;</li>
 * <li>an API request with a body but no Content-Type gets 415 rather than being read as JSON;</li>
 * <li>every answer except static assets carries {@code Cache-Control: no-store}: pages and API answers show case
 * content, messages or identities, and the rest is cheap to produce again.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEdge {

    /** Before {@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT} (-2), Quarkus' own body-size check. */
    static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper mapper;


    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && !path.startsWith("/static/")) {
            rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (!cleanUrl(rc.request().uri())) {
            refuse(rc, 400, "malformed-request", false);
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declared(length) > maxBodySize.asLongValue()) {
            refuse(rc, 413, "payload-too-large", true);
            return;
        }
        boolean chunked = rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
        if (chunked || (length != null && declared(length) > 0)) {
            String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
            boolean multipart = type != null && type.trim().toLowerCase(Locale.ROOT).startsWith("multipart/");
            if (!multipart) {
                if (type == null && path != null && path.startsWith("/api/")) {
                    refuse(rc, 415, "unsupported-media-type", true);
                    return;
                }
                if (length == null) {
                    refuse(rc, 411, "length-required", true);
                    return;
                }
            }
        }
        rc.next();
    }

    /** The declared length; 0 when it is not a number (Vert.x itself refuses such a request). */
    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** True when the percent-decoded path and query are well-formed UTF-8 without any control character. */
    static boolean cleanUrl(String uri) {
        if (uri == null) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%' && i + 2 < uri.length() && hex(uri.charAt(i + 1)) >= 0 && hex(uri.charAt(i + 2)) >= 0) {
                bytes.write(hex(uri.charAt(i + 1)) * 16 + hex(uri.charAt(i + 2)));
                i += 2;
            } else if (c > 0x7F) {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return decoded.chars().noneMatch(Character::isISOControl) && decoded.indexOf('\uFFFD') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private void refuse(RoutingContext rc, int status, String kind, boolean close) {
        Texts t = Texts.of(language(rc));
        Problem problem = Problem.of(kind, t.get("problem." + kind + ".title"), status, t.get("problem." + kind + ".detail"));
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        var response = rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            // The body was not read: closing is the only way not to read it.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(v -> rc.request().connection().close());
        }
        response.end(body);
    }

    private static Locale language(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(RequestLocale.COOKIE);
        String lang = cookie != null ? cookie.getValue() : rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return lang != null && lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Texts.INDONESIAN;
    }
}
