package id.integritas.portal.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Questions the start-up observers ask before doing any work ("is there an account?", "anything to seal?"), in plain
 * JDBC outside any transaction: a start with nothing to do opens no JTA transaction and no Hibernate session, which
 * load at the first request that needs them instead of on the start path (issue 10 §5, docs/performance.md).
 */
public final class StartupQueries {

    private StartupQueries() {
    }

    /** Whether {@code query} (a constant SELECT, no parameters) returns any row. */
    public static boolean exists(DataSource dataSource, String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select exists (" + query + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
