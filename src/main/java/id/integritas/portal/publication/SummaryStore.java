package id.integritas.portal.publication;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads published summaries for the public addresses: stored bytes only, never recomputed. A published row never
 * changes, so its files are cached by id for good (bounded); which version is the latest of a month, and the index,
 * are cached for {@link #TTL_NANOS} (another instance's publication shows within that time; this instance's at once).
 */
@ApplicationScoped
public class SummaryStore {

    /** The files of one published version. */
    public enum Kind {
        JSON("json_bytes", "json_sha256"), CSV("csv_bytes", "csv_sha256"), PAGE("page_html", "page_sha256"),
        EMBED("embed_html", "embed_sha256"), PDF("pdf", "pdf_sha256"), PNG("png", "png_sha256");

        final String column, shaColumn;

        Kind(String column, String shaColumn) {
            this.column = column;
            this.shaColumn = shaColumn;
        }
    }

    /** A published version's identity (no bytes). */
    public record Version(long id, String month, int version, Instant publishedAt, String correctionReason, String jsonSha256) {
    }

    /** One file as stored, with its SHA-256 (the ETag). */
    public record File(byte[] bytes, String sha256) {
    }

    static final long TTL_NANOS = 10_000_000_000L;
    // A bound well inside the recommended -Xmx128m: a month's files are a few hundred KB.
    static final long BYTES_CACHE_LIMIT = 16L * 1024 * 1024;

    private record Timed<T>(T value, long until) {
        boolean fresh() {
            return System.nanoTime() - until < 0;
        }
    }

    private final Map<String, Timed<Optional<Version>>> versions = new ConcurrentHashMap<>();
    private volatile Timed<List<Published>> index;
    private final Map<String, Timed<String>> pages = new ConcurrentHashMap<>();
    private final Map<String, File> files = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;

    /** The latest version of every published month with its content, newest month first. */
    public record Published(Version version, PublicSummary summary) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Drops what may have changed (after this instance published). */
    public void forget() {
        versions.clear();
        index = null;
        pages.clear();
    }

    /** The latest published version of the month, or the given one ({@code version} not null). */
    public Optional<Version> version(YearMonth month, Integer version) {
        String key = month + "/" + (version == null ? "latest" : version);
        Timed<Optional<Version>> hit = versions.get(key);
        if (hit != null && hit.fresh()) {
            return hit.value();
        }
        Optional<Version> found = tx(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select id, version, published_at, correction_reason, json_sha256 from public_summary
                    where month = :m and state = 'PUBLISHED' and (:v = 0 or version = :v)
                    order by version desc limit 1""").setParameter("m", month.atDay(1))
                    .setParameter("v", version == null ? 0 : version).getResultList();
            return rows.stream().findFirst().map(r -> new Version(((Number) r[0]).longValue(), month.toString(),
                    ((Number) r[1]).intValue(), Publications.instant(r[2]), (String) r[3], (String) r[4]));
        });
        if (versions.size() > 1000) {
            versions.clear();
        }
        versions.put(key, new Timed<>(found, System.nanoTime() + TTL_NANOS));
        return found;
    }

    /** One stored file of a published version (immutable, so cached for good within a size bound). */
    public File file(Version v, Kind kind) {
        String key = v.id() + "/" + kind;
        synchronized (files) {
            File hit = files.get(key);
            if (hit != null) {
                return hit;
            }
        }
        File file = read(v, kind);
        synchronized (files) {
            if (file.bytes().length <= BYTES_CACHE_LIMIT / 8) {
                files.put(key, file);
                cachedBytes += file.bytes().length;
                var it = files.entrySet().iterator();
                while (cachedBytes > BYTES_CACHE_LIMIT && it.hasNext()) {
                    cachedBytes -= it.next().getValue().bytes().length;
                    it.remove();
                }
            }
        }
        return file;
    }

    /** One stored file read now and not kept (exports of old versions must not push the public pages out). */
    public File read(Version v, Kind kind) {
        Object[] row = tx(() -> (Object[]) em.createNativeQuery("select " + kind.column + ", " + kind.shaColumn
                + " from public_summary where id = :id and state = 'PUBLISHED'").setParameter("id", v.id()).getSingleResult());
        return new File((byte[]) row[0], (String) row[1]);
    }

    /** The latest version of every published month, newest first (cached). */
    public List<Published> index() {
        Timed<List<Published>> hit = index;
        if (hit != null && hit.fresh()) {
            return hit.value();
        }
        List<Published> list = tx(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select distinct on (month) id, month, version, published_at, correction_reason, json_sha256,
                           cast(content as text)
                    from public_summary where state = 'PUBLISHED' order by month desc, version desc""").getResultList();
            List<Published> out = new ArrayList<>();
            for (Object[] r : rows) {
                out.add(new Published(new Version(((Number) r[0]).longValue(), r[1].toString().substring(0, 7),
                        ((Number) r[2]).intValue(), Publications.instant(r[3]), (String) r[4], (String) r[5]),
                        read((String) r[6])));
            }
            return List.copyOf(out);
        });
        index = new Timed<>(list, System.nanoTime() + TTL_NANOS);
        return list;
    }

    /** A rendered index or year page, cached like the index it is made from. */
    public String page(String key, Supplier<String> render) {
        Timed<String> hit = pages.get(key);
        if (hit != null && hit.fresh()) {
            return hit.value();
        }
        String html = render.get();
        if (pages.size() > 200) {
            pages.clear();
        }
        pages.put(key, new Timed<>(html, System.nanoTime() + TTL_NANOS));
        return html;
    }

    /** Every published version of the month, oldest first (read now, not cached: used while publishing). */
    public List<PublishedVersion> history(YearMonth month) {
        return tx(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select version, published_at, correction_reason, json_sha256 from public_summary
                    where month = :m and state = 'PUBLISHED' order by version""").setParameter("m", month.atDay(1))
                    .getResultList();
            return rows.stream().map(r -> new PublishedVersion(((Number) r[0]).intValue(), Publications.instant(r[1]),
                    (String) r[2], (String) r[3])).toList();
        });
    }

    /** A published version's publication record: who prepared, approved and published it, and when. */
    public record PublicationRecord(Version version, String draftedBy, Instant draftedAt, String approvedBy,
            Instant approvedAt, String publishedBy, String pdfSha256, String pngSha256, String pageSha256) {
    }

    /** Every published version of the months {@code from}..{@code to}, oldest first (the evidence pack). */
    public List<PublicationRecord> publishedBetween(YearMonth from, YearMonth to) {
        return tx(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select p.id, to_char(p.month, 'YYYY-MM'), p.version, p.published_at, p.correction_reason, p.json_sha256,
                           d.display_name, p.drafted_at, a.display_name, p.approved_at, u.display_name,
                           p.pdf_sha256, p.png_sha256, p.page_sha256
                    from public_summary p join account d on d.id = p.drafted_by join account a on a.id = p.approved_by
                    join account u on u.id = p.published_by
                    where p.state = 'PUBLISHED' and p.month between :f and :t order by p.month, p.version""")
                    .setParameter("f", from.atDay(1)).setParameter("t", to.atDay(1)).getResultList();
            return rows.stream().map(r -> new PublicationRecord(
                    new Version(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                            Publications.instant(r[3]), (String) r[4], (String) r[5]),
                    (String) r[6], Publications.instant(r[7]), (String) r[8], Publications.instant(r[9]), (String) r[10],
                    (String) r[11], (String) r[12], (String) r[13])).toList();
        });
    }

    /** The content of the month's latest published version (read now, not cached: used by suppression). */
    public Optional<PublicSummary> latestContent(YearMonth month) {
        return tx(() -> {
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("""
                    select cast(content as text) from public_summary where month = :m and state = 'PUBLISHED'
                    order by version desc limit 1""").setParameter("m", month.atDay(1)).getResultList();
            return rows.stream().findFirst().map(this::read);
        });
    }

    private PublicSummary read(String json) {
        try {
            return mapper.readValue(json, PublicSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored summary", e);
        }
    }

    private static <T> T tx(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}
