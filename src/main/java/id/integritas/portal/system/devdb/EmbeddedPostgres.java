package id.integritas.portal.system.devdb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jboss.logging.Logger;

/**
 * A private PostgreSQL server for dev mode and tests, started from the PostgreSQL binaries that
 * zonky publishes on Maven Central. Used only when no datasource URL is configured and never in prod.
 *
 * <p>PostgreSQL refuses to run as root, so when the JVM runs as root the server runs as an
 * unprivileged account ({@code nobody} by default) through {@code runuser}/{@code setpriv}; its
 * folder must then be reachable by that account, otherwise a folder under /var/tmp is used.
 *
 * <p>A server already running in the folder (a dev-mode restart, a previous JVM killed hard) is
 * adopted instead of started again.
 */
public final class EmbeddedPostgres {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String[] ARCHIVES = {
            "postgres-linux-x86_64.txz", "postgres-linux-arm_64.txz", "postgres-linux-aarch64.txz" };

    private final Path baseDir;
    private final String database;
    private final String osUser;

    public EmbeddedPostgres(Path requestedDir, String database, String osUser) {
        this.osUser = osUser;
        this.database = database;
        this.baseDir = usableDirectory(requestedDir.toAbsolutePath().normalize());
    }

    public Path baseDir() {
        return baseDir;
    }

    /** Starts (or adopts) the server and returns a JDBC URL for the portal database. */
    public String start() {
        try {
            Files.createDirectories(baseDir);
            Path installDir = extractBinaries();
            Path dataDir = baseDir.resolve("data");
            if (runningAsRoot()) {
                chownRecursively(baseDir);
            }
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                initdb(installDir, dataDir);
            }
            int port = runningPort(installDir, dataDir);
            if (port < 0) {
                port = freePort();
                run(List.of(installDir.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(),
                        "-l", baseDir.resolve("postgres.log").toString(), "-w", "-t", "120",
                        "-o", "-p " + port, "start"), Duration.ofMinutes(3));
                LOG.infof("Embedded PostgreSQL started on 127.0.0.1:%d, data in %s", port, dataDir);
            } else {
                LOG.infof("Embedded PostgreSQL already running on 127.0.0.1:%d, data in %s", port, dataDir);
            }
            registerStopHook(installDir, dataDir);
            createDatabase(port);
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + baseDir + ": " + e.getMessage(), e);
        }
    }

    private Path usableDirectory(Path requested) {
        if (!runningAsRoot() || reachableByOthers(requested)) {
            return requested;
        }
        // The unprivileged account cannot reach a folder under e.g. /root: use a private one in /var/tmp.
        String key = Integer.toHexString(requested.toString().hashCode());
        Path fallback = Path.of("/var/tmp", "portal-integritas-" + key, requested.getFileName().toString());
        LOG.infof("Embedded PostgreSQL: %s is not reachable by the account '%s'; using %s", requested, osUser, fallback);
        return fallback;
    }

    private static boolean reachableByOthers(Path dir) {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private Path extractBinaries() throws IOException {
        for (String name : ARCHIVES) {
            try (InputStream in = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    continue;
                }
                Path target = baseDir.resolve("pgsql");
                if (Files.exists(target.resolve(".complete"))) {
                    return target;
                }
                deleteRecursively(target);
                Files.createDirectories(target);
                untar(in, target);
                Files.writeString(target.resolve(".complete"), name);
                return target;
            }
        }
        throw new IOException("no PostgreSQL binaries for this platform on the classpath");
    }

    private static void untar(InputStream raw, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.deleteIfExists(out);
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    try (OutputStream os = Files.newOutputStream(out)) {
                        tar.transferTo(os);
                    }
                    boolean executable = (entry.getMode() & 0111) != 0;
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private void initdb(Path installDir, Path dataDir) throws IOException {
        deleteRecursively(dataDir);
        run(List.of(installDir.resolve("bin/initdb").toString(), "-D", dataDir.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-locale"), Duration.ofMinutes(3));
        Files.writeString(dataDir.resolve("postgresql.conf"),
                "\n# Portal Integritas embedded server\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n"
                        + "max_connections = 100\nshared_buffers = 64MB\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** The port of a server already running on this data folder, or -1. */
    private int runningPort(Path installDir, Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return -1;
        }
        int exit = exitCode(List.of(installDir.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "status"));
        if (exit != 0) {
            return -1;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        return lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : -1;
    }

    private void registerStopHook(Path installDir, Path dataDir) {
        String marker = "embedded-postgres.stop-hook." + dataDir;
        if (System.getProperty(marker) != null) {
            return;
        }
        System.setProperty(marker, "registered");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(installDir.resolve("bin/pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w",
                        "stop"), Duration.ofSeconds(60));
            } catch (Exception e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }, "embedded-postgres-stop"));
    }

    private void createDatabase(int port) {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        SQLException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try (Connection c = DriverManager.getConnection(url, "postgres", "");
                    var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                check.setString(1, database);
                if (!check.executeQuery().next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "") + "\"");
                    }
                }
                return;
            } catch (SQLException e) {
                last = e;
                sleep(200);
            }
        }
        throw new IllegalStateException("Embedded PostgreSQL did not accept connections: " + last.getMessage(), last);
    }

    private List<String> asServerUser(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"))) {
            wrapped.addAll(List.of(Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "/sbin/runuser",
                    "-u", osUser, "--"));
        } else {
            wrapped.addAll(List.of("setpriv", "--reuid=" + osUser, "--regid=" + osUser, "--init-groups", "--"));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    private void run(List<String> command, Duration timeout) throws IOException {
        Path log = baseDir.resolve("commands.log");
        ProcessBuilder pb = new ProcessBuilder(asServerUser(command)).directory(baseDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        try {
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command.get(0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(Path.of(command.get(0)).getFileName() + " failed with exit code " + p.exitValue()
                    + "; see " + log);
        }
    }

    private int exitCode(List<String> command) throws IOException {
        Process p = new ProcessBuilder(asServerUser(command)).directory(baseDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void chownRecursively(Path dir) throws IOException {
        Process p = new ProcessBuilder("chown", "-R", osUser, dir.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (p.waitFor() != 0) {
                throw new IOException("chown -R " + osUser + " " + dir + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
