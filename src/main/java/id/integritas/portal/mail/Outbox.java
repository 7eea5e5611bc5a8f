package id.integritas.portal.mail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.system.crypto.DataCipher;

/**
 * The public way to send a mail: a row in {@code mail_outbox}, written in the caller's transaction (so the mail
 * exists exactly when the change that causes it commits). {@link MailSender} delivers it later, with retries. The
 * row holds ids and, for an address that belongs to no account, the address encrypted; the text is rendered at send
 * time from the message bundles in the row's locale.
 */
@ApplicationScoped
public class Outbox {

    /** Associated data of an encrypted recipient address. */
    static final String ADDRESS_LABEL = "mail.recipient";
    /** Associated data of encrypted template data. */
    static final String DATA_LABEL = "mail.template-data";

    @Inject
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** A mail about a case (or none: {@code caseId} null) to an account's address, in the account holder's locale. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean toAccount(MailKind kind, long accountId, Long caseId, Locale locale, Map<String, String> data,
            String dedupeKey) {
        return insert(kind, caseId, null, accountId, null, locale, data, dedupeKey);
    }

    /** A mail to an address that belongs to no account (a reporter); the address is stored encrypted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean toAddress(MailKind kind, String address, Long caseId, Locale locale, Map<String, String> data,
            String dedupeKey) {
        return insert(kind, caseId, null, null, cipher.encryptText(address.strip(), ADDRESS_LABEL), locale, data, dedupeKey);
    }

    /** An administrators' mail about a decree, once per (decree, account). */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean aboutDecree(MailKind kind, long decreeId, long accountId) {
        return insert(kind, null, decreeId, accountId, null, Locale.forLanguageTag("id"), Map.of(),
                kind + ":" + decreeId + ":" + accountId);
    }

    /** @return false when a row with the same dedupe key already exists (nothing written) */
    private boolean insert(MailKind kind, Long caseId, Long decreeId, Long accountId, byte[] address, Locale locale,
            Map<String, String> data, String dedupeKey) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] encryptedData = data == null || data.isEmpty() ? null : cipher.encrypt(json(data), DATA_LABEL);
        // optional values are bound with their types: a null of unknown type would be guessed
        int n = em.createNativeQuery("""
                insert into mail_outbox (kind, locale, case_id, decree_id, recipient_account_id, recipient_address,
                    template_data, dedupe_key, created_at, next_attempt_at)
                values (:kind, :locale, :caseId, :decreeId, :account, :address, :data, :dedupe, :now, :now)
                on conflict (dedupe_key) do nothing""").unwrap(NativeQuery.class)
                .setParameter("kind", kind.name()).setParameter("locale", language(locale))
                .setParameter("caseId", caseId, StandardBasicTypes.LONG)
                .setParameter("decreeId", decreeId, StandardBasicTypes.LONG)
                .setParameter("account", accountId, StandardBasicTypes.LONG)
                .setParameter("address", address, StandardBasicTypes.BINARY)
                .setParameter("data", encryptedData, StandardBasicTypes.BINARY)
                .setParameter("dedupe", dedupeKey, StandardBasicTypes.STRING)
                .setParameter("now", now).executeUpdate();
        return n == 1;
    }

    static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "id";
    }

    private byte[] json(Map<String, String> data) {
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise mail data", e);
        }
    }
}
