package id.integritas.portal.attachment;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadDirectoryCheckTest {

    @Test
    void aWritableFolderPassesAndAnUnwritableOneFailsNamingTheFolder(@TempDir Path tmp) throws Exception {
        Path ok = tmp.resolve("uploads");
        UploadDirectoryCheck.check(ok);
        assertTrue(Files.isDirectory(ok));

        // A regular file where a folder is needed: not writable as a folder, whoever runs the test (even root).
        Path blocker = Files.writeString(tmp.resolve("occupied"), "x");
        Path bad = blocker.resolve("uploads");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> UploadDirectoryCheck.check(bad));
        assertTrue(e.getMessage().contains(bad.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("portal.uploads.directory"), e.getMessage());
    }
}
