package id.integritas.portal.system.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import id.integritas.portal.system.i18n.RequestLocale;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.validation.TextRules;
import id.integritas.portal.system.web.ErrorMessages;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every failure becomes a clear answer: problem+json under /api, an error page elsewhere. Never a stack trace,
 * an exception class name or request content.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    RequestLocale locale;

    @Inject
    PageContext pages;

    @Inject
    @Location("error.html")
    Template errorPage;

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        Texts t = locale.texts();
        List<Problem.FieldProblem> fields = e.errors().stream()
                .map(f -> new Problem.FieldProblem(f.field(), f.code(), ErrorMessages.text(f, t))).toList();
        if (!isApi(uri)) {
            return page(400, t);
        }
        return problem(Problem.invalid(t.get("problem.validation.title"), t.get("problem.validation.detail"), fields));
    }

    @ServerExceptionMapper({ JsonProcessingException.class, com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class,
            com.fasterxml.jackson.core.JsonParseException.class })
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        ApiProblemException refused = causeOfType(e, ApiProblemException.class);
        if (refused != null) {
            return apiProblem(refused, uri); // e.g. a file over the size limit, met while the body was being read
        }
        Texts t = locale.texts();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = path(m.getPath());
            String code = e instanceof JsonInput.InvalidTextException ? TextRules.CODE
                    : e instanceof JsonInput.FieldFormatException f ? f.code() : "format";
            FieldError error = new FieldError(field, code);
            return problem(Problem.invalid(t.get("problem.validation.title"), t.get("problem.validation.detail"),
                    List.of(new Problem.FieldProblem(field, error.code(), ErrorMessages.text(error, t)))));
        }
        return problem(Problem.of("malformed-request", t.get("problem.malformed.title"), 400, t.get("problem.malformed.detail")));
    }

    /** Two requests changed the same record at once (its version moved): the later one is told to reload. */
    @ServerExceptionMapper({ jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return apiProblem(new ApiProblemException(409, "concurrent-change"), uri);
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblemException e, UriInfo uri) {
        Texts t = locale.texts();
        Response.ResponseBuilder b = isApi(uri)
                ? Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(Problem.of(e.kind(),
                        t.get("problem." + e.kind() + ".title"), e.status(), t.get("problem." + e.kind() + ".detail")))
                : pageBuilder(e.status(), t, e.kind());
        e.headers().forEach(b::header);
        return b.build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri, jakarta.ws.rs.container.ContainerRequestContext request) {
        if (!isApi(uri)) {
            return Response.seeOther(id.integritas.portal.system.web.LocalPaths.signInFor(
                    "GET".equals(request.getMethod()) ? uri.getRequestUri() : null)).build();
        }
        Texts t = locale.texts();
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of("unauthorized", t.get("problem.unauthorized.title"), 401, t.get("problem.unauthorized.detail")))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        Texts t = locale.texts();
        return isApi(uri)
                ? problem(Problem.of("forbidden", t.get("problem.forbidden.title"), 403, t.get("problem.forbidden.detail")))
                : page(403, t);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps what went wrong while reading a body: answer for the cause, with its field.
        JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
        if (json != null) {
            return malformedJson(json, uri);
        }
        ApiProblemException refused = causeOfType(e, ApiProblemException.class);
        if (refused != null) {
            return apiProblem(refused, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf("request failed with status %d (%s)", status, e.getClass().getSimpleName());
        }
        if (status >= 300 && status < 400) {
            return e.getResponse();
        }
        Texts t = locale.texts();
        String kind = kindOf(status);
        return isApi(uri)
                ? problem(Problem.of(kind, t.get("problem." + kind + ".title"), status, t.get("problem." + kind + ".detail")))
                : page(status, t);
    }

    private static boolean isOrCausedBy(Throwable e, Class<? extends Throwable> type) {
        return type.isInstance(e) || causeOfType(e, type) != null;
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /** A body that could not be read: truncated or malformed multipart, a connection cut mid-body. */
    @ServerExceptionMapper
    public Response unreadable(java.io.IOException e, UriInfo uri) {
        Texts t = locale.texts();
        return isApi(uri)
                ? problem(Problem.of("malformed-request", t.get("problem.malformed-request.title"), 400,
                        t.get("problem.malformed-request.detail")))
                : page(400, t);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.unavailable(e)) {
            LOG.warnf("database unavailable (%s)", e.getClass().getSimpleName());
            return unavailable(uri);
        }
        if (DatabaseFailures.invalidText(e)) {
            return unreadable(new java.io.IOException("text refused by the database"), uri);
        }
        if (isOrCausedBy(e, jakarta.persistence.OptimisticLockException.class)
                || isOrCausedBy(e, org.hibernate.StaleStateException.class)) {
            return concurrentChange(null, uri); // the version check failed at commit, wrapped by the transaction
        }
        if (isOrCausedBy(e, StackOverflowError.class)) {
            // a file nested deeper than its parser can follow (e.g. a PDF of 200,000 "["): refused, not a fault
            return unreadable(new java.io.IOException("file nested too deeply"), uri);
        }
        // Only the class and place are logged: exception messages may echo submitted values.
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        LOG.errorf("unexpected %s at %s", e.getClass().getName(), at);
        Texts t = locale.texts();
        return isApi(uri)
                ? problem(Problem.of("internal", t.get("problem.internal.title"), 500, t.get("problem.internal.detail")))
                // A page never says a report may be stored: only a tracking code shown to the person means that.
                : pageBuilder(500, t, "internal", "problem.internal.pageDetail").build();
    }

    /** 503 with Retry-After while the database cannot be reached. */
    public Response unavailable(UriInfo uri) {
        Texts t = locale.texts();
        Response.ResponseBuilder b = isApi(uri)
                ? Response.status(503).type(Problem.MEDIA_TYPE).entity(Problem.of("unavailable",
                        t.get("problem.unavailable.title"), 503, t.get("problem.unavailable.detail")))
                : pageBuilder(503, t, "unavailable", "problem.unavailable.detail");
        return b.header("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS)).build();
    }

    static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    /** The stable problem kind of an HTTP status (also the message key stem, {@code problem.<kind>.*}). */
    static String kindOf(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "malformed-request";
        };
    }

    private Response page(int status, Texts t) {
        return pageBuilder(status, t, kindOf(status)).build();
    }

    private Response.ResponseBuilder pageBuilder(int status, Texts t, String kind) {
        return pageBuilder(status, t, kind, "problem." + kind + ".detail");
    }

    private Response.ResponseBuilder pageBuilder(int status, Texts t, String kind, String detailKey) {
        // The error page keeps the site's header and footer, so the reader can go on from there.
        Page page = pages.publicPage("problem." + kind + ".title");
        String html = errorPage.data("page", page).data("t", t).data("status", status)
                .data("message", t.get(detailKey)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
