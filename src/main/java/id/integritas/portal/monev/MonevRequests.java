package id.integritas.portal.monev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.FieldError;

/** The requests of the monev API and pages (one record per action, used by both). */
public final class MonevRequests {

    private MonevRequests() {
    }

    /** An account ({@code username}) or a guest ({@code guestName}, optionally {@code guestRole}), not both. */
    public record ParticipantRequest(@Size(max = 64) String username, @Size(max = 200) String guestName,
            @Size(max = 200) String guestRole) {

        boolean isAccount() {
            return username != null && !username.isBlank();
        }

        boolean isGuest() {
            return guestName != null && !guestName.isBlank();
        }
    }

    public record RecommendationRequest(@NotBlank @Size(max = 2000) String text,
            @NotBlank @Size(max = 64) String ownerUsername, @NotNull LocalDate dueOn) {
    }

    /** A new meeting; {@code channel} is fixed once recorded. */
    public record MeetingRequest(@NotNull Channel channel, @NotNull @PastOrPresent LocalDate heldOn, boolean periodic,
            @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String findings,
            @Size(max = 100) List<@Valid @NotNull ParticipantRequest> participants,
            @Size(max = 50) List<@Valid @NotNull RecommendationRequest> recommendations) implements CrossFieldRules {

        @Override
        public List<FieldError> crossFieldErrors() {
            List<FieldError> errors = participantErrors(participants);
            if (recommendations != null && heldOn != null) {
                for (int i = 0; i < recommendations.size(); i++) {
                    RecommendationRequest r = recommendations.get(i);
                    if (r != null && r.dueOn() != null && r.dueOn().isBefore(heldOn)) {
                        errors.add(new FieldError("recommendations[" + i + "].dueOn", "before_start"));
                    }
                }
            }
            return errors;
        }
    }

    /** A correction of a meeting's record (its recommendations change through their own requests). */
    public record MeetingUpdate(@NotNull @PastOrPresent LocalDate heldOn, boolean periodic,
            @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String findings,
            @Size(max = 100) List<@Valid @NotNull ParticipantRequest> participants, @NotNull Integer version)
            implements CrossFieldRules {

        @Override
        public List<FieldError> crossFieldErrors() {
            return participantErrors(participants);
        }
    }

    public record FollowUpRequest(@NotNull FollowUpStatus status, @Size(max = 4000) String followUp,
            @NotNull Integer version, @Size(max = 5) List<@Valid @NotNull AttachmentUpload> attachments) {
    }

    public record FileRequest(@NotNull FileKind kind, @Valid @NotNull AttachmentUpload file) {
    }

    static List<FieldError> participantErrors(List<ParticipantRequest> participants) {
        List<FieldError> errors = new ArrayList<>();
        if (participants != null) {
            for (int i = 0; i < participants.size(); i++) {
                ParticipantRequest p = participants.get(i);
                if (p != null && p.isAccount() == p.isGuest()) {
                    errors.add(new FieldError("participants[" + i + "].username", "account_or_guest"));
                }
            }
        }
        return errors;
    }
}
