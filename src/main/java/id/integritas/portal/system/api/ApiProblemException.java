package id.integritas.portal.system.api;

import java.util.Map;

/** A request refused with a status and a stable problem kind (e.g. 413 payload-too-large, 429 rate-limited). */
public class ApiProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final Map<String, String> headers;

    public ApiProblemException(int status, String kind, Map<String, String> headers) {
        super(kind);
        this.status = status;
        this.kind = kind;
        this.headers = headers;
    }

    public ApiProblemException(int status, String kind) {
        this(status, kind, Map.of());
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiProblemException tooLarge() {
        return new ApiProblemException(413, "payload-too-large");
    }

    public static ApiProblemException rateLimited(long retryAfterSeconds) {
        return new ApiProblemException(429, "rate-limited", Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public static ApiProblemException notFound() {
        return new ApiProblemException(404, "not-found");
    }
}
