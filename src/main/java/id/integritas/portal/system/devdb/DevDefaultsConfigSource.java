package id.integritas.portal.system.devdb;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * Defaults that make {@code ./mvnw quarkus:dev} and {@code ./mvnw verify} work on a machine with only a JDK:
 * a private PostgreSQL server and freshly generated keys, both kept in one folder so that dev data stays
 * readable across restarts. Lowest priority: anything configured elsewhere wins. Never active in prod.
 */
public class DevDefaultsConfigSource implements ConfigSource {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final Logger LOG = Logger.getLogger(DevDefaultsConfigSource.class);
    private static final Set<String> SECRET_NAMES = Set.of("portal.crypto.data-keys", "portal.crypto.lookup-key",
            "portal.crypto.form-key", "portal.crypto.receipt-key", "smallrye.jwt.sign.key", "mp.jwt.verify.publickey");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Map<String, String> values = new TreeMap<>();
    private boolean secretsLoaded;
    private EmbeddedPostgres server;

    @Override
    public int getOrdinal() {
        return 5;
    }

    @Override
    public String getName() {
        return "portal-dev-defaults";
    }

    @Override
    public Set<String> getPropertyNames() {
        if (!active()) {
            return Set.of();
        }
        var names = new java.util.HashSet<>(SECRET_NAMES);
        names.add(JDBC_URL);
        return names;
    }

    @Override
    public synchronized String getValue(String name) {
        if (!active() || !(JDBC_URL.equals(name) || SECRET_NAMES.contains(name))) {
            return null;
        }
        if (JDBC_URL.equals(name)) {
            return values.computeIfAbsent(name, n -> startServer());
        }
        loadSecrets();
        return values.get(name);
    }

    private static boolean active() {
        return LaunchMode.current() != LaunchMode.NORMAL;
    }

    private EmbeddedPostgres server() {
        if (server == null) {
            String mode = LaunchMode.current() == LaunchMode.TEST ? "test" : "dev";
            String configured = System.getProperty("portal.embedded-db.dir", System.getenv("PORTAL_EMBEDDED_DB_DIR"));
            Path dir = configured != null ? Path.of(configured, mode) : Path.of(".embedded-postgres", mode);
            String osUser = System.getProperty("portal.embedded-db.os-user",
                    System.getenv().getOrDefault("PORTAL_EMBEDDED_DB_OS_USER", "nobody"));
            server = new EmbeddedPostgres(dir, "portal", osUser);
        }
        return server;
    }

    private String startServer() {
        String cacheKey = "embedded-postgres.url." + server().baseDir();
        String cached = System.getProperty(cacheKey);
        if (cached != null) {
            return cached;
        }
        String url = server().start();
        System.setProperty(cacheKey, url);
        return url;
    }

    private void loadSecrets() {
        if (secretsLoaded) {
            return;
        }
        Path file = server().baseDir().resolve("dev-secrets.properties");
        Properties props = new Properties();
        try {
            if (Files.exists(file)) {
                restrictToOwner(file);
                try (Reader r = Files.newBufferedReader(file)) {
                    props.load(r);
                }
            }
            if (!SECRET_NAMES.stream().allMatch(props::containsKey)) {
                // Only what is missing is generated: existing keys stay, so stored dev data stays readable.
                Properties generated = generate();
                for (String name : SECRET_NAMES) {
                    boolean jwtPairMissing = name.contains("jwt") && !(props.containsKey("smallrye.jwt.sign.key")
                            && props.containsKey("mp.jwt.verify.publickey"));
                    if (!props.containsKey(name) || jwtPairMissing) {
                        props.setProperty(name, generated.getProperty(name));
                    }
                }
                storePrivately(file, props);
                LOG.infof("Generated development keys in %s (dev and test only; production keys come from the environment)", file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep development keys in " + file + ": " + e.getMessage(), e);
        }
        props.forEach((k, v) -> values.put((String) k, (String) v));
        secretsLoaded = true;
    }

    /** Writes the keys into a file only its owner can read or write (0600), created so from the start. */
    static void storePrivately(Path file, Properties props) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        restrictToOwner(file);
        try (Writer w = Files.newBufferedWriter(file)) {
            props.store(w, "Generated for dev mode and tests only. Never use these keys in production.");
        }
    }

    /** A file left readable by others by an older version is tightened when read. */
    static void restrictToOwner(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static Properties generate() {
        SecureRandom random = new SecureRandom();
        Properties p = new Properties();
        p.setProperty("portal.crypto.data-keys", "dev1:" + randomKey(random));
        p.setProperty("portal.crypto.lookup-key", randomKey(random));
        p.setProperty("portal.crypto.form-key", randomKey(random));
        p.setProperty("portal.crypto.receipt-key", randomKey(random));
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = gen.generateKeyPair();
            p.setProperty("smallrye.jwt.sign.key", pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            p.setProperty("mp.jwt.verify.publickey", pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot generate a development signing key", e);
        }
        return p;
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----";
    }
}
