package id.integritas.portal.casefile;

import java.util.List;

/**
 * An officer's step on a case: the state to move to, the reason (always), a message to the reporter (answer,
 * ask-more), the outside reference and institution (forwarding: SP4N-LAPOR! id, letter number, KPK registration)
 * and ids of attachments of the case that document it (answer letter, KPK decision scan).
 */
public record TransitionRequest(String to, String reason, String message, String externalReference, String destination,
        List<Long> attachmentIds) {

    public static final int MAX_REASON = 500;
    public static final int MAX_REFERENCE = 100;
    public static final int MAX_DESTINATION = 200;
    public static final int MAX_ATTACHMENTS = 10;

    public TransitionRequest {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
