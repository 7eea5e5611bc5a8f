package id.integritas.portal.casework.gratification;

import java.math.BigDecimal;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.casefile.CaseStepped;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.EncryptionLabels;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.crypto.Hmac;

/**
 * The per-giver yearly sum (guidance for the UPG): one {@code gift_ledger} row per reported received gift, keyed by
 * recipient, a keyed hash of the giver's normalised name (never the name) and the year received. Rows are written
 * in the intake transaction (on {@link CaseStepped}) and, for cases filed before V14, when a case is first read.
 */
@ApplicationScoped
public class GiftLedger {

    public record YearlySum(int year, BigDecimal total, long gifts) {
    }

    private final byte[] key;

    @Inject
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    ObjectMapper mapper;

    public GiftLedger(PortalConfig config) {
        this.key = Base64.getDecoder().decode(config.crypto().lookupKey());
    }

    void onIntake(@Observes CaseStepped step) {
        if ("GRATIFIKASI_DITERIMA".equals(step.code())) {
            record(step.reportCase());
        }
    }

    /** Adds the case to the ledger if it is a received gift with a known recipient and is not there yet. */
    public void record(ReportCase c) {
        if (c.channel != Channel.GRT || !"PENERIMAAN".equals(c.gratificationType) || c.filedByAccountId == null
                || c.giftReceivedOn == null || c.giftValue == null || c.id == null) {
            return;
        }
        if (em.createNativeQuery("select 1 from gift_ledger where case_id = ?1").setParameter(1, c.id).getResultList().size() > 0) {
            return;
        }
        String giver;
        try {
            JsonNode content = mapper.readTree(cipher.decrypt(c.content, EncryptionLabels.CONTENT));
            giver = content.path("giver").path("name").asText("");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored content unreadable", e);
        }
        // Only Rupiah values add up; a foreign-currency gift counts with value 0 until the UPG converts it.
        BigDecimal idr = c.giftCurrency == null || "IDR".equals(c.giftCurrency) ? c.giftValue : BigDecimal.ZERO;
        em.createNativeQuery("""
                insert into gift_ledger (case_id, recipient_account_id, giver_hash, gift_year, value_idr)
                values (?1, ?2, ?3, ?4, ?5) on conflict (case_id) do nothing""")
                .setParameter(1, c.id).setParameter(2, c.filedByAccountId).setParameter(3, giverHash(giver))
                .setParameter(4, c.giftReceivedOn.getYear()).setParameter(5, idr).executeUpdate();
    }

    /** The sum of the year over every gift the same recipient reported from the same giver, this case included. */
    public YearlySum sumFor(ReportCase c) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select coalesce(sum(l.value_idr), 0), count(*) from gift_ledger me
                join gift_ledger l on l.recipient_account_id = me.recipient_account_id and l.giver_hash = me.giver_hash
                 and l.gift_year = me.gift_year
                where me.case_id = ?1""").setParameter(1, c.id).getSingleResult();
        BigDecimal total = row[0] instanceof BigDecimal b ? b : new BigDecimal(row[0].toString());
        long gifts = ((Number) row[1]).longValue();
        return gifts == 0 ? null : new YearlySum(c.giftReceivedOn.getYear(), total, gifts);
    }

    byte[] giverHash(String name) {
        return Hmac.sha256(key, "gratification-giver:" + id.integritas.portal.account.PersonNames.normalised(name));
    }
}
