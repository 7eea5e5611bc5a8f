package id.integritas.portal.system.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated development keys are readable by their owner only. */
class DevSecretsFileModeTest {

    @TempDir
    Path dir;

    @Test
    void generatedKeysFileIsOwnerOnly() throws Exception {
        Path file = dir.resolve("sub/dev-secrets.properties");
        Properties p = new Properties();
        p.setProperty("portal.crypto.form-key", "c2VjcmV0");
        DevDefaultsConfigSource.storePrivately(file, p);
        assertEquals("c2VjcmV0", load(file).getProperty("portal.crypto.form-key"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        DevDefaultsConfigSource.storePrivately(file, p);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFileLeftWorldReadableIsTightened() throws Exception {
        Path file = Files.writeString(dir.resolve("dev-secrets.properties"), "portal.crypto.form-key=x\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        DevDefaultsConfigSource.restrictToOwner(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("x", load(file).getProperty("portal.crypto.form-key"));
    }

    private static Properties load(Path file) throws Exception {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        return p;
    }
}
