package id.integritas.portal.account.totp;

import java.time.Instant;

/**
 * Fired synchronously inside the transaction that removed an account's second factor, so that the person can be
 * told by mail (the notification outbox observes it in the same transaction).
 */
public record SecondFactorWasReset(long accountId, Long byAccountId, Instant at) {
}
