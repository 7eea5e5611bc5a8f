package id.integritas.portal.support;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;

import id.integritas.portal.system.devdb.EmbeddedPostgres;

/**
 * A fresh, uniquely named PostgreSQL database for a test that starts the packaged jar: on the server named by
 * {@code QUARKUS_DATASOURCE_JDBC_URL} when it is set (CI), otherwise on the project's embedded server started in
 * {@code target/}. Dropped on {@link #close()}.
 */
public final class ThrowawayDatabase implements AutoCloseable {

    private final String host;
    private final int port;
    private final String adminUrl;
    private final String name;
    private final String username;
    private final String password;

    private ThrowawayDatabase(String host, int port, String adminDatabase, String username, String password) throws SQLException {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.adminUrl = "jdbc:postgresql://" + host + ":" + port + "/" + adminDatabase;
        this.name = "portal_prodit_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        try (Connection c = DriverManager.getConnection(adminUrl, username, password); var s = c.createStatement()) {
            s.execute("create database " + name);
        }
    }

    /** Uses the environment's server when configured, else starts the embedded one under {@code baseDir}. */
    public static ThrowawayDatabase create(Path baseDir) throws SQLException {
        String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        String user = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
        String url = configured != null && !configured.isBlank() ? configured
                : new EmbeddedPostgres(baseDir, "postgres", System.getenv().getOrDefault("PORTAL_EMBEDDED_DB_OS_USER", "nobody"))
                        .start();
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new ThrowawayDatabase(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL of this database as reached through {@code host:port} (e.g. a relay in front of the server). */
    public String jdbcUrlVia(String viaHost, int viaPort) {
        return "jdbc:postgresql://" + viaHost + ":" + viaPort + "/" + name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, username, password); var s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        }
    }
}
