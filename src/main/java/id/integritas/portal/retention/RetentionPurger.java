package id.integritas.portal.retention;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.integritas.portal.audit.AuditLog;

/**
 * Removes one closed case's identity and content, or the whole case, in the caller's transaction, and appends what
 * was removed (field names and counts, never a value) to the audit chain. Audit entries are never deleted: they name
 * the case by id, so the chain still verifies after a purge. Plain SQL, table by table, children before parents,
 * so no foreign key is left dangling; {@link #CASE_TABLES} lists every table that references a case, its messages or
 * its attachments (a test compares it with the database's foreign keys).
 */
@ApplicationScoped
public class RetentionPurger {

    /**
     * Tables with a foreign key to report_case, case_message or attachment, and the column holding it. Decree scans,
     * monev files and standard documents are attachments held by their record (no case), which no case's destruction
     * touches.
     */
    public static final List<String> CASE_TABLES = List.of("account_declared_party.declaration_case_id",
            "attachment.case_id", "attachment.message_id", "attachment_chunk.attachment_id", "case_alert.case_id",
            "case_deadline.case_id", "case_event.case_id", "case_event.message_id", "case_message.case_id",
            "case_named_person.case_id", "case_note.case_id", "case_rating.case_id", "case_recusal.case_id",
            "case_retention.case_id", "case_routing.case_id", "conflict_decision.case_id", "decree.scan_attachment_id",
            "gift_ledger.case_id", "gratification_handling.case_id", "gratification_handling.proof_attachment_id",
            "mail_outbox.case_id", "monev_attachment.attachment_id", "report_case.linked_case_id", "reporter_identity.case_id",
            "standard_document.attachment_id");

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** What one case lost: field or table → rows affected (only non-zero counts). */
    public record Removed(Map<String, Integer> counts) {
        String describe() {
            return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    /**
     * Destroys identity and content; the row keeps channel, medium, codes, dates, status, clocks, gift value and
     * kind, ratings' scores, decisions' control measures. The tracking hash is replaced by random bytes, so the
     * reporter's code now answers like an unknown code.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Removed destroy(long caseId, String rule, long ruleSetId, Instant at) {
        Map<String, Integer> n = new LinkedHashMap<>();
        removePersonalParts(caseId, n);
        put(n, "report_case.content", update("update report_case set content = null where id = ?1 and content is not null", caseId));
        byte[] tracking = new byte[32];
        RANDOM.nextBytes(tracking);
        // the version moves on, so an officer's transaction that read the case before cannot write the old content back
        em.createNativeQuery("update report_case set tracking_hash = ?2, version = version + 1 where id = ?1").setParameter(1, caseId)
                .setParameter(2, tracking).executeUpdate();
        n.put("report_case.tracking_hash", 1);
        put(n, "report_case.filed_by_account_id",
                update("update report_case set filed_by_account_id = null where id = ?1 and filed_by_account_id is not null", caseId));
        em.createNativeQuery("update case_retention set destroyed_at = ?2, destroyed_by_rule_set_id = ?3 where case_id = ?1")
                .setParameter(1, caseId).setParameter(2, at).setParameter(3, ruleSetId).executeUpdate();
        Removed removed = new Removed(n);
        audit.record(null, "RETENTION_DESTROYED", "CASE", caseId, rule + "; removed " + removed.describe());
        return removed;
    }

    /** Removes the case and everything that hangs on it; its registration number is named in the audit entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Removed purge(long caseId, String rule) {
        String number = (String) em.createNativeQuery("select registration_number from report_case where id = ?1")
                .setParameter(1, caseId).getSingleResult();
        Map<String, Integer> n = new LinkedHashMap<>();
        removePersonalParts(caseId, n);
        put(n, "case_deadline_pause", update("delete from case_deadline_pause where case_id = ?1", caseId));
        put(n, "case_deadline", update("delete from case_deadline where case_id = ?1", caseId));
        put(n, "case_alert", update("delete from case_alert where case_id = ?1", caseId));
        put(n, "case_rating", update("delete from case_rating where case_id = ?1", caseId));
        put(n, "case_recusal", update("delete from case_recusal where case_id = ?1", caseId));
        put(n, "case_routing", update("delete from case_routing where case_id = ?1", caseId));
        put(n, "gratification_handling", update("delete from gratification_handling where case_id = ?1", caseId));
        put(n, "conflict_decision", update("delete from conflict_decision where case_id = ?1", caseId));
        put(n, "case_event", update("delete from case_event where case_id = ?1", caseId));
        put(n, "links", update("update report_case set linked_case_id = null, link_kind = null where linked_case_id = ?1", caseId));
        update("delete from case_retention where case_id = ?1", caseId);
        put(n, "report_case", update("delete from report_case where id = ?1", caseId));
        Removed removed = new Removed(n);
        audit.record(null, "RETENTION_PURGED", "CASE", caseId, number + "; " + rule + "; removed " + removed.describe());
        return removed;
    }

    private void removePersonalParts(long caseId, Map<String, Integer> n) {
        put(n, "reporter_identity", update("delete from reporter_identity where case_id = ?1", caseId));
        update("update gratification_handling set proof_attachment_id = null where case_id = ?1 and proof_attachment_id is not null", caseId);
        put(n, "case_event.attachment_ids", update("update case_event set attachment_ids = null where case_id = ?1 and attachment_ids is not null", caseId));
        put(n, "attachment_chunk", update("delete from attachment_chunk where attachment_id in (select id from attachment where case_id = ?1)", caseId));
        put(n, "attachment", update("delete from attachment where case_id = ?1", caseId));
        update("update case_event set message_id = null where case_id = ?1 and message_id is not null", caseId);
        put(n, "case_message", update("delete from case_message where case_id = ?1", caseId));
        put(n, "case_note", update("delete from case_note where case_id = ?1", caseId));
        put(n, "case_rating.comment", update("update case_rating set comment = null where case_id = ?1 and comment is not null", caseId));
        put(n, "case_event.reason", update("update case_event set reason = null where case_id = ?1 and reason is not null", caseId));
        put(n, "case_named_person", update("delete from case_named_person where case_id = ?1", caseId));
        put(n, "account_declared_party", update("delete from account_declared_party where declaration_case_id = ?1", caseId));
        put(n, "gift_ledger", update("delete from gift_ledger where case_id = ?1", caseId));
        // queued and sent mails of the case: a reporter's address is kept (encrypted) in the row
        put(n, "mail_outbox", update("delete from mail_outbox where case_id = ?1", caseId));
        put(n, "conflict_decision.analysis", update("update conflict_decision set analysis = null, replacement_official = null "
                + "where case_id = ?1 and (analysis is not null or replacement_official is not null)", caseId));
    }

    private int update(String sql, long caseId) {
        return em.createNativeQuery(sql).setParameter(1, caseId).executeUpdate();
    }

    private static void put(Map<String, Integer> n, String what, int rows) {
        if (rows > 0) {
            n.put(what, rows);
        }
    }
}
