package id.integritas.portal.attachment;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.api.JsonInput;
import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.system.web.UploadScratch;
import io.quarkus.arc.Arc;

/**
 * A file in a JSON submission: its name (a label only) and its bytes in base64. The base64 text is decoded while
 * the JSON is parsed, straight into a scratch file of this request: neither the text nor the bytes are ever held
 * whole in memory, so several clients sending 10-MB files at once fit the recommended heap.
 */
public record AttachmentUpload(@Size(max = 255) String fileName,
        @Schema(type = SchemaType.STRING, format = "byte", description = "The file's bytes in base64 (standard alphabet, padded)")
        @JsonDeserialize(using = AttachmentUpload.Base64ToScratchFile.class) @NotNull DecodedContent contentBase64) {

    /** Where the decoded bytes of {@code contentBase64} went. */
    public record DecodedContent(Path path, long size) {
    }

    /** The files of a JSON body, ready for the attachment pipeline. */
    public static List<IncomingFile> decode(List<AttachmentUpload> uploads, UploadScratch scratch) {
        List<IncomingFile> files = new ArrayList<>();
        if (uploads != null) {
            for (AttachmentUpload u : uploads) {
                if (u != null && u.contentBase64() != null) {
                    files.add(new IncomingFile(u.fileName(), u.contentBase64().path(), u.contentBase64().size()));
                }
            }
        }
        return files;
    }

    /** Decodes a base64 string value into a scratch file as Jackson reads it; bad base64 is a field error. */
    public static final class Base64ToScratchFile extends StdDeserializer<DecodedContent> {

        public Base64ToScratchFile() {
            super(DecodedContent.class);
        }

        @Override
        public DecodedContent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new JsonInput.FieldFormatException(p, "base64", DecodedContent.class);
            }
            var container = Arc.container();
            UploadScratch scratch = container.instance(UploadScratch.class).get();
            long max = container.instance(PortalConfig.class).get().uploads().maxFileBytes();
            Path file = scratch.newFile(".upload");
            try (OutputStream out = new Limited(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), max)) {
                long size = p.readBinaryValue(Base64Variants.MIME_NO_LINEFEEDS, out);
                return new DecodedContent(file, size);
            } catch (com.fasterxml.jackson.core.JsonParseException | IllegalArgumentException e) {
                throw new JsonInput.FieldFormatException(p, "base64", DecodedContent.class);
            }
        }
    }

    /** Refuses (413) a file over the per-file limit as soon as it is exceeded, not after writing it all. */
    private static final class Limited extends FilterOutputStream {
        private final long max;
        private long written;

        Limited(OutputStream out, long max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) {
            written += n;
            if (written > max) {
                throw ApiProblemException.tooLarge();
            }
        }
    }
}
