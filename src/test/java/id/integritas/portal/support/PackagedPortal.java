package id.integritas.portal.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) started as production runs it: prod
 * profile, secrets generated for this run and passed only in the child's environment, given JVM options, its
 * output in a log file under {@code target/}.
 */
public final class PackagedPortal implements AutoCloseable {

    private static final Path APP_DIR = Path.of("target/quarkus-app").toAbsolutePath();

    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;

    private PackagedPortal(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * Starts the jar from {@code target/quarkus-app} (where the AppCDS archive is) with {@code jvmOptions} and
     * {@code settings} (environment variables) on top of freshly generated production secrets.
     */
    public static PackagedPortal start(List<String> jvmOptions, Map<String, String> settings, Path workDir) throws Exception {
        if (!Files.exists(APP_DIR.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException("run after package: no " + APP_DIR.resolve("quarkus-run.jar"));
        }
        int port = freePort();
        int managementPort = freePort();
        Files.createDirectories(workDir);
        Path log = workDir.resolve("portal.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(APP_DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("PORTAL_") || k.startsWith("MP_JWT")
                || k.startsWith("SMALLRYE_"));
        env.putAll(productionSecrets());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        // the management interface (/q/metrics) on its own free loopback port, never the default 9000 of another run
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("PORTAL_UPLOADS_DIRECTORY", workDir.resolve("uploads").toAbsolutePath().toString());
        env.putAll(settings);
        PackagedPortal portal = new PackagedPortal(pb.start(), log, port, managementPort);
        try {
            portal.awaitReady(Duration.ofSeconds(150));
        } catch (Exception | AssertionError e) {
            portal.close();
            throw e;
        }
        return portal;
    }

    /** Every secret docs/configuration.md lists as required in production, generated for this run only. */
    static Map<String, String> productionSecrets() throws Exception {
        SecureRandom random = new SecureRandom();
        Map<String, String> env = new TreeMap<>();
        env.put("PORTAL_CRYPTO_DATA_KEYS", "k" + random.nextInt(1_000_000) + ":" + randomKey(random));
        env.put("PORTAL_CRYPTO_LOOKUP_KEY", randomKey(random));
        env.put("PORTAL_CRYPTO_FORM_KEY", randomKey(random));
        env.put("PORTAL_CRYPTO_RECEIPT_KEY", randomKey(random));
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair pair = gen.generateKeyPair();
        env.put("SMALLRYE_JWT_SIGN_KEY", pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        env.put("MP_JWT_VERIFY_PUBLICKEY", pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return env;
    }

    public static String randomPassword() {
        return randomKey(new SecureRandom()).substring(0, 24);
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----";
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal stopped (exit " + process.exitValue() + "):\n" + output());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                // ready AND the start completed: a start hung in Vert.x once answered 200 here but never finished
                // (and then ignored SIGTERM)
                if (r.statusCode() == 200 && output().contains(" started in ")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + timeout + ":\n" + output());
    }

    public int port() {
        return port;
    }

    /** The management interface (metrics), {@code http://127.0.0.1:<port>/q/...}. */
    public String managementUri() {
        return "http://127.0.0.1:" + managementPort;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process wrote so far (stdout and stderr). */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Sends SIGTERM and says whether the process ended within the timeout (it is killed otherwise). */
    public boolean stopsOnSigterm(Duration timeout) throws InterruptedException {
        process.destroy();
        boolean stopped = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!stopped) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return stopped;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
