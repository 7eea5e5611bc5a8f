package id.integritas.portal.monev;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentRepository;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.monev.MonevRequests.FollowUpRequest;
import id.integritas.portal.monev.MonevRequests.MeetingRequest;
import id.integritas.portal.monev.MonevRequests.MeetingUpdate;
import id.integritas.portal.monev.MonevRequests.ParticipantRequest;
import id.integritas.portal.monev.MonevRequests.RecommendationRequest;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.RequestValidator;
import id.integritas.portal.system.web.IncomingFile;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps monev records: meetings, their participants, recommendations and follow-ups, and their files (stored as
 * encrypted attachments: type sniffed, metadata stripped, within the upload limits). Every change and every file
 * download is audited; audit entries name records by id only, never their text.
 */
@ApplicationScoped
public class MonevRecords {

    /** A page of meetings, newest first, and the cursor of the next page (null at the end). */
    public record MeetingPage(List<Meeting> items, Map<Long, Long> recommendationCounts, String next) {
    }

    @Inject
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    AttachmentStore store;

    @Inject
    AttachmentRepository attachments;

    @Inject
    AuditLog audit;

    @Inject
    RequestValidator validator;

    @Inject
    MonevAccess access;

    @Inject
    Clock clock;

    @Transactional
    public Meeting create(MeetingRequest r, Account actor) {
        if (r == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        List<FieldError> unknown = new ArrayList<>();
        Map<String, Long> ids = resolve(r.participants(), r.recommendations(), unknown);
        validator.check(r, unknown);
        access.requireWrite(actor, r.channel());
        Meeting m = new Meeting();
        m.channel = r.channel();
        m.createdBy = actor.id;
        m.createdAt = clock.instant();
        apply(m, r.heldOn(), r.periodic(), r.title(), r.findings(), r.participants(), ids);
        if (r.recommendations() != null) {
            r.recommendations().forEach(rr -> m.recommendations.add(recommendation(m, rr, ids)));
        }
        em.persist(m);
        em.flush();
        audit.record(actor.id, "MONEV_MEETING_CREATED", "monev_meeting", m.id,
                m.channel + " " + m.heldOn + " recommendations=" + m.recommendations.size());
        return m;
    }

    @Transactional
    public Meeting update(long id, MeetingUpdate r, Account actor) {
        if (r == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        Meeting m = find(id);
        access.requireWrite(actor, m.channel);
        List<FieldError> unknown = new ArrayList<>();
        Map<String, Long> ids = resolve(r.participants(), null, unknown);
        if (r.heldOn() != null && m.recommendations.stream().anyMatch(rec -> rec.dueOn.isBefore(r.heldOn()))) {
            unknown.add(new FieldError("heldOn", "after_recommendation_due"));
        }
        validator.check(r, unknown);
        if (m.version != r.version()) {
            throw new ApiProblemException(409, "concurrent-change");
        }
        apply(m, r.heldOn(), r.periodic(), r.title(), r.findings(), r.participants(), ids);
        em.flush();
        audit.record(actor.id, "MONEV_MEETING_CHANGED", "monev_meeting", m.id, m.channel + " " + m.heldOn);
        return m;
    }

    @Transactional
    public Recommendation addRecommendation(long meetingId, RecommendationRequest r, Account actor) {
        if (r == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        Meeting m = find(meetingId);
        access.requireWrite(actor, m.channel);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Long> ids = resolve(null, List.of(r), errors);
        errors.replaceAll(e -> new FieldError("ownerUsername", e.code()));
        if (r.dueOn() != null && r.dueOn().isBefore(m.heldOn)) {
            errors.add(new FieldError("dueOn", "before_start"));
        }
        validator.check(r, errors);
        Recommendation rec = recommendation(m, r, ids);
        m.recommendations.add(rec);
        em.persist(rec);
        em.flush();
        audit.record(actor.id, "MONEV_RECOMMENDATION_ADDED", "monev_recommendation", rec.id, "meeting=" + m.id);
        return rec;
    }

    /** Checks the evidence files first (outside any transaction: they are parsed and rewritten), then records. */
    public Recommendation followUp(long recommendationId, FollowUpRequest r, List<IncomingFile> files, Account actor) {
        if (r == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        validator.check(r, List.of());
        QuarkusTransaction.requiringNew().run(() -> access.requireFollowUp(actor, findRecommendation(recommendationId)));
        List<AttachmentStore.Prepared> prepared = store.prepare(files);
        return QuarkusTransaction.requiringNew().call(() -> {
            Recommendation rec = findRecommendation(recommendationId);
            if (rec.version != r.version()) {
                throw new ApiProblemException(409, "concurrent-change");
            }
            rec.followUp(r.status(), r.followUp(), actor.id, clock.instant());
            for (AttachmentStore.Prepared p : prepared) {
                link(rec.meeting.id, rec.id, FileKind.BUKTI_TINDAK_LANJUT, p);
            }
            em.flush();
            audit.record(actor.id, "MONEV_FOLLOW_UP", "monev_recommendation", rec.id,
                    "status=" + rec.status + " files=" + prepared.size());
            rec.meeting.channel.name();
            return rec;
        });
    }

    /** Adds a file to a meeting (invitation, attendance list, minutes, photo). */
    public MeetingFile attach(long meetingId, FileKind kind, IncomingFile file, Account actor) {
        if (kind == null || kind == FileKind.BUKTI_TINDAK_LANJUT) {
            validator.check(null, List.of(new FieldError("kind", kind == null ? "required" : "unknown_option")));
        }
        QuarkusTransaction.requiringNew().run(() -> access.requireWrite(actor, find(meetingId).channel));
        List<AttachmentStore.Prepared> prepared = store.prepare(List.of(file));
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting m = find(meetingId);
            MeetingFile f = link(m.id, null, kind, prepared.get(0));
            audit.record(actor.id, "MONEV_FILE_STORED", "monev_meeting", m.id, "file=" + f.id + " kind=" + kind);
            return f;
        });
    }

    @Transactional
    public Meeting read(long id, Account actor) {
        Meeting m = find(id);
        access.requireRead(actor, m.channel);
        m.participants.size();
        m.recommendations.size();
        return m;
    }

    /** Files of a meeting and of its recommendations, oldest first. */
    @Transactional
    public List<MeetingFile> files(long meetingId) {
        return em.createQuery("from MeetingFile where meetingId = :m order by id", MeetingFile.class)
                .setParameter("m", meetingId).setMaxResults(500).getResultList();
    }

    /** Facts of the stored attachments behind {@code files}, by attachment id (one query). */
    @Transactional
    public Map<Long, Attachment> attachmentsOf(List<MeetingFile> files) {
        Map<Long, Attachment> result = new HashMap<>();
        if (!files.isEmpty()) {
            attachments.list("id in ?1", files.stream().map(f -> f.attachmentId).toList()).forEach(a -> result.put(a.id, a));
        }
        return result;
    }

    /** The (decrypted) file name of an attachment. */
    public String fileName(Attachment a) {
        return store.fileName(a);
    }

    /**
     * Meetings of {@code channels} (all the caller may read when null), newest first, keyset-paged by (held_on, id)
     * on index monev_meeting_list_idx.
     */
    @Transactional
    public MeetingPage page(Account actor, Channel channel, int limit, String after) {
        Set<Channel> readable = access.readable(actor);
        if (channel != null && !readable.contains(channel)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        List<Channel> channels = channel != null ? List.of(channel) : List.copyOf(readable);
        if (channels.isEmpty()) {
            return new MeetingPage(List.of(), Map.of(), null);
        }
        Cursor c = Cursor.decode(after);
        String where = "channel in :channels" + (c == null ? "" : " and (heldOn < :day or (heldOn = :day and id < :id))");
        var q = em.createQuery("from Meeting where " + where + " order by heldOn desc, id desc", Meeting.class)
                .setParameter("channels", channels).setMaxResults(limit + 1);
        if (c != null) {
            q.setParameter("day", c.heldOn()).setParameter("id", c.id());
        }
        List<Meeting> rows = new ArrayList<>(q.getResultList());
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Meeting last = rows.get(limit - 1);
            next = new Cursor(last.heldOn, last.id).encode();
        }
        Map<Long, Long> counts = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("select r.meeting.id, count(r) from Recommendation r where r.meeting.id in :ids group by r.meeting.id",
                    Object[].class).setParameter("ids", rows.stream().map(m -> m.id).toList()).getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return new MeetingPage(rows, counts, next);
    }

    /** A download of a monev file: its name, media type and a writer of its cleaned copy (audited). */
    public record Download(String fileName, String mediaType, Writer writer) {
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public Download download(long fileId, Account actor) {
        Object[] found = QuarkusTransaction.requiringNew().call(() -> {
            MeetingFile f = em.find(MeetingFile.class, fileId);
            if (f == null) {
                throw ApiProblemException.notFound();
            }
            access.requireRead(actor, find(f.meetingId).channel);
            Attachment a = attachments.findById(f.attachmentId);
            audit.record(actor.id, "MONEV_FILE_VIEWED", "monev_meeting", f.meetingId, "file=" + f.id);
            return new Object[] { a.id, store.fileName(a), a.mediaType };
        });
        long attachmentId = (Long) found[0];
        return new Download((String) found[1], (String) found[2], out -> QuarkusTransaction.requiringNew().run(() -> {
            try (InputStream in = store.openHandlerCopy(attachments.findById(attachmentId))) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** Usernames by account id, for views (one query). */
    @Transactional
    public Map<Long, String> usernames(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : accounts.usernames(ids);
    }

    /** A keyset position in the meeting list. */
    record Cursor(LocalDate heldOn, long id) {
        String encode() {
            return heldOn + "_" + id;
        }

        static Cursor decode(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                int i = s.indexOf('_');
                return new Cursor(LocalDate.parse(s.substring(0, i)), Long.parseLong(s.substring(i + 1)));
            } catch (RuntimeException e) {
                throw new id.integritas.portal.system.validation.InvalidInputException(new FieldError("after", "invalid"));
            }
        }
    }

    Meeting find(long id) {
        Meeting m = em.find(Meeting.class, id);
        if (m == null) {
            throw ApiProblemException.notFound();
        }
        return m;
    }

    private Recommendation findRecommendation(long id) {
        Recommendation r = em.find(Recommendation.class, id);
        if (r == null) {
            throw ApiProblemException.notFound();
        }
        return r;
    }

    private MeetingFile link(Long meetingId, Long recommendationId, FileKind kind, AttachmentStore.Prepared p) {
        Attachment a = store.storeHeld(p);
        MeetingFile f = new MeetingFile();
        f.meetingId = meetingId;
        f.recommendationId = recommendationId;
        f.kind = kind;
        f.attachmentId = a.id;
        f.createdAt = clock.instant();
        em.persist(f);
        return f;
    }

    /** Account ids of the usernames named as participants and owners; unknown ones become field errors. */
    private Map<String, Long> resolve(List<ParticipantRequest> participants, List<RecommendationRequest> recs,
            List<FieldError> errors) {
        Map<String, Long> ids = new HashMap<>();
        if (participants != null) {
            for (int i = 0; i < participants.size(); i++) {
                ParticipantRequest p = participants.get(i);
                if (p != null && p.isAccount()) {
                    lookUp(p.username(), "participants[" + i + "].username", ids, errors);
                }
            }
        }
        if (recs != null) {
            for (int i = 0; i < recs.size(); i++) {
                RecommendationRequest r = recs.get(i);
                if (r != null && r.ownerUsername() != null && !r.ownerUsername().isBlank()) {
                    lookUp(r.ownerUsername(), "recommendations[" + i + "].ownerUsername", ids, errors);
                }
            }
        }
        return ids;
    }

    private void lookUp(String username, String field, Map<String, Long> ids, List<FieldError> errors) {
        String key = username.strip();
        if (!ids.containsKey(key)) {
            accounts.findByUsername(key).filter(a -> a.enabled).ifPresentOrElse(a -> ids.put(key, a.id),
                    () -> errors.add(new FieldError(field, "unknown_account")));
        }
    }

    private void apply(Meeting m, LocalDate heldOn, boolean periodic, String title, String findings,
            List<ParticipantRequest> participants, Map<String, Long> ids) {
        m.heldOn = heldOn;
        m.periodic = periodic;
        m.title = title.strip();
        m.findings = findings.strip();
        m.updatedAt = clock.instant();
        m.participants.clear();
        if (participants != null) {
            for (ParticipantRequest pr : participants) {
                Participant p = new Participant();
                p.meeting = m;
                if (pr.isAccount()) {
                    p.accountId = ids.get(pr.username().strip());
                } else {
                    p.guestName = pr.guestName().strip();
                    p.guestRole = pr.guestRole() == null || pr.guestRole().isBlank() ? null : pr.guestRole().strip();
                }
                m.participants.add(p);
            }
        }
    }

    private Recommendation recommendation(Meeting m, RecommendationRequest r, Map<String, Long> ids) {
        Recommendation rec = new Recommendation();
        rec.meeting = m;
        rec.text = r.text().strip();
        rec.ownerAccountId = ids.get(r.ownerUsername().strip());
        rec.dueOn = r.dueOn();
        return rec;
    }
}
