package id.integritas.portal.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Walks the audit chain in order and names the first entry that does not fit: a changed entry (its hash no longer
 * matches), a removed one (the next entry's seq or previous hash does not follow), an inserted one (a row outside
 * the chain, or one the head row does not end with). Reads in key-ordered batches, so memory stays flat.
 */
@ApplicationScoped
public class AuditVerifier {

    static final int BATCH = 1000;

    /**
     * {@code problem} names what broke (null when intact): ENTRY_CHANGED, ENTRY_MISSING, PREVIOUS_HASH_MISMATCH,
     * BEYOND_HEAD (a row appended without moving the head), OUTSIDE_CHAIN (a row without a place in the chain),
     * END_REMOVED (the last entries were deleted; {@code firstBrokenEntry} is null then).
     */
    public record Verification(boolean intact, long entries, Long firstBrokenEntry, String problem, long headSeq,
            String headHash, Instant checkedAt) {
    }

    @Inject
    AuditLog log;

    @Inject
    java.time.Clock clock;

    public Verification verify() {
        return QuarkusTransaction.requiringNew().call(this::walk);
    }

    private Verification walk() {
        Object[] head = (Object[]) log.getEntityManager()
                .createNativeQuery("select last_seq, last_hash from audit_chain_head where id = 1").getSingleResult();
        long headSeq = ((Number) head[0]).longValue();
        byte[] headHash = (byte[]) head[1];
        Object outside = log.getEntityManager()
                .createNativeQuery("select min(id) from audit_log where seq is null or entry_hash is null").getSingleResult();
        long entries = 0;
        byte[] previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        long afterSeq = 0;
        while (true) {
            List<AuditEntry> batch = log.find("seq > ?1 order by seq", afterSeq).page(0, BATCH).list();
            for (AuditEntry e : batch) {
                entries++;
                String problem = null;
                if (e.seq != expectedSeq) {
                    problem = "ENTRY_MISSING";
                } else if (!Arrays.equals(previous, e.prevHash)) {
                    problem = "PREVIOUS_HASH_MISMATCH";
                } else if (!Arrays.equals(AuditChain.hash(e), e.entryHash)) {
                    problem = "ENTRY_CHANGED";
                } else if (e.seq > headSeq) {
                    problem = "BEYOND_HEAD";
                }
                if (problem != null) {
                    return broken(entries, e.id, problem, headSeq, headHash);
                }
                previous = e.entryHash;
                expectedSeq++;
                afterSeq = e.seq;
            }
            log.getEntityManager().clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (outside != null) {
            return broken(entries, ((Number) outside).longValue(), "OUTSIDE_CHAIN", headSeq, headHash);
        }
        if (afterSeq != headSeq || !Arrays.equals(previous, headHash)) {
            return broken(entries, null, "END_REMOVED", headSeq, headHash);
        }
        return new Verification(true, entries, null, null, headSeq, AuditChain.hex(headHash), clock.instant());
    }

    private Verification broken(long entries, Long id, String problem, long headSeq, byte[] headHash) {
        return new Verification(false, entries, id, problem, headSeq, AuditChain.hex(headHash), clock.instant());
    }

    /** True when the chain contains the entry {@code seq} with this hash (a head an operator kept outside). */
    public boolean contains(long seq, String hexHash) {
        return QuarkusTransaction.requiringNew().call(() -> log.find("seq", seq).firstResultOptional()
                .map(e -> hexHash.equalsIgnoreCase(AuditChain.hex(e.entryHash))).orElse(false));
    }
}
