package id.integritas.portal.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A file in a JSON submission: its name (a label only) and its bytes in base64. */
public record AttachmentUpload(@Size(max = 255) String fileName, @NotBlank String contentBase64) {
}
