package id.integritas.portal.publication;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * Open data: the published monthly summaries, anyone, no sign-in, no cookie. The month's document is the stored file
 * as it was published (JSON by default, CSV with {@code Accept: text/csv}); fields and columns in docs/open-data.md.
 */
@Path("/api/v1/public/monthly-summaries")
@PermitAll
@Tag(name = "Open data (public)")
public class PublicSummariesApi {

    public static final int PAGE_SIZE = 120;

    public record PublicSummaryLinks(String json, String csv, String page, String pdf, String png) {
    }

    public record PublicSummaryEntry(String month, int version, Instant publishedAt, String sha256, PublicSummaryLinks links) {
    }

    public record PublicSummaryIndex(List<PublicSummaryEntry> items, int page, Integer next) {
    }

    @Inject
    SummaryStore store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published months (latest version of each), newest first, 120 a page")
    @APIResponse(responseCode = "200", description = "month, version, publishedAt, sha256 of the JSON, links")
    @APIResponse(responseCode = "400", description = "page is not a number from 1")
    public Response index(@QueryParam("page") String page) {
        int p = 1;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.trim());
            } catch (NumberFormatException e) {
                p = 0;
            }
            if (p < 1 || p > 100_000) {
                throw new InvalidInputException(new FieldError("page", "format"));
            }
        }
        List<SummaryStore.Published> all = store.index();
        List<PublicSummaryEntry> items = new ArrayList<>();
        int from = (p - 1) * PAGE_SIZE;
        for (int i = from; i < Math.min(all.size(), from + PAGE_SIZE); i++) {
            SummaryStore.Version v = all.get(i).version();
            String api = "/api/v1/public/monthly-summaries/" + v.month();
            String html = "/laporan-bulanan/" + v.month().replace('-', '/');
            items.add(new PublicSummaryEntry(v.month(), v.version(), v.publishedAt(), v.jsonSha256(),
                    new PublicSummaryLinks(api, api + "?format=csv", html, html + ".pdf", html + ".png")));
        }
        return Response.ok(new PublicSummaryIndex(items, p, all.size() > from + PAGE_SIZE ? p + 1 : null))
                .header("Cache-Control", "public, max-age=60").build();
    }

    @GET
    @Path("{month}")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(summary = "One published month: the stored open-data file (JSON, or CSV with Accept: text/csv or ?format=csv)",
            description = "The latest version, or ?version=n. A hidden (suppressed) cell is the string \"<3\" (the "
                    + "threshold), never a number; a percentage that cannot be given is null. ETag = the file's SHA-256.")
    @APIResponse(responseCode = "200", description = "The file exactly as published")
    @APIResponse(responseCode = "400", description = "Not a month (yyyy-mm) or not a version number")
    @APIResponse(responseCode = "404", description = "The month (or version) is not published")
    public Response month(@PathParam("month") String month, @QueryParam("version") String version,
            @QueryParam("format") String format, @HeaderParam("Accept") String accept,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        YearMonth m = PublicationsApi.parseMonth(month);
        Integer n = version(version, "version");
        SummaryStore.Version v = store.version(m, n).orElseThrow(ApiProblemException::notFound);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && wantsCsv(accept));
        SummaryStore.File file = store.file(v, csv ? SummaryStore.Kind.CSV : SummaryStore.Kind.JSON);
        return PublicSummaryPages.serve(file, csv ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON, n != null,
                ifNoneMatch, csv ? Map.of("Content-Disposition", "inline; filename=\"ringkasan-" + v.month() + "-v"
                        + v.version() + ".csv\"") : Map.of());
    }

    /** CSV only when the client prefers it to JSON (a browser's *&#47;* does not). */
    static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase();
        int csv = a.indexOf("text/csv"), json = a.indexOf("application/json");
        return csv >= 0 && (json < 0 || csv < json);
    }

    static Integer version(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(new FieldError(field, "format"));
    }
}
