package id.integritas.portal.intake;

import id.integritas.portal.system.Meters;
import io.micrometer.core.instrument.MeterRegistry;
import id.integritas.portal.casefile.EncryptionLabels;
import id.integritas.portal.receipt.Acknowledgement;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.casefile.CaseSteps;
import id.integritas.portal.casefile.CaseHistory;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.ReporterIdentity;
import id.integritas.portal.receipt.Receipt;
import id.integritas.portal.receipt.ReceiptSigner;
import id.integritas.portal.routing.IntakeRouting;
import id.integritas.portal.routing.NamedPeople;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.tracking.TrackingCodes;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores a report in one transaction: registration number, case, encrypted content and identity, first history
 * entry, attachments, and the signed receipt. Nothing is acknowledged before the commit, so a tracking code that
 * reached the reporter always opens a stored case.
 */
@ApplicationScoped
public class IntakeService {

    @Inject
    MeterRegistry meters;


    private final ObjectMapper canonical;

    @Inject
    CaseRepository cases;

    @Inject
    CaseHistory history;

    @Inject
    CaseSteps steps;

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

    @Inject
    IntakeRouting routing;

    @Inject
    jakarta.enterprise.inject.Instance<id.integritas.portal.system.i18n.RequestLocale> requestLocale;

    public IntakeService(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        copy.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
        // ObjectMapper.configure(MapperFeature, ...) is deprecated: mapper features belong to the immutable configs.
        copy.setConfig(copy.getSerializationConfig().with(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY));
        copy.setConfig(copy.getDeserializationConfig().with(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY));
        this.canonical = copy;
    }

    /**
     * Everything that costs CPU (tracking code, JSON, encryption, digest) happens before the transaction and the
     * receipt is signed after it, so the transaction is a handful of inserts. The registration number is taken
     * last: the counter row is locked only from then until the commit.
     */
    public Acknowledgement submit(Submission s) {
        String code = trackingCodes.generate();
        byte[] contentJson = json(s.content());
        ReportCase c = new ReportCase();
        c.channel = s.channel();
        c.submittedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL stores it
        c.updatedAt = c.submittedAt;
        c.trackingHash = trackingCodes.hash(code);
        c.status = s.initialStatus().name();
        c.identityMode = s.identityMode();
        c.intakeMedium = s.medium();
        c.filingLocale = filingLocale();
        s.columns().accept(c);
        c.content = cipher.encrypt(contentJson, EncryptionLabels.CONTENT);
        byte[] salt = ContentDigest.newSalt();
        c.digestVersion = ContentDigest.SALTED;
        c.digestSalt = cipher.encrypt(salt, EncryptionLabels.DIGEST_SALT);
        c.contentDigest = ContentDigest.salted(salt, digestSummary(s, contentJson));
        byte[] identity = s.identity() != null && s.identityMode().collectsIdentity()
                ? cipher.encrypt(json(s.identity()), EncryptionLabels.IDENTITY)
                : null;
        int year = c.submittedAt.atZone(ZoneId.of(config.office().timeZone())).getYear();

        NamedPeople people = s.content() instanceof NamedPeople.Source source ? source.namedPeople() : NamedPeople.NONE;

        QuarkusTransaction.requiringNew().run(() -> store(c, identity, s, year, people));

        Receipt receipt = signer.sign(c);
        // the channel only: never a number, code or anything else of the report (docs/operations.md "Metrics")
        meters.counter(Meters.REPORTS_FILED, "channel", c.channel.name()).increment();
        return new Acknowledgement(c.registrationNumber, c.channel.name(), code, c.submittedAt,
                c.publicStatus().name(), receipt);
    }

    private void store(ReportCase c, byte[] identityData, Submission s, int year, NamedPeople people) {
        c.registrationNumber = "P-" + java.util.UUID.randomUUID().toString().substring(0, 20);
        cases.persist(c);
        // team, escalation, handling unit, named-person hashes and recusals: in this transaction, so an
        // acknowledged report is always routed
        routing.route(c, people);
        if (identityData != null) {
            ReporterIdentity identity = new ReporterIdentity();
            identity.caseId = c.id;
            identity.data = identityData;
            history.identities.persist(identity);
        }
        steps.received(c);
        // Files are encrypted while they are written (segment by segment), before the counter row is locked.
        attachments.store(c.id, null, s.attachments(), s.keepsOriginals());
        c.registrationNumber = numbers.next(c.channel, year);
    }

    /** The language the reporter chose for this request ({@code id} outside a request, e.g. demo data). */
    private String filingLocale() {
        if (!io.quarkus.arc.Arc.container().requestContext().isActive()) {
            return "id";
        }
        return requestLocale.get().texts().lang();
    }

    /** What the content digest covers (see {@link ContentDigest}), as canonical JSON. */
    private byte[] digestSummary(Submission s, byte[] contentJson) {
        return digestSummary(s.channel(), contentJson, s.identity() == null ? null : json(s.identity()),
                s.attachments().stream().map(AttachmentStore.Prepared::originalSha256).toList());
    }

    /**
     * The digest input of a stored report, for recomputing its digest from the decrypted parts; attachments by the
     * SHA-256 (hex) of each original as submitted, which is streamed, so no file is ever held whole in memory.
     */
    public byte[] digestSummary(id.integritas.portal.casefile.Channel channel, byte[] contentJson, byte[] identityJson,
            List<String> attachmentOriginalSha256) {
        return json(ContentDigest.summary(channel, contentJson, identityJson, attachmentOriginalSha256));
    }

    public byte[] json(Object value) {
        try {
            return canonical.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report content", e);
        }
    }

}
