package id.integritas.portal.intake;

import id.integritas.portal.receipt.Acknowledgement;

import java.time.Instant;
import java.util.List;

/**
 * The 201 answer of every submission endpoint. {@code notices} are things the reporter should know that do not
 * stop the report (e.g. {@code no_contact}: nobody can reach a confidential reporter who left no contact).
 */
public record SubmissionResponse(String registrationNumber, String trackingCode, String channel, Instant submittedAt,
        String status, String receipt, String contentDigest, List<Notice> notices) {

    public record Notice(String code, String message) {
    }

    public static SubmissionResponse of(Acknowledgement a) {
        return of(a, List.of());
    }

    public static SubmissionResponse of(Acknowledgement a, List<Notice> notices) {
        return new SubmissionResponse(a.registrationNumber(), a.trackingCode(), a.channel(), a.submittedAt(),
                a.publicStatus(), a.receipt().token(), a.receipt().contentDigest(), notices);
    }
}
