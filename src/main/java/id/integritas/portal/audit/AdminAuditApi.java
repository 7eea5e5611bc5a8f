package id.integritas.portal.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminAuditApi {

    public static final int MAX_LIMIT = 200;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditSearch search;

    @GET
    @Path("/verification")
    @Operation(summary = "Walks the audit hash chain: intact or not, how many entries, and the first broken entry")
    public AuditVerifier.Verification verification() {
        return verifier.verify();
    }

    @GET
    @Operation(summary = "Searches the audit log by who, what, when and case, newest first; pass nextBefore as before for older entries")
    public AuditSearch.Result search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("case") String caseNumber,
            @QueryParam("before") String before, @QueryParam("limit") String limit) {
        return search.search(criteria(actor, action, from, to, caseNumber, before, limit));
    }

    /** Checks the raw parameters, every bad one reported at once (shared with the admin page). */
    static AuditSearch.Criteria criteria(String actor, String action, String from, String to, String caseNumber,
            String before, String limit) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("to", "before_start"));
        }
        Long b = number("before", before, 1, Long.MAX_VALUE, errors);
        Long l = number("limit", limit, 1, MAX_LIMIT, errors);
        String a = text("actor", actor, 64, errors);
        String act = text("action", action, 60, errors);
        String cn = text("case", caseNumber, 24, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuditSearch.Criteria(a, act == null ? null : act.toUpperCase(), f, t, cn, b, l == null ? 50 : l.intValue());
    }

    private static LocalDate date(String field, String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "date_format"));
            return null;
        }
    }

    private static Long number(String field, String raw, long min, long max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(raw.strip());
            if (n < min || n > max) {
                errors.add(new FieldError(field, "out_of_range"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "number_format"));
            return null;
        }
    }

    private static String text(String field, String raw, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.strip().length() > max) {
            errors.add(new FieldError(field, "too_long", List.of(max)));
            return null;
        }
        return raw.strip();
    }
}
