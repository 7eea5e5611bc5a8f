package id.integritas.portal.receipt;

import java.time.Instant;

import id.integritas.portal.receipt.Receipt;

/** What a reporter gets back once the report is durably stored. The tracking code exists only here. */
public record Acknowledgement(String registrationNumber, String channel, String trackingCode, Instant submittedAt,
        String publicStatus, Receipt receipt) {
}
