package id.integritas.portal.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.system.web.UploadScratch;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;

/** A file in a JSON submission: its name (a label only) and its bytes in base64. */
public record AttachmentUpload(@Size(max = 255) String fileName, @NotBlank String contentBase64) {

    /**
     * Decodes the files of a JSON body straight into scratch files (no decoded copy in memory); a bad one is a
     * field error naming its place in the list.
     */
    public static List<IncomingFile> decode(List<AttachmentUpload> uploads, UploadScratch scratch) {
        List<IncomingFile> files = new ArrayList<>();
        if (uploads != null) {
            for (int i = 0; i < uploads.size(); i++) {
                AttachmentUpload u = uploads.get(i);
                String text = u.contentBase64() == null ? "" : u.contentBase64();
                try (InputStream in = Base64.getMimeDecoder().wrap(new Latin1Stream(text))) {
                    files.add(scratch.save(u.fileName(), in));
                } catch (IOException | IllegalArgumentException e) {
                    throw new InvalidInputException(new FieldError("attachments[" + i + "].contentBase64", "base64"));
                }
            }
        }
        return files;
    }

    /** The characters of a string as ISO-8859-1 bytes, without copying the string. */
    private static final class Latin1Stream extends InputStream {
        private final String text;
        private int pos;

        Latin1Stream(String text) {
            this.text = text;
        }

        @Override
        public int read() {
            if (pos >= text.length()) {
                return -1;
            }
            char c = text.charAt(pos++);
            return c > 0xff ? '?' : c;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= text.length()) {
                return -1;
            }
            int n = Math.min(len, text.length() - pos);
            for (int i = 0; i < n; i++) {
                char c = text.charAt(pos++);
                b[off + i] = (byte) (c > 0xff ? '?' : c);
            }
            return n;
        }
    }
}
