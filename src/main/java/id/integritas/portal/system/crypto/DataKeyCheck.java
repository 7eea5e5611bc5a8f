package id.integritas.portal.system.crypto;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with data keys that do not belong to the database. For every configured data key the table
 * {@code data_key_check} holds a known constant sealed with it (written the first time the portal starts with that
 * key); each start decrypts them all in one small query. A key whose id is stored but whose bytes differ, or a
 * stored key id that is no longer configured, stops the start with one line naming the problem: otherwise a
 * restored database started with the wrong key would accept new reports and fail on every old one.
 * If the database is unreachable at start, readiness stays DOWN until the check has passed.
 */
@ApplicationScoped
@Readiness
public class DataKeyCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DataKeyCheck.class);
    static final String PURPOSE = "data-key-check";
    static final byte[] CONSTANT = "Portal Integritas data key check v1".getBytes(StandardCharsets.US_ASCII);

    @Inject
    DataSource dataSource;

    @Inject
    DataCipher cipher;

    private volatile boolean verified;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        try {
            verify();
        } catch (SQLException e) {
            LOG.warnf("data keys not checked yet: database unavailable (%s); /q/health/ready stays DOWN until they are",
                    e.getClass().getSimpleName());
        }
    }

    /** Checks once per process; throws {@link DataKeyMismatchException} when the keys do not belong here. */
    void verify() throws SQLException {
        if (verified) {
            return;
        }
        synchronized (this) {
            if (verified) {
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                List<String> problems = check(connection, cipher);
                if (!problems.isEmpty()) {
                    DataKeyMismatchException e = new DataKeyMismatchException(problems);
                    LOG.error(e.getMessage());
                    throw e;
                }
            }
            verified = true;
        }
    }

    /**
     * The problems of {@code keys} against the stored check values (none: they belong here). Only when there is no
     * problem are check values written for configured keys that have none yet (first start, a key added by rotation).
     */
    static List<String> check(Connection connection, DataCipher keys) throws SQLException {
        Map<String, byte[]> stored = stored(connection);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> row : stored.entrySet()) {
            if (!keys.keyIds().contains(row.getKey())) {
                problems.add("the database holds a key check value for data key '" + row.getKey()
                        + "', which is not in portal.crypto.data-keys (its data cannot be decrypted)");
            } else if (!opens(keys, row.getValue())) {
                problems.add("data key '" + row.getKey()
                        + "' does not match the key check value stored in the database (wrong key for this database)");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<String> missing = keys.keyIds().stream().filter(id -> !stored.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into data_key_check (key_id, sealed) values (?, ?) on conflict (key_id) do nothing")) {
                for (String id : missing) {
                    insert.setString(1, id);
                    insert.setBytes(2, keys.encryptWith(id, CONSTANT, PURPOSE));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // another instance may have written a row at the same moment: check what is stored now
            Map<String, byte[]> now = stored(connection);
            for (String id : missing) {
                if (!opens(keys, now.get(id))) {
                    problems.add("data key '" + id
                            + "' does not match the key check value stored in the database (wrong key for this database)");
                }
            }
        }
        return problems;
    }

    private static Map<String, byte[]> stored(Connection connection) throws SQLException {
        Map<String, byte[]> stored = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select key_id, sealed from data_key_check order by key_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getBytes(2));
            }
        }
        return stored;
    }

    private static boolean opens(DataCipher keys, byte[] sealed) {
        if (sealed == null) {
            return false;
        }
        try {
            return Arrays.equals(CONSTANT, keys.decrypt(sealed, PURPOSE));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public HealthCheckResponse call() {
        try {
            verify();
            return HealthCheckResponse.up("data keys");
        } catch (SQLException | DataKeyMismatchException e) {
            return HealthCheckResponse.named("data keys").down().build();
        }
    }

    /** The configured data keys do not belong to this database. */
    public static final class DataKeyMismatchException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DataKeyMismatchException(List<String> problems) {
            super("Portal Integritas cannot start: " + String.join("; ", problems)
                    + ". Start it with the data keys this database was written with (PORTAL_CRYPTO_DATA_KEYS; "
                    + "docs/operations.md, \"Backup and restore\").");
        }
    }
}
