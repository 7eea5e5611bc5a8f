package id.integritas.portal.system.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file as received, kept on disk (never whole in memory): the name is only a label (never trusted
 * for type or path).
 */
public record IncomingFile(String fileName, Path path, long size) {

    public InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
    }
}
