package id.integritas.portal.receipt;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.integritas.portal.system.crypto.Digests;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * "Shown once" for the receipt page, true across instances: each receipt cookie names a random one-time id whose
 * hash is a row here until the page is shown. Showing deletes the row; a single DELETE decides which request (on
 * any instance) gets to show it, so a replayed cookie finds nothing. Expired rows are swept whenever one is added.
 */
@ApplicationScoped
public class ReceiptDisplay {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    @Entity
    @Table(name = "receipt_display")
    public static class Pending extends PanacheEntityBase {
        @Id
        @Column(name = "id_hash", length = 64)
        public String idHash;

        @Column(name = "expires_at", nullable = false)
        public Instant expiresAt;
    }

    @ApplicationScoped
    public static class PendingRepository implements PanacheRepositoryBase<Pending, String> {
    }

    private final SecureRandom random = new SecureRandom();

    @Inject
    PendingRepository pending;

    @Inject
    Clock clock;

    /** A new one-time id (to put inside the encrypted cookie), registered until {@link #LIFETIME} from now. */
    public String issue() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            pending.delete("expiresAt < ?1", now);
            Pending p = new Pending();
            p.idHash = hash(id);
            p.expiresAt = now.plus(LIFETIME);
            pending.persist(p);
        });
        return id;
    }

    /** True exactly once per issued id, before it expires. */
    public boolean consume(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return false;
        }
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> pending.delete("idHash = ?1 and expiresAt > ?2", hash(id), now)) == 1;
    }

    private static String hash(String id) {
        return Digests.sha256Hex(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
