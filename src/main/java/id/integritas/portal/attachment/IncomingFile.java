package id.integritas.portal.attachment;

/** An uploaded file as received: the name is only a label (never trusted for type or path). */
public record IncomingFile(String fileName, byte[] content) {
}
