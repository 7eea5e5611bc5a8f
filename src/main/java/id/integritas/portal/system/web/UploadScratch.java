package id.integritas.portal.system.web;

import id.integritas.portal.system.web.IncomingFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;

/** Scratch files of one request (decoded uploads, handler copies) in the upload folder, deleted when it ends. */
@RequestScoped
public class UploadScratch {

    @Inject
    PortalConfig config;

    private final List<Path> files = new ArrayList<>();

    public Path newFile(String suffix) {
        try {
            Path dir = Path.of(config.uploads().directory());
            Files.createDirectories(dir);
            Path f = Files.createTempFile(dir, "portal-", suffix);
            files.add(f);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch file in " + config.uploads().directory(), e);
        }
    }

    /**
     * Copies a stream to a scratch file, stopping as soon as it is over the file limit.
     *
     * @throws ApiProblemException 413 when the content is larger than the limit
     */
    public IncomingFile save(String fileName, InputStream in) throws IOException {
        long max = config.uploads().maxFileBytes();
        Path f = newFile(".upload");
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(f)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    throw ApiProblemException.tooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
        return new IncomingFile(fileName, f, total);
    }

    @PreDestroy
    void deleteAll() {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // left for the next clean-up of the folder; never fails the request
            }
        }
        files.clear();
    }
}
