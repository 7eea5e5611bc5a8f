package id.integritas.portal.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.statistics.MonthlyFigures;
import id.integritas.portal.statistics.MonthlyReports;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/**
 * The public monthly summary's workflow (issue 9 §2): the PPID prepares the draft of a month that has ended from the
 * stored internal monthly reports (suppression applied by the system), the head of office (PIMPINAN, not the
 * drafter) approves it, the PPID publishes it: the files are rendered once and stored with their SHA-256, and the row
 * never changes again (also refused by a database trigger). A correction is a new draft, version n+1, with a reason.
 * Every step is recorded (who, when) and audited. These rules hold whoever calls.
 */
@ApplicationScoped
public class Publications {

    public static final int MAX_REASON = 1000;
    public static final int PAGE_SIZE = 20;

    public enum PublicationState {
        DRAFT, APPROVED, PUBLISHED
    }

    /** A draft or published summary as officers see it; {@code suppression} is never part of the public files. */
    @io.quarkus.qute.TemplateData
    public record PublicationView(long id, String month, int version, PublicationState state, String correctionReason, int threshold,
            Instant computedAt, String draftedBy, Instant draftedAt, String approvedBy, Instant approvedAt,
            String publishedBy, Instant publishedAt, String jsonSha256, PublicSummary content,
            Map<String, List<Suppression.HiddenCell>> suppression, List<String> unprotectable) {
    }

    @io.quarkus.qute.TemplateData
    public record PublicationItem(long id, String month, int version, PublicationState state, Instant draftedAt, Instant approvedAt,
            Instant publishedAt) {
    }

    public record PublicationList(List<PublicationItem> items, int page, Integer next) {
    }

    /** The approval screen's record of what was hidden (stored with the draft, never published). */
    public record Notes(Map<String, List<Suppression.HiddenCell>> channels, List<String> unprotectable) {
    }

    @Inject
    EntityManager em;

    @Inject
    MonthlyReports reports;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    PortalConfig config;

    @Inject
    SummaryArtifacts artifacts;

    @Inject
    SummaryStore store;

    /**
     * Prepares (or prepares again, replacing an unpublished draft) the summary of a month that has ended. When the
     * month is published already this is a correction: version n+1, and {@code reason} is required.
     */
    @Transactional
    public PublicationView prepare(YearMonth month, Account actor, String reason) {
        require(actor, Role.PPID);
        if (!month.isBefore(reports.currentMonth())) {
            throw new PublicationRefusedException(PublicationRefusedException.Kind.NOT_ENDED);
        }
        lockMonth(month);
        int published = latestVersion(month);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (published > 0 && why == null) {
            throw new InvalidInputException(new FieldError("reason", "required"));
        }
        if (why != null && why.length() > MAX_REASON) {
            throw new InvalidInputException(new FieldError("reason", "too_long", List.of(MAX_REASON)));
        }
        if (published == 0) {
            why = null; // version 1 is no correction
        }
        int threshold = config.publication().suppressionThreshold();
        List<MonthlyReports.Report> stored = reports.reports(month, EnumSet.allOf(Channel.class));
        Instant computedAt = stored.stream().map(MonthlyReports.Report::computedAt).max(Instant::compareTo).orElseThrow();
        Optional<PublicSummary> previous = store.latestContent(month.minusMonths(1));
        Optional<PublicSummary> next = store.latestContent(month.plusMonths(1));
        Map<String, ChannelSummary> channels = new LinkedHashMap<>();
        Map<String, List<Suppression.HiddenCell>> notes = new LinkedHashMap<>();
        List<String> unprotectable = new ArrayList<>();
        for (MonthlyReports.Report r : stored) {
            Channel ch = Channel.valueOf(r.channel());
            PublicContent.Neighbours n = neighbours(ch, previous, next);
            PublicContent.Built b = PublicContent.build(r.figures(), threshold, n, ch == Channel.ADU ? improvements(month) : null);
            channels.put(ch.name(), b.summary());
            notes.put(ch.name(), b.notes());
            b.unprotectable().forEach(c -> unprotectable.add(ch.name() + " " + c));
        }
        PublicSummary summary = new PublicSummary(month.toString(), published + 1, threshold, computedAt, why, channels);
        em.createNativeQuery("delete from public_summary where month = :m and state <> 'PUBLISHED'")
                .setParameter("m", month.atDay(1)).executeUpdate();
        Instant now = now();
        long id = ((Number) em.createNativeQuery("""
                insert into public_summary (month, version, state, correction_reason, threshold, content, suppression_notes,
                    computed_at, drafted_by, drafted_at)
                values (:m, :v, 'DRAFT', :r, :t, cast(:c as jsonb), cast(:n as jsonb), cast(:ca as timestamptz), :a,
                    cast(:at as timestamptz)) returning id""")
                .setParameter("m", month.atDay(1)).setParameter("v", published + 1).setParameter("r", why)
                .setParameter("t", threshold).setParameter("c", json(summary))
                .setParameter("n", json(new Notes(notes, unprotectable))).setParameter("ca", utc(computedAt))
                .setParameter("a", actor.id).setParameter("at", utc(now)).getSingleResult()).longValue();
        audit.record(actor.id, "PUBLICATION_DRAFTED", "public_summary", id, month + " v" + (published + 1));
        return view(id).orElseThrow();
    }

