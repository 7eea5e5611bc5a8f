package id.integritas.portal.publication;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.system.api.ApiProblemException;

/**
 * The public addresses of the monthly summary (anonymous: no cookie, nothing about the reader kept, as on /lacak).
 * A month's page, embeddable page, PDF and PNG are the files stored at publication, served as they are with their
 * SHA-256 as ETag; the index and year pages are rendered from the stored summaries and cached briefly. {@code ?versi=n}
 * shows an older version. Framing is allowed only for {@code …/sematan} ({@link EmbedFraming}).
 */
@Path("/laporan-bulanan")
@PermitAll
public class PublicSummaryPages {

    static final String HTML = "text/html; charset=UTF-8";
    /** A latest-version address may change with a correction; a numbered version never does. */
    static final String LATEST_CACHE = "public, max-age=300";
    static final String VERSION_CACHE = "public, max-age=31536000, immutable";

    @Inject
    SummaryStore store;

    @Inject
    SummaryArtifacts artifacts;

    @GET
    public Response index() {
        String html = store.page("index", () -> artifacts.indexPage(store.index().stream()
                .map(SummaryStore.Published::summary).toList()));
        return Response.ok(html.getBytes(StandardCharsets.UTF_8), HTML).header("Cache-Control", "public, max-age=60").build();
    }

    @GET
    @Path("{yyyy: [0-9][0-9][0-9][0-9]}")
    public Response year(@PathParam("yyyy") int yyyy) {
        List<PublicSummary> months = store.index().stream().map(SummaryStore.Published::summary)
                .filter(s -> s.month().startsWith(yyyy + "-")).sorted((a, b) -> a.month().compareTo(b.month())).toList();
        if (months.isEmpty()) {
            throw ApiProblemException.notFound();
        }
        String html = store.page("year/" + yyyy, () -> artifacts.yearPage(yyyy, months));
        return Response.ok(html.getBytes(StandardCharsets.UTF_8), HTML).header("Cache-Control", "public, max-age=60").build();
    }

    @GET
    @Path("{yyyy: [0-9][0-9][0-9][0-9]}/{mm: [0-9][0-9]}")
    public Response month(@PathParam("yyyy") String yyyy, @PathParam("mm") String mm, @QueryParam("versi") String versi,
            @HeaderParam("If-None-Match") String etag) {
        return file(yyyy, mm, versi, etag, SummaryStore.Kind.PAGE, HTML);
    }

    @GET
    @Path("{yyyy: [0-9][0-9][0-9][0-9]}/{mm: [0-9][0-9]}/sematan")
    public Response embed(@PathParam("yyyy") String yyyy, @PathParam("mm") String mm, @QueryParam("versi") String versi,
            @HeaderParam("If-None-Match") String etag) {
        return file(yyyy, mm, versi, etag, SummaryStore.Kind.EMBED, HTML);
    }

    @GET
    @Path("{yyyy: [0-9][0-9][0-9][0-9]}/{mm: [0-9][0-9]}.pdf")
    public Response pdf(@PathParam("yyyy") String yyyy, @PathParam("mm") String mm, @QueryParam("versi") String versi,
            @HeaderParam("If-None-Match") String etag) {
        return file(yyyy, mm, versi, etag, SummaryStore.Kind.PDF, "application/pdf");
    }

    @GET
    @Path("{yyyy: [0-9][0-9][0-9][0-9]}/{mm: [0-9][0-9]}.png")
    public Response png(@PathParam("yyyy") String yyyy, @PathParam("mm") String mm, @QueryParam("versi") String versi,
            @HeaderParam("If-None-Match") String etag) {
        return file(yyyy, mm, versi, etag, SummaryStore.Kind.PNG, "image/png");
    }

    private Response file(String yyyy, String mm, String versi, String etag, SummaryStore.Kind kind, String type) {
        YearMonth m;
        Integer n;
        try {
            m = YearMonth.of(Integer.parseInt(yyyy), Integer.parseInt(mm));
            n = PublicSummariesApi.version(versi, "versi");
        } catch (RuntimeException e) {
            throw ApiProblemException.notFound();
        }
        SummaryStore.Version v = store.version(m, n).orElseThrow(ApiProblemException::notFound);
        SummaryStore.File file = store.file(v, kind);
        if (file.bytes() == null || file.bytes().length == 0) {
            throw ApiProblemException.notFound();
        }
        return serve(file, type, n != null, etag, Map.of());
    }

    /** The stored bytes with their hash as ETag (304 when the reader has them), cacheable by anyone. */
    static Response serve(SummaryStore.File file, String type, boolean versioned, String ifNoneMatch,
            Map<String, String> headers) {
        String etag = "\"" + file.sha256() + "\"";
        Response.ResponseBuilder b = ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))
                ? Response.notModified() : Response.ok(file.bytes(), type);
        b.header("ETag", etag).header("Cache-Control", versioned ? VERSION_CACHE : LATEST_CACHE);
        headers.forEach(b::header);
        return b.build();
    }
}
