package id.integritas.portal.attachment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.tika.Tika;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/** Checks uploads against the limits and the allow-list (by content, never by name), then seals and stores them. */
@ApplicationScoped
public class AttachmentStore {

    public static final String FIELD = "attachments";
    static final String ORIGINAL = "attachment.original";
    static final String HANDLER_COPY = "attachment.handler-copy";
    static final String NAME = "attachment.name";

    private final Tika tika = new Tika();

    @Inject
    PortalConfig config;

    @Inject
    DataCipher cipher;

    @Inject
    MetadataStripper stripper;

    @Inject
    AttachmentRepository repository;

    @Inject
    Clock clock;

    /** A checked file, ready to store. */
    public record Prepared(String fileName, String mediaType, byte[] original, byte[] handlerCopy) {
    }

    /** @throws ApiProblemException 413 when a file or the number of files is over the limit */
    public List<Prepared> prepare(List<IncomingFile> files) {
        if (files.size() > config.uploads().maxFiles()) {
            throw new InvalidInputException(new FieldError(FIELD, "too_many_files", List.of(config.uploads().maxFiles())));
        }
        for (IncomingFile f : files) {
            if (f.content().length > config.uploads().maxFileBytes()) {
                throw ApiProblemException.tooLarge();
            }
        }
        List<Prepared> prepared = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (IncomingFile f : files) {
            String type = tika.detect(f.content());
            if (!config.uploads().allowedTypes().contains(type)) {
                errors.add(new FieldError(FIELD, "file_type", List.of(safeName(f.fileName()))));
                continue;
            }
            try {
                prepared.add(new Prepared(safeName(f.fileName()), type, f.content(), stripper.strip(type, f.content())));
            } catch (MetadataStripper.UnreadableFileException e) {
                errors.add(new FieldError(FIELD, "file_unreadable", List.of(safeName(f.fileName()))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.subList(0, 1));
        }
        return prepared;
    }

    /** Encrypts checked files; done before the storing transaction so that it stays short. */
    public List<Attachment> seal(List<Prepared> files) {
        List<Attachment> sealed = new ArrayList<>();
        for (Prepared p : files) {
            Attachment a = new Attachment();
            a.mediaType = p.mediaType();
            a.sizeBytes = p.original().length;
            a.fileName = cipher.encryptText(p.fileName(), NAME);
            a.original = cipher.encrypt(p.original(), ORIGINAL);
            a.handlerCopy = cipher.encrypt(p.handlerCopy(), HANDLER_COPY);
            a.createdAt = clock.instant();
            sealed.add(a);
        }
        return sealed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void store(Long caseId, Long messageId, List<Attachment> sealed) {
        for (Attachment a : sealed) {
            a.caseId = caseId;
            a.messageId = messageId;
            repository.persist(a);
        }
    }

    public byte[] handlerCopy(Attachment a) {
        return cipher.decrypt(a.handlerCopy, HANDLER_COPY);
    }

    public String fileName(Attachment a) {
        return cipher.decryptText(a.fileName, NAME);
    }

    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "lampiran";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}
