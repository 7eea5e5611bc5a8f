package id.integritas.portal.intake;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.integritas.portal.attachment.IncomingFile;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/** A file in a JSON submission: its name (a label only) and its bytes in base64. */
public record AttachmentUpload(@Size(max = 255) String fileName, @NotBlank String contentBase64) {

    /** Decodes the files of a JSON body; a bad one is a field error naming its place in the list. */
    public static List<IncomingFile> decode(List<AttachmentUpload> uploads) {
        List<IncomingFile> files = new ArrayList<>();
        if (uploads != null) {
            for (int i = 0; i < uploads.size(); i++) {
                AttachmentUpload u = uploads.get(i);
                try {
                    files.add(new IncomingFile(u.fileName(),
                            Base64.getMimeDecoder().decode(u.contentBase64() == null ? "" : u.contentBase64())));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(new FieldError("attachments[" + i + "].contentBase64", "base64"));
                }
            }
        }
        return files;
    }
}
