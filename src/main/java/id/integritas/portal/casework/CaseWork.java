package id.integritas.portal.casework;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentRepository;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.CaseActor;
import id.integritas.portal.casefile.CaseEvent;
import id.integritas.portal.casefile.CaseHistory;
import id.integritas.portal.casefile.CaseMessage;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.CaseRoute;
import id.integritas.portal.casefile.CaseRules;
import id.integritas.portal.casefile.CaseSteps;
import id.integritas.portal.casefile.EncryptionLabels;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.ReporterIdentity;
import id.integritas.portal.casefile.TransitionRefusedException;
import id.integritas.portal.casefile.TransitionRequest;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.team.CaseAccess;
import id.integritas.portal.team.TeamKind;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The officer's work on one case, shared by the JSON API ({@link OfficerCasesApi}) and the case page
 * ({@link OfficerCasePage}): opening it (404 for anyone who may not see it), the steps of its workflow, disposisi,
 * notes, privacy, identity and attachments. Every rule is asked of {@code casefile.CaseRules}; every view of
 * content, identity or a file is audited.
 */
@ApplicationScoped
public class CaseWork {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deadline(String clock, String description, LocalDate dueDate, int workingDaysLeft, boolean paused) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HandlingTeam(String teamKind, String decreeNumber, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assignee(String username, String displayName, String unitCode, String unitName) {
    }

    public record LinkedCase(String registrationNumber, String kind) {
    }

    /** A step of the case's history as officers see it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TimelineEntry(Instant at, String state, String publicState, String action, String actor, String reason,
            String destination, String externalReference, String assignee) {
    }

    public record Note(long id, String author, Instant createdAt, String body) {
    }

    /** {@code addedBy}: the officer who uploaded it (never shown to the reporter); absent for the reporter's files. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileInfo(long id, String fileName, String mediaType, long sizeBytes, boolean fromMessage, boolean originalKept,
            String addedBy) {
    }

    /** The result of a step: where the case is now and what this officer may do next. */
    public record Outcome(String registrationNumber, String state, String publicState, List<String> allowedTransitions) {
    }

    /** A file to send: its name, media type and content. */
    public record Download(String fileName, String mediaType, InputStream content) {
    }

    /** Everything about a case an officer may see, except the identity (asked for separately, with a reason). */
    public record Opened(ReportCase reportCase, CaseActor actor, JsonNode content, boolean hasIdentity, List<FileInfo> files,
            List<String> allowedTransitions, boolean canAssign, boolean canRaisePrivacy, boolean canSeeIdentity,
            boolean canSeeOriginals, List<Deadline> deadlines, HandlingTeam handlingTeam, Assignee assignee,
            LinkedCase linkedCase) {
    }

    @Inject
    id.integritas.portal.deadline.CaseDeadlines caseDeadlines;

    @Inject
    CaseAccess access;

    @Inject
    CaseActors actors;

    @Inject
    CaseRepository cases;

    @Inject
    CaseHistory history;

    @Inject
    CaseSteps steps;

    @Inject
    AccountRepository accounts;

    @Inject
    AttachmentRepository attachmentRepository;

    @Inject
    AttachmentStore attachmentStore;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    OfficeDay officeDay;

    @Inject
    EntityManager em;

    /** The case if this officer may see it today; 404 otherwise (as for a case that does not exist). */
    public ReportCase visible(Account officer, String number) {
        return access.visible(officer, number).orElseThrow(ApiProblemException::notFound);
    }

    @Transactional
    public Opened open(Account officer, String number) {
        ReportCase c = visible(officer, number);
        CaseActor actor = actors.of(officer, c);
        audit.record(officer.id, "CASE_CONTENT_VIEWED", "CASE", c.id, null);
        JsonNode content;
        try {
            content = c.content == null ? mapper.createObjectNode() // destroyed by retention
                    : mapper.readTree(cipher.decrypt(c.content, EncryptionLabels.CONTENT));
        } catch (IOException e) {
            throw new IllegalStateException("stored content unreadable", e);
        }
        boolean identity = history.identities.forCase(c.id) != null;
        return new Opened(c, actor, content, identity, files(c), CaseRules.allowedTransitions(c, actor),
                CaseRules.mayAssign(c, actor), CaseRules.mayRaisePrivacy(c, actor), identity && CaseRules.maySeeIdentity(c, actor),
                CaseRules.maySeeOriginal(actor), deadlines(c), handlingTeam(c), assignee(c), linkedCase(c));
    }

    /** An officer's step through the workflow; a concurrent step that won first makes this one a refusal. */
    @Transactional
    public Outcome transition(Account officer, String number, TransitionRequest request) {
        ReportCase c = visible(officer, number);
        CaseActor actor = actors.of(officer, c);
        checkAttachments(c, request.attachmentIds());
        String previous = c.status;
        CaseEvent event = c.take(actor, request, clock.instant());
        flushOrRefuse(officer, number);
        if (request.message() != null && !request.message().isBlank()) {
            event.messageId = sendMessage(c, officer, request.message());
        }
        steps.moved(c, event, previous);
        audit.record(officer.id, "CASE_" + event.action, "CASE", c.id, previous + "→" + c.status);
        return new Outcome(c.registrationNumber, c.status, c.publicStatus().name(), CaseRules.allowedTransitions(c, actor));
    }

    /** Disposisi to an officer (username) or a unit (org_unit code). */
    @Inject
    id.integritas.portal.mail.CaseMails caseMails;

    @Transactional
    public Outcome assign(Account officer, String number, String assignee, String reason) {
        ReportCase c = visible(officer, number);
        CaseActor actor = actors.of(officer, c);
        if (assignee == null || assignee.isBlank()) {
            throw new InvalidInputException(new FieldError("assignee", "required"));
        }
        String name = assignee.strip();
        String previous = c.status;
        CaseEvent event;
        Optional<String> unitName = unitName(name);
        Account person = null;
        if (unitName.isPresent()) {
            event = c.assign(actor, null, null, name, reason, clock.instant());
        } else {
            person = accounts.findByUsername(name).filter(a -> a.enabled).orElseThrow(
                    () -> new InvalidInputException(new FieldError("assignee", "unknown_option")));
            CaseActor standing = actors.of(person, c);
            String unit = CaseActors.officer(person) ? person.unitCode : null;
            event = c.assign(actor, person.id, standing, unit, reason, clock.instant());
        }
        flushOrRefuse(officer, number);
        // The one visibility predicate decides: a recused or named officer never gets the case.
        if (person != null && access.visible(person, number).isEmpty()) {
            throw new InvalidInputException(new FieldError("assignee", "not_eligible"));
        }
        if (event.status.equals(previous)) {
            steps.recorded(c, event);
        } else {
            steps.moved(c, event, previous);
        }
        audit.record(officer.id, "CASE_ASSIGNED", "CASE", c.id, person != null ? "account " + person.id : "unit " + name);
        if (person != null && !person.id.equals(officer.id)) {
            caseMails.assigned(c, person.id);
        }
        return new Outcome(c.registrationNumber, c.status, c.publicStatus().name(), CaseRules.allowedTransitions(c, actor));
    }

    @Transactional
    public String raisePrivacy(Account officer, String number, IdentityMode to, String reason) {
        ReportCase c = visible(officer, number);
        CaseActor actor = actors.of(officer, c);
        CaseEvent event = c.raisePrivacy(actor, to, reason, clock.instant());
        flushOrRefuse(officer, number);
        steps.recorded(c, event);
        audit.record(officer.id, "CASE_PRIVACY_RAISED", "CASE", c.id, "TERBUKA→" + c.identityMode);
        return c.identityMode.name();
    }

    /** The reporter's identity for those the rules allow, with a reason; audited. 403 for others who see the case. */
    @Transactional
    public JsonNode identity(Account officer, String number, String reason) {
        ReportCase c = visible(officer, number);
        if (reason == null || reason.isBlank() || reason.length() > TransitionRequest.MAX_REASON) {
            throw new InvalidInputException(new FieldError("reason", reason == null || reason.isBlank() ? "required" : "too_long",
                    reason == null || reason.isBlank() ? List.of() : List.of(TransitionRequest.MAX_REASON)));
        }
        ReporterIdentity identity = history.identities.forCase(c.id);
        if (identity == null) {
            throw ApiProblemException.notFound();
        }
        if (!CaseRules.maySeeIdentity(c, actors.of(officer, c))) {
            throw new ApiProblemException(403, "forbidden");
        }
        audit.record(officer.id, "IDENTITY_VIEWED", "CASE", c.id, reason.strip());
        try {
            return mapper.readTree(cipher.decrypt(identity.data, EncryptionLabels.IDENTITY));
        } catch (IOException e) {
            throw new IllegalStateException("stored identity unreadable", e);
        }
    }

    @Transactional
    public Note addNote(Account officer, String number, String text) {
        ReportCase c = visible(officer, number);
        if (!CaseRules.mayWriteNotes(actors.of(officer, c))) {
            throw new ApiProblemException(403, "forbidden");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(new FieldError("body", "required"));
        }
        if (text.length() > CaseNote.MAX_LENGTH) {
            throw new InvalidInputException(new FieldError("body", "too_long", List.of(CaseNote.MAX_LENGTH)));
        }
        CaseNote n = new CaseNote();
        n.caseId = c.id;
        n.authorAccountId = officer.id;
        n.createdAt = clock.instant();
        n.body = cipher.encryptText(text.strip(), EncryptionLabels.NOTE);
        em.persist(n);
        audit.record(officer.id, "CASE_NOTE_ADDED", "CASE", c.id, null);
        return new Note(n.id, officer.displayName, n.createdAt, text.strip());
    }

    /** Notes, oldest first, a page at a time. */
    @Transactional
    public List<Note> notes(Account officer, String number, int page, int size) {
        ReportCase c = visible(officer, number);
        return notesOf(c, page, size);
    }

    List<Note> notesOf(ReportCase c, int page, int size) {
        List<CaseNote> found = em.createQuery("from CaseNote n where n.caseId = :c order by n.createdAt, n.id", CaseNote.class)
                .setParameter("c", c.id).setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, String> names = displayNames(found.stream().map(n -> n.authorAccountId).toList());
        return found.stream().map(n -> new Note(n.id, names.get(n.authorAccountId), n.createdAt,
                cipher.decryptText(n.body, EncryptionLabels.NOTE))).toList();
    }

    /** Writes to the reporter (read through their tracking code). */
    @Transactional
    public Instant message(Account officer, String number, String text) {
        ReportCase c = visible(officer, number);
        CaseMessage.checkedBody(text);
        sendMessage(c, officer, text);
        audit.record(officer.id, "MESSAGE_SENT", "CASE", c.id, null);
        return clock.instant();
    }

    public record MessageLine(String from, Instant sentAt, String body) {
    }

    List<MessageLine> messagesOf(ReportCase c) {
        return history.messages.of(c.id).stream()
                .map(m -> new MessageLine(m.author.name(), m.sentAt, cipher.decryptText(m.body, EncryptionLabels.MESSAGE)))
                .toList();
    }

    List<TimelineEntry> timelineOf(ReportCase c) {
        List<CaseEvent> events = history.events.of(c.id);
        Set<Long> ids = new HashSet<>();
        events.forEach(e -> {
            if (e.actorAccountId != null) {
                ids.add(e.actorAccountId);
            }
            if (e.assigneeAccountId != null) {
                ids.add(e.assigneeAccountId);
            }
        });
        Map<Long, String> names = displayNames(ids);
        return events.stream().map(e -> new TimelineEntry(e.occurredAt, e.status, e.publicStatus.name(), e.action,
                e.actorAccountId == null ? null : names.get(e.actorAccountId), e.reason, e.destination, e.externalReference,
                e.assigneeAccountId != null ? names.get(e.assigneeAccountId) : e.assignedUnitCode)).toList();
    }

    /** What the case page shows beside {@link Opened}: timeline, notes (first page) and messages. */
    public record Details(List<TimelineEntry> timeline, List<Note> notes, List<MessageLine> messages) {
    }

    @Transactional
    Details details(ReportCase c) {
        ReportCase managed = em.find(ReportCase.class, c.id);
        return new Details(timelineOf(managed), notesOf(managed, 0, 200), messagesOf(managed));
    }

    /** The timeline of a case this officer sees (API). */
    @Transactional
    public List<TimelineEntry> timeline(Account officer, String number) {
        return timelineOf(visible(officer, number));
    }

    /** The metadata-free copy of an attachment, for anyone who sees the case; audited. */
    @Transactional
    public Download handlerCopy(Account officer, String number, long attachmentId) {
        ReportCase c = visible(officer, number);
        Attachment a = attachmentOf(c, attachmentId);
        audit.record(officer.id, "ATTACHMENT_VIEWED", "ATTACHMENT", a.id, null);
        return new Download(attachmentStore.fileName(a), a.mediaType, attachmentStore.openHandlerCopy(a));
    }

    /** The sealed original (metadata intact): only the chair (or an escalation reviewer), with a reason; audited. */
    @Transactional
    public Download original(Account officer, String number, long attachmentId, String reason) {
        ReportCase c = visible(officer, number);
        Attachment a = attachmentOf(c, attachmentId);
        if (!CaseRules.maySeeOriginal(actors.of(officer, c))) {
            throw new ApiProblemException(403, "forbidden");
        }
        if (reason == null || reason.isBlank() || reason.length() > TransitionRequest.MAX_REASON) {
            throw new InvalidInputException(new FieldError("reason", reason == null || reason.isBlank() ? "required" : "too_long",
                    reason == null || reason.isBlank() ? List.of() : List.of(TransitionRequest.MAX_REASON)));
        }
        InputStream in = attachmentStore.openOriginal(a).orElseThrow(ApiProblemException::notFound);
        audit.record(officer.id, "ATTACHMENT_ORIGINAL_VIEWED", "ATTACHMENT", a.id, reason.strip());
        return new Download(attachmentStore.fileName(a), a.mediaType, in);
    }

    @Transactional
    public List<FileInfo> files(Account officer, String number) {
        return files(visible(officer, number));
    }

    private List<FileInfo> files(ReportCase c) {
        List<Attachment> found = attachmentRepository.ofCase(c.id);
        return infos(found);
    }

    private List<FileInfo> infos(List<Attachment> found) {
        Map<Long, String> names = displayNames(found.stream().map(a -> a.addedByAccountId).filter(id -> id != null).toList());
        return found.stream().map(a -> new FileInfo(a.id, attachmentStore.fileName(a), a.mediaType, a.sizeBytes,
                a.messageId != null, a.originalKept, a.addedByAccountId == null ? null : names.get(a.addedByAccountId))).toList();
    }

    /**
     * An officer's own files for the case (answer letter, KPK decision scan, minutes): checked, stripped and sealed as
     * the reporter's are, originals kept, audited per file, and never listed to the reporter. 404 for a case the
     * officer does not see, 403 for one they see but do not work ({@code CaseRules.mayAddFiles}), both before the
     * files are looked at; the checks and metadata-free copies run outside the transaction that stores them.
     */
    public List<FileInfo> addFiles(Account officer, String number, List<IncomingFile> files) {
        QuarkusTransaction.requiringNew().run(() -> mayAddFiles(officer, number));
        if (files.isEmpty()) {
            throw new InvalidInputException(new FieldError(AttachmentStore.FIELD, "required"));
        }
        List<AttachmentStore.Prepared> prepared = attachmentStore.prepare(files);
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportCase c = mayAddFiles(officer, number);
            List<Attachment> stored = attachmentStore.storeByOfficer(c.id, officer.id, prepared);
            for (Attachment a : stored) {
                audit.record(officer.id, "ATTACHMENT_ADDED", "ATTACHMENT", a.id, "case " + c.id);
            }
            return infos(stored);
        });
    }

    private ReportCase mayAddFiles(Account officer, String number) {
        ReportCase c = visible(officer, number);
        if (!CaseRules.mayAddFiles(actors.of(officer, c))) {
            throw new ApiProblemException(403, "forbidden");
        }
        return c;
    }

    private Attachment attachmentOf(ReportCase c, long id) {
        Attachment a = attachmentRepository.findById(id);
        if (a == null || !a.caseId.equals(c.id)) {
            throw ApiProblemException.notFound();
        }
        return a;
    }

    private void checkAttachments(ReportCase c, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (ids.size() > TransitionRequest.MAX_ATTACHMENTS) { // before the query: it binds one parameter per id
            throw new InvalidInputException(new FieldError("attachmentIds", "too_many_items",
                    List.of(TransitionRequest.MAX_ATTACHMENTS)));
        }
        long found = em.createQuery("select count(a) from Attachment a where a.caseId = :c and a.id in :ids", Long.class)
                .setParameter("c", c.id).setParameter("ids", ids).getSingleResult();
        if (found != new HashSet<>(ids).size()) {
            throw new InvalidInputException(new FieldError("attachmentIds", "unknown_option"));
        }
    }

    private Long sendMessage(ReportCase c, Account officer, String text) {
        CaseMessage m = new CaseMessage();
        m.caseId = c.id;
        m.sentAt = clock.instant();
        m.author = CaseMessage.Author.OFFICER;
        m.officerAccountId = officer.id;
        m.body = cipher.encryptText(CaseMessage.checkedBody(text), EncryptionLabels.MESSAGE);
        history.messages.persist(m);
        return m.id;
    }

    /**
     * Writes the case now so that a concurrent step that committed first (the entity's @Version) turns this one into
     * a refusal naming the state that step left, instead of applying twice.
     */
    private void flushOrRefuse(Account officer, String number) {
        try {
            em.flush();
        } catch (OptimisticLockException | org.hibernate.StaleStateException e) {
            TransitionRefusedException fresh = QuarkusTransaction.requiringNew().call(() -> {
                ReportCase now = visible(officer, number);
                return new TransitionRefusedException(now.status, CaseRules.allowedTransitions(now, actors.of(officer, now)));
            });
            throw fresh;
        }
    }

    /** Running clocks (not stopped), earliest first, with working days left by each clock's own calendar rule. */
    List<Deadline> deadlines(ReportCase c) {
        return caseDeadlines.of(c).stream().filter(d -> !d.stopped())
                .map(d -> new Deadline(d.clock(), d.description(), d.dueDate(), d.workingDaysLeft() == null ? 0 : d.workingDaysLeft(),
                        d.paused()))
                .toList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    @SuppressWarnings("unchecked")
    HandlingTeam handlingTeam(ReportCase c) {
        if (c.route == CaseRoute.ESCALATION) {
            List<String> name = em.createNativeQuery("select name from escalation_route where id = :id")
                    .setParameter("id", c.escalationRouteId).getResultList();
            return new HandlingTeam("ESCALATION", null, name.isEmpty() ? null : name.get(0));
        }
        // the decree routing named for the case, else the team of the channel in force today (latest SK first)
        List<String> routed = em.createNativeQuery("select d.number from case_routing r join decree d on d.id = r.decree_id "
                + "where r.case_id = :c order by r.decided_at desc, r.id desc limit 1").setParameter("c", c.id).getResultList();
        if (routed.isEmpty()) {
            routed = em.createNativeQuery("select d.number from decree d where d.channel = :ch and d.valid_from <= :day "
                    + "and d.valid_until >= :day order by d.valid_from desc, d.id desc limit 1").setParameter("ch", c.channel.name())
                    .setParameter("day", access.today()).getResultList();
        }
        return new HandlingTeam(TeamKind.of(c.channel).name(), routed.isEmpty() ? null : routed.get(0), null);
    }

    Assignee assignee(ReportCase c) {
        if (c.assigneeAccountId != null) {
            Account a = accounts.findById(c.assigneeAccountId);
            return new Assignee(a.username, a.displayName, c.assignedUnitCode, c.assignedUnitCode == null ? null
                    : unitName(c.assignedUnitCode).orElse(null));
        }
        if (c.assignedUnitCode != null) {
            return new Assignee(null, null, c.assignedUnitCode, unitName(c.assignedUnitCode).orElse(null));
        }
        return null;
    }

    LinkedCase linkedCase(ReportCase c) {
        if (c.linkedCaseId == null) {
            return null;
        }
        ReportCase other = cases.findById(c.linkedCaseId);
        return other == null ? null : new LinkedCase(other.registrationNumber, c.linkKind);
    }

    @SuppressWarnings("unchecked")
    Optional<String> unitName(String code) {
        List<String> names = em.createNativeQuery("select name from org_unit where code = :code and active")
                .setParameter("code", code).getResultList();
        return names.stream().findFirst();
    }

    /** Active units, for the assignment form. */
    @SuppressWarnings("unchecked")
    List<Object[]> units() {
        return em.createNativeQuery("select code, name from org_unit where active order by name").getResultList();
    }

    private Map<Long, String> displayNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", new HashSet<>(ids)).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
