package id.integritas.portal.mail;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import id.integritas.portal.account.totp.SecondFactorWasReset;

/**
 * Tells the person whose second factor an administrator removed, in the transaction that removed it: if someone
 * else did it (a stolen admin session, an insider), the owner hears of it.
 */
@ApplicationScoped
public class SecondFactorResetMails {

    @Inject
    Outbox outbox;

    void reset(@Observes SecondFactorWasReset reset) {
        outbox.toAccount(MailKind.SECOND_FACTOR_RESET, reset.accountId(), null, Locale.forLanguageTag("id"), Map.of(),
                "second-factor-reset:" + reset.accountId() + ":" + reset.at().toEpochMilli());
    }
}
