package id.integritas.portal.intake;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.casefile.CaseEvent;
import id.integritas.portal.casefile.CaseHistory;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.ReporterIdentity;
import id.integritas.portal.receipt.Receipt;
import id.integritas.portal.receipt.ReceiptSigner;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.crypto.Hmac;
import id.integritas.portal.tracking.TrackingCodes;

/**
 * Stores a report in one transaction: registration number, case, encrypted content and identity, first history
 * entry, attachments, and the signed receipt. Nothing is acknowledged before the commit, so a tracking code that
 * reached the reporter always opens a stored case.
 */
@ApplicationScoped
public class IntakeService {

    public static final String CONTENT = "case.content";
    public static final String IDENTITY = "case.identity";

    private final ObjectMapper canonical;

    @Inject
    CaseRepository cases;

    @Inject
    CaseHistory history;

    @Inject
    RegistrationNumbers numbers;

    @Inject
    TrackingCodes trackingCodes;

    @Inject
    DataCipher cipher;

    @Inject
    AttachmentStore attachments;

    @Inject
    ReceiptSigner signer;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    public IntakeService(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        copy.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
        copy.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        this.canonical = copy;
    }

    @Transactional
    public Acknowledgement submit(Submission s) {
        ReportCase c = new ReportCase();
        c.channel = s.channel();
        c.submittedAt = clock.instant();
        c.updatedAt = c.submittedAt;
        int year = c.submittedAt.atZone(ZoneId.of(config.office().timeZone())).getYear();
        c.registrationNumber = numbers.next(s.channel(), year);
        String code = trackingCodes.generate();
        c.trackingHash = trackingCodes.hash(code);
        c.status = s.initialStatus().name();
        c.identityMode = s.identityMode();
        c.intakeMedium = s.medium();
        s.columns().accept(c);
        byte[] contentJson = json(s.content());
        c.content = cipher.encrypt(contentJson, CONTENT);
        c.contentDigest = digest(s, contentJson);
        cases.persist(c);

        if (s.identity() != null && s.identityMode().collectsIdentity()) {
            ReporterIdentity identity = new ReporterIdentity();
            identity.caseId = c.id;
            identity.data = cipher.encrypt(json(s.identity()), IDENTITY);
            history.identities.persist(identity);
        }
        history.events.persist(CaseEvent.received(c));
        attachments.store(c.id, null, s.attachments());
        Receipt receipt = signer.sign(c);
        return new Acknowledgement(c.registrationNumber, c.channel.name(), code, c.submittedAt,
                c.publicStatus().name(), receipt);
    }

    private String digest(Submission s, byte[] contentJson) {
        Map<String, Object> signed = new LinkedHashMap<>();
        signed.put("channel", s.channel().name());
        signed.put("content", Hmac.sha256Hex(contentJson));
        signed.put("identity", s.identity() == null ? null : Hmac.sha256Hex(json(s.identity())));
        signed.put("attachments", s.attachments().stream().map(a -> Hmac.sha256Hex(a.original())).toList());
        return Hmac.sha256Hex(json(signed));
    }

    public byte[] json(Object value) {
        try {
            return canonical.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report content", e);
        }
    }

    public <T> T read(byte[] json, Class<T> type) {
        try {
            return canonical.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored report content is unreadable", e);
        }
    }
}