    /** The head of office approves a draft prepared by someone else. */
    @Transactional
    public PublicationView approve(long id, Account actor) {
        require(actor, Role.PIMPINAN);
        Object[] row = lock(id);
        if (PublicationState.valueOf((String) row[0]) != PublicationState.DRAFT) {
            throw new PublicationRefusedException(PublicationRefusedException.Kind.OUT_OF_ORDER);
        }
        if (((Number) row[1]).longValue() == actor.id) {
            throw new PublicationRefusedException(PublicationRefusedException.Kind.OWN_DRAFT);
        }
        em.createNativeQuery("""
                update public_summary set state = 'APPROVED', approved_by = :a, approved_at = cast(:at as timestamptz),
                    row_version = row_version + 1 where id = :id and state = 'DRAFT'""")
                .setParameter("a", actor.id).setParameter("at", utc(now())).setParameter("id", id).executeUpdate();
        audit.record(actor.id, "PUBLICATION_APPROVED", "public_summary", id, row[2] + " v" + row[3]);
        return view(id).orElseThrow();
    }

    /** The PPID publishes an approved summary: its files are rendered and stored, and it never changes again. */
    @Transactional
    public PublicationView publish(long id, Account actor) {
        require(actor, Role.PPID);
        // the month's lock first, then the row's: the order prepare() takes them in
        @SuppressWarnings("unchecked")
        List<Object> months = em.createNativeQuery("select month from public_summary where id = :id").setParameter("id", id)
                .getResultList();
        if (months.isEmpty()) {
            throw new PublicationRefusedException(PublicationRefusedException.Kind.NOT_FOUND);
        }
        YearMonth month = YearMonth.parse(months.get(0).toString().substring(0, 7));
        lockMonth(month);
        Object[] row = lock(id);
        if (PublicationState.valueOf((String) row[0]) != PublicationState.APPROVED) {
            throw new PublicationRefusedException(PublicationRefusedException.Kind.OUT_OF_ORDER);
        }
        int version = ((Number) row[3]).intValue();
        if (latestVersion(month) != version - 1) {
            throw new PublicationRefusedException(PublicationRefusedException.Kind.OUTDATED);
        }
        PublicSummary summary = read((String) row[4], PublicSummary.class);
        Instant now = now();
        byte[] json = openDataJson(summary, now);
        String jsonSha = sha256(json);
        byte[] csv = OpenDataCsv.csv(summary).getBytes(StandardCharsets.UTF_8);
        List<PublishedVersion> history = new ArrayList<>(store.history(month));
        history.add(new PublishedVersion(version, now, summary.correctionReason(), jsonSha));
        SummaryArtifacts.Artifacts files = artifacts.render(summary, history);
        byte[] page = nonNull(files.pageHtml()), embed = nonNull(files.embedHtml()), pdf = nonNull(files.pdf()),
                png = nonNull(files.png());
        em.createNativeQuery("""
                update public_summary set state = 'PUBLISHED', published_by = :a, published_at = cast(:at as timestamptz),
                    json_bytes = :json, json_sha256 = :jsonSha, csv_bytes = :csv, csv_sha256 = :csvSha,
                    page_html = :page, page_sha256 = :pageSha, embed_html = :embed, embed_sha256 = :embedSha,
                    pdf = :pdf, pdf_sha256 = :pdfSha, png = :png, png_sha256 = :pngSha, row_version = row_version + 1
                where id = :id and state = 'APPROVED'""")
                .setParameter("a", actor.id).setParameter("at", utc(now)).setParameter("json", json)
                .setParameter("jsonSha", jsonSha).setParameter("csv", csv).setParameter("csvSha", sha256(csv))
                .setParameter("page", page).setParameter("pageSha", sha256(page)).setParameter("embed", embed)
                .setParameter("embedSha", sha256(embed)).setParameter("pdf", pdf).setParameter("pdfSha", sha256(pdf))
                .setParameter("png", png).setParameter("pngSha", sha256(png)).setParameter("id", id).executeUpdate();
        audit.record(actor.id, "PUBLICATION_PUBLISHED", "public_summary", id, month + " v" + version + " " + jsonSha);
        store.forget();
        return view(id).orElseThrow();
    }

