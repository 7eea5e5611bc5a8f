package id.integritas.portal.tracking;

import id.integritas.portal.casefile.EncryptionLabels;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentRepository;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.casefile.CaseEvent;
import id.integritas.portal.casefile.CaseHistory;
import id.integritas.portal.casefile.CaseMessage;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.CaseStepped;
import id.integritas.portal.casefile.CaseSteps;
import id.integritas.portal.casefile.ComplaintStatus;
import id.integritas.portal.deadline.CaseDeadlines;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.casefile.PublicStatus;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.Meters;
import io.micrometer.core.instrument.MeterRegistry;

/** Opens a case by its tracking code and carries the reporter's side of the message box. */
@ApplicationScoped
public class TrackingService {


    @Inject
    TrackingCodes codes;

    @Inject
    CaseRepository cases;

    @Inject
    CaseHistory history;

    @Inject
    AttachmentRepository attachmentRepository;

    @Inject
    AttachmentStore attachments;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    CaseSteps steps;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    MeterRegistry meters;

    public Optional<ReportCase> find(String typedCode) {
        Optional<ReportCase> found = codes.normalize(typedCode).flatMap(code -> cases.findByTrackingHash(codes.hash(code)));
        if (found.isEmpty()) {
            meters.counter(Meters.TRACKING_REFUSED, "reason", Meters.UNKNOWN_CODE).increment();
        }
        return found;
    }

    @Transactional
    public Optional<CaseView> view(String typedCode) {
        return find(typedCode).map(this::view);
    }

    CaseView view(ReportCase c) {
        List<CaseView.HistoryEntry> entries = new ArrayList<>();
        String last = null;
        String forwardedTo = null;
        for (CaseEvent e : history.events.of(c.id)) {
            // The public history shows changes of public status only.
            if (!e.publicStatus.name().equals(last)) {
                entries.add(new CaseView.HistoryEntry(e.occurredAt, e.publicStatus.name(), e.destination));
                last = e.publicStatus.name();
            }
            if (e.publicStatus == PublicStatus.DITERUSKAN && e.destination != null) {
                forwardedTo = e.destination;
            }
        }
        // Names and message links only: the files themselves stay sealed. Officers' own files are internal.
        List<Object[]> files = attachmentRepository.getEntityManager()
                .createQuery("select a.messageId, a.fileName from Attachment a where a.caseId = ?1 and a.addedByAccountId is null "
                        + "order by a.id", Object[].class)
                .setParameter(1, c.id).getResultList();
        Map<Long, Long> filesPerMessage = files.stream().filter(f -> f[0] != null)
                .collect(Collectors.groupingBy(f -> (Long) f[0], Collectors.counting()));
        List<String> reportFiles = files.stream().filter(f -> f[0] == null)
                .map(f -> attachments.fileName(sealedName((byte[]) f[1]))).toList();
        List<CaseView.MessageView> messages = history.messages.of(c.id).stream()
                .map(m -> new CaseView.MessageView(m.author.name(), m.sentAt, cipher.decryptText(m.body, EncryptionLabels.MESSAGE),
                        filesPerMessage.getOrDefault(m.id, 0L).intValue()))
                .toList();
        return new CaseView(c.registrationNumber, c.channel.name(), c.publicStatus().name(),
                c.publicStatus() == PublicStatus.DITERUSKAN ? forwardedTo : null, c.submittedAt, report(c), reportFiles,
                entries, messages, deadlines.nextForReporter(c)
                        .map(d -> new CaseView.NextDeadline(d.stage().name(), d.dueDate())).orElse(null),
                CaseRating.ratable(c));
    }

    private static Attachment sealedName(byte[] fileName) {
        Attachment a = new Attachment();
        a.fileName = fileName;
        return a;
    }

    /** The report as typed, flattened to paths and values (empty values left out). */
    private List<CaseView.ReportField> report(ReportCase c) {
        List<CaseView.ReportField> fields = new ArrayList<>();
        try {
            flatten("", mapper.readTree(cipher.decrypt(c.content, EncryptionLabels.CONTENT)), fields);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored report content is unreadable", e);
        }
        return fields;
    }

    private static void flatten(String path, JsonNode node, List<CaseView.ReportField> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.asText().isBlank()) {
            out.add(new CaseView.ReportField(path, node.asText()));
        }
    }

    /** The reporter's reply; empty when the code opens nothing (answered like any wrong code). */
    @Transactional
    public Optional<CaseView> reply(String typedCode, String body, List<IncomingFile> files) {
        Optional<ReportCase> found = find(typedCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportCase c = found.get();
        CaseMessage.checkedBody(body);
        List<AttachmentStore.Prepared> prepared = attachments.prepare(files);
        CaseMessage m = new CaseMessage();
        m.caseId = c.id;
        m.sentAt = clock.instant();
        m.author = CaseMessage.Author.REPORTER;
        m.body = cipher.encryptText(body.strip(), EncryptionLabels.MESSAGE);
        history.messages.persist(m);
        attachments.store(c.id, m.id, prepared, c.identityMode.keepsOriginals());
        // the reporter answered: clocks waiting for them resume, "no reply" clocks (P3) stop
        steps.happened(c, CaseStepped.REPORTER_REPLIED, m.sentAt);
        return Optional.of(view(c));
    }

    /**
     * The reporter rates the answer of a complaint in {@code DITANGGAPI}: satisfied closes it as {@code SELESAI}, not
     * satisfied returns it to {@code DIPROSES}; both with the reason recorded and the clocks moved by the rules.
     * Empty when the code opens nothing; 409 {@code not-ratable} when the case cannot be rated now.
     */
    @Transactional
    public Optional<CaseView> rate(String typedCode, Integer score, Boolean satisfied, String comment) {
        Optional<ReportCase> found = find(typedCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReportCase c = found.get();
        List<id.integritas.portal.system.validation.FieldError> errors = CaseRating.check(score, satisfied, comment);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!CaseRating.ratable(c)) {
            throw new ApiProblemException(409, "not-ratable");
        }
        CaseRating r = new CaseRating();
        r.caseId = c.id;
        r.score = score.shortValue();
        r.satisfied = satisfied;
        r.comment = comment == null || comment.isBlank() ? null : cipher.encryptText(comment.strip(), CaseRating.COMMENT_LABEL);
        r.ratedAt = clock.instant();
        r.persist();
        steps.happened(c, CaseStepped.REPORTER_REPLIED, r.ratedAt);
        String previous = c.status;
        var event = c.moveTo(satisfied ? ComplaintStatus.SELESAI : ComplaintStatus.DIPROSES, null, r.reason(), r.ratedAt);
        steps.moved(c, event, previous);
        return Optional.of(view(c));
    }

    /** For officers: attachments of a case (decryption happens on download, audited by the caller). */
    public List<Attachment> attachmentsOf(Long caseId) {
        return attachmentRepository.ofCase(caseId);
    }
}
