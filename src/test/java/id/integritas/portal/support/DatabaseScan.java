package id.integritas.portal.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

/** Searches every row of every table (as text, and bytea as hex) for a string. */
public final class DatabaseScan {

    private DatabaseScan() {
    }

    /** The tables whose rows contain {@code needle}, plainly or as UTF-8 bytes. */
    public static List<String> tablesContaining(DataSource ds, String needle) {
        String hex = HexFormat.of().formatHex(needle.getBytes(StandardCharsets.UTF_8));
        List<String> hits = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.size() < 8) {
                throw new AssertionError("expected the portal's tables, found " + tables);
            }
            for (String table : tables) {
                try (var ps = c.prepareStatement("select count(*) from \"" + table + "\" t where position(lower(?) in lower(t::text)) > 0 "
                        + "or position(? in lower(t::text)) > 0")) {
                    ps.setString(1, needle);
                    ps.setString(2, hex);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            hits.add(table);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return hits;
    }
}
