package id.integritas.portal.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import id.integritas.portal.system.PortalConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start when the upload folder cannot be written: otherwise every form with a file would fail later
 * with a 500 that says nothing about the folder (e.g. after a root run created a shared one).
 */
@ApplicationScoped
public class UploadDirectoryCheck {

    private static final Logger LOG = Logger.getLogger(UploadDirectoryCheck.class);

    void onStart(@Observes @jakarta.annotation.Priority(5) StartupEvent event, PortalConfig config) {
        check(Path.of(config.uploads().directory()));
    }

    static void check(Path dir) {
        Path absolute = dir.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, "write-check-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            String message = "The upload folder " + absolute + " is not writable by user '"
                    + System.getProperty("user.name") + "' (" + e.getClass().getSimpleName()
                    + "). Set portal.uploads.directory (PORTAL_UPLOADS_DIRECTORY) to a folder this user owns.";
            LOG.error(message);
            throw new IllegalStateException(message, e);
        }
    }
}
