package id.integritas.portal.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.casefile.CaseStepped;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.EncryptionLabels;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.PublicStatus;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.ReporterIdentity;
import id.integritas.portal.system.crypto.DataCipher;

/**
 * Writes the mails a case's steps cause, in the step's transaction ({@link CaseStepped} is fired synchronously
 * inside it): a new case to its team and the acknowledgement to its reporter; "reporter replied" to the assignee or
 * the team; "more information needed" and "answer available" to the reporter. Reporter mails go only to an address
 * the reporter gave (never for ANONIM, which has no identity row).
 */
@ApplicationScoped
public class CaseMails {

    /** The states that ask the reporter for more (per channel). */
    static final Map<Channel, String> ASKS_REPORTER = Map.of(Channel.ADU, "PERLU_DILENGKAPI", Channel.GRT,
            "PERLU_DILENGKAPI", Channel.WBS, "MENUNGGU_INFO_PELAPOR");

    private static final Set<PublicStatus> OUTCOMES = Set.of(PublicStatus.SELESAI, PublicStatus.DITUTUP,
            PublicStatus.DITERUSKAN);

    @Inject
    Outbox outbox;

    @Inject
    MailRecipients recipients;

    @Inject
    DataCipher cipher;

    @Inject
    ObjectMapper mapper;

    void onStep(@Observes CaseStepped step) {
        ReportCase c = step.reportCase();
        if (step.previousStatus() == null) {
            recipients.team(c).forEach(a -> toOfficer(MailKind.NEW_CASE, c, a));
            toReporter(MailKind.ACKNOWLEDGEMENT, c);
        } else if (CaseStepped.REPORTER_REPLIED.equals(step.code())) {
            var to = c.assigneeAccountId != null ? recipients.ifVisible(c, c.assigneeAccountId) : recipients.team(c);
            to.forEach(a -> toOfficer(MailKind.REPORTER_REPLIED, c, a));
        } else if (step.code().equals(c.status) && !c.status.equals(step.previousStatus())) {
            reporterMailFor(c, step.previousStatus()).ifPresent(kind -> toReporter(kind, c));
        }
    }

    /** The reporter's mail for a transition from {@code previous} to the case's state, if any. */
    static Optional<MailKind> reporterMailFor(ReportCase c, String previous) {
        if (c.status.equals(ASKS_REPORTER.get(c.channel))) {
            return Optional.of(MailKind.MORE_INFORMATION_NEEDED);
        }
        if (c.channel == Channel.ADU && "DITANGGAPI".equals(c.status)) {
            return Optional.of(MailKind.ANSWER_AVAILABLE);
        }
        // an outcome the reporter can read; a complaint's answer was already announced at DITANGGAPI
        boolean answeredBefore = c.channel == Channel.ADU && "DITANGGAPI".equals(previous);
        if (OUTCOMES.contains(c.publicStatus()) && !answeredBefore) {
            return Optional.of(MailKind.ANSWER_AVAILABLE);
        }
        return Optional.empty();
    }

    /** Disposisi to an officer: "case assigned to you" (the caller checked the officer may see it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assigned(ReportCase c, long assigneeAccountId) {
        recipients.ifVisible(c, assigneeAccountId).forEach(a -> toOfficer(MailKind.CASE_ASSIGNED, c, a));
    }

    private void toOfficer(MailKind kind, ReportCase c, long accountId) {
        outbox.toAccount(kind, accountId, c.id, Locale.forLanguageTag("id"), Map.of(), null);
    }

    private void toReporter(MailKind kind, ReportCase c) {
        if (c.identityMode == IdentityMode.ANONIM) {
            return;
        }
        reporterAddress(c).ifPresent(address -> outbox.toAddress(kind, address, c.id,
                Locale.forLanguageTag(c.filingLocale == null ? "id" : c.filingLocale), Map.of(), null));
    }

    /** The e-mail in the reporter's identity, decrypted here only to be stored encrypted in the outbox row. */
    private Optional<String> reporterAddress(ReportCase c) {
        ReporterIdentity identity = ReporterIdentity.findById(c.id);
        if (identity == null) {
            return Optional.empty();
        }
        try {
            JsonNode json = mapper.readTree(cipher.decrypt(identity.data, EncryptionLabels.IDENTITY));
            JsonNode email = json.get("email");
            return email == null || !email.isTextual() || email.asText().isBlank() ? Optional.empty()
                    : Optional.of(email.asText());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored identity is not JSON", e);
        }
    }
}
