package id.integritas.portal.intake;

import java.time.Instant;

/** The 201 answer of every submission endpoint. */
public record SubmissionResponse(String registrationNumber, String trackingCode, String channel, Instant submittedAt,
        String status, String receipt, String contentDigest) {

    public static SubmissionResponse of(Acknowledgement a) {
        return new SubmissionResponse(a.registrationNumber(), a.trackingCode(), a.channel(), a.submittedAt(),
                a.publicStatus(), a.receipt().token(), a.receipt().contentDigest());
    }
}
