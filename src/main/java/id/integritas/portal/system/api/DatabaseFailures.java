package id.integritas.portal.system.api;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells, from an exception chain, whether the database could not be reached or refused text it cannot store. */
public final class DatabaseFailures {

    /** Seconds a client is asked to wait while the database is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseFailures() {
    }

    /**
     * Connection refused or lost, the server shutting down or not yet accepting connections (SQLSTATE class 08,
     * 57P01-57P03), or no pooled connection within the acquisition timeout.
     */
    public static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = s.getMessage();
                if (state == null && message != null && message.contains("acquisition timeout")) {
                    return true; // Agroal: the pool could not hand out a connection in time
                }
            }
        }
        return false;
    }

    /** PostgreSQL refused a text value (SQLSTATE 22021, e.g. a NUL byte) that slipped past the input checks. */
    public static boolean invalidText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && "22021".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