    /** The officers' list, newest month first (all states). */
    @Transactional
    public PublicationList list(int page) {
        int p = Math.max(1, page);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, month, version, state, drafted_at, approved_at, published_at from public_summary
                order by month desc, version desc, id desc limit :l offset :o""")
                .setParameter("l", PAGE_SIZE + 1).setParameter("o", (p - 1) * PAGE_SIZE).getResultList();
        List<PublicationItem> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(rows.size(), PAGE_SIZE))) {
            items.add(new PublicationItem(((Number) r[0]).longValue(), r[1].toString().substring(0, 7), ((Number) r[2]).intValue(),
                    PublicationState.valueOf((String) r[3]), instant(r[4]), instant(r[5]), instant(r[6])));
        }
        return new PublicationList(items, p, rows.size() > PAGE_SIZE ? p + 1 : null);
    }

    @Transactional
    public Optional<PublicationView> view(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.month, s.version, s.state, s.correction_reason, s.threshold, s.computed_at,
                       d.username, s.drafted_at, a.username, s.approved_at, p.username, s.published_at, s.json_sha256,
                       cast(s.content as text), cast(s.suppression_notes as text)
                from public_summary s join account d on d.id = s.drafted_by
                left join account a on a.id = s.approved_by left join account p on p.id = s.published_by
                where s.id = :id""").setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> {
            Notes notes = read((String) r[15], Notes.class);
            return new PublicationView(((Number) r[0]).longValue(), r[1].toString().substring(0, 7), ((Number) r[2]).intValue(),
                    PublicationState.valueOf((String) r[3]), (String) r[4], ((Number) r[5]).intValue(), instant(r[6]), (String) r[7],
                    instant(r[8]), (String) r[9], instant(r[10]), (String) r[11], instant(r[12]), (String) r[13],
                    read((String) r[14], PublicSummary.class), notes.channels(), notes.unprotectable());
        });
    }

    /** One preparation or publication of a month at a time (two PPID officers at once): held to the transaction's end. */
    private void lockMonth(YearMonth month) {
        em.createNativeQuery("select pg_advisory_xact_lock(8129, :k)")
                .setParameter("k", month.getYear() * 100 + month.getMonthValue()).getSingleResult();
    }

    /** The highest published version of the month, 0 when none. */
    int latestVersion(YearMonth month) {
        Number n = (Number) em.createNativeQuery(
                "select coalesce(max(version), 0) from public_summary where month = :m and state = 'PUBLISHED'")
                .setParameter("m", month.atDay(1)).getSingleResult();
        return n.intValue();
    }

    /**
     * ADU improvements: recommendations of the complaints team's evaluation meetings (monev, channel ADU) whose
     * follow-up was marked done (SELESAI) within the month. Casework records no "improvement" of its own; a monev
     * recommendation carried out is the office's recorded change made because of what complaints showed.
     */
    long improvements(YearMonth month) {
        ZoneId zone = officeDay.zone();
        return ((Number) em.createNativeQuery("""
                select count(*) from monev_recommendation r join monev_meeting m on m.id = r.meeting_id
                where m.channel = 'ADU' and r.status = 'SELESAI'
                  and r.followed_up_at >= cast(:s as timestamptz) and r.followed_up_at < cast(:e as timestamptz)""")
                .setParameter("s", utc(month.atDay(1).atStartOfDay(zone).toInstant()))
                .setParameter("e", utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())).getSingleResult())
                .longValue();
    }

    /**
     * What the neighbouring months' latest publications tell a reader: last month's inProcess is this month's
     * carriedOver (known when shown, to be kept hidden when it was hidden); next month's carriedOver, when it can be
     * worked out there, is this month's inProcess.
     */
    static PublicContent.Neighbours neighbours(Channel ch, Optional<PublicSummary> previous, Optional<PublicSummary> next) {
        if (!PublicContent.SUPPRESSED_CHANNELS.contains(ch)) {
            return PublicContent.Neighbours.NONE;
        }
        boolean carriedKnown = false, carriedHidden = false, inProcessKnown = false, inProcessHidden = false;
        ChannelSummary prev = previous.map(p -> p.channels().get(ch.name())).orElse(null);
        if (prev != null) {
            carriedKnown = !prev.inProcess().isSuppressed();
            carriedHidden = prev.inProcess().isSuppressed();
        }
        ChannelSummary after = next.map(p -> p.channels().get(ch.name())).orElse(null);
        if (after != null) {
            Set<String> unknowns = new LinkedHashSet<>();
            unknowns.add(PublicContent.CARRIED_OVER);
            List<String> open = new ArrayList<>(), done = new ArrayList<>();
            Set<String> finished = MonthlyFigures.finishedStates(ch);
            after.statusAtMonthEnd().forEach((k, v) -> {
                boolean closed = WorkflowStatus.find(ch, k).map(WorkflowStatus::closed).orElse(false);
                if (!closed) {
                    open.add(PublicContent.STATUS + k);
                } else if (finished.contains(k)) {
                    done.add(PublicContent.STATUS + k);
                }
                if (v.isSuppressed()) {
                    unknowns.add(PublicContent.STATUS + k);
                }
            });
            if (after.received().isSuppressed()) {
                unknowns.add(PublicContent.RECEIVED);
            }
            if (after.finished().isSuppressed()) {
                unknowns.add(PublicContent.FINISHED);
            }
            if (after.inProcess().isSuppressed()) {
                unknowns.add(PublicContent.IN_PROCESS);
            }
            inProcessKnown = Suppression.linearlyDetermined(PublicContent.CARRIED_OVER, unknowns,
                    PublicContent.relations(open, done));
            // next month relied on its carriedOver being unknown only if it hid something
            inProcessHidden = !inProcessKnown && unknowns.size() > 1;
        }
        return new PublicContent.Neighbours(carriedKnown, carriedHidden, inProcessKnown, inProcessHidden);
    }

    /** The open-data JSON: fixed key order, so the same summary always gives the same bytes. */
    byte[] openDataJson(PublicSummary s, Instant publishedAt) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("month", s.month());
        doc.put("version", s.version());
        doc.put("publishedAt", publishedAt.toString());
        doc.put("computedAt", s.computedAt().toString());
        doc.put("threshold", s.threshold());
        doc.put("correctionReason", s.correctionReason());
        Map<String, Object> channels = new LinkedHashMap<>();
        for (Channel ch : Channel.values()) {
            ChannelSummary c = s.channels().get(ch.name());
            if (c == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("received", c.received());
            m.put("finished", c.finished());
            m.put("inProcess", c.inProcess());
            m.put("finishedPercent", c.finishedPercent());
            m.put("onTimePercent", c.onTimePercent());
            m.put("averageWorkingDays", c.averageWorkingDays());
            if (ch == Channel.ADU) {
                m.put("improvements", c.improvements());
                m.put("satisfiedPercent", c.satisfiedPercent());
            }
            m.put("statusAtMonthEnd", new java.util.TreeMap<>(c.statusAtMonthEnd()));
            channels.put(ch.name(), m);
        }
        doc.put("channels", channels);
        try {
            return mapper.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object[] lock(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select state, drafted_by, month, version, cast(content as text) from public_summary where id = :id for update""")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new PublicationRefusedException(PublicationRefusedException.Kind.NOT_FOUND);
        }
        return rows.get(0);
    }

    private static void require(Account actor, Role role) {
        if (actor == null || !actor.has(role)) {
            throw new PublicationRefusedException(PublicationRefusedException.Kind.WRONG_ROLE);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static byte[] nonNull(byte[] b) {
        return b == null ? new byte[0] : b;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored publication", e);
        }
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
