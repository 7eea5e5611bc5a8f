package id.integritas.portal.system.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details; {@code type} is stable per kind of error and {@code errors} lists wrong fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String PREFIX = "urn:portal-integritas:problem:";

    public record FieldProblem(String field, String code, String message) {
    }

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem(PREFIX + kind, title, status, detail, null);
    }

    public static Problem invalid(String title, String detail, List<FieldProblem> errors) {
        return new Problem(PREFIX + "validation", title, 400, detail, errors);
    }
}
