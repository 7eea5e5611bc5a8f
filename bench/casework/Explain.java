import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.integritas.portal.casework.InboxQuery;
import id.integritas.portal.casework.InboxQuery.Filter;
import id.integritas.portal.casework.InboxQuery.Sort;
import id.integritas.portal.team.CaseAccess;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements the portal runs for the benchmark's requests, built by the portal's
 * own InboxQuery.pageSql/countSql (run with the packaged application on the class path, see run.sh), with the
 * parameters of the measured officer written in.
 * Usage: java -cp APP_CLASSPATH Explain.java JDBC_URL USER OFFICER_USERNAME CASE_NUMBER
 */
public class Explain {

    static Connection db;
    static Map<String, String> params;

    static String literal(String sql) {
        Matcher m = Pattern.compile("(?<![:\\w]):(\\w+)").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = params.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("no value for :" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        return m.appendTail(out).toString();
    }

    static void explain(String title, String sql) throws Exception {
        System.out.println("\n==== " + title + "\n");
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers) " + literal(sql))) {
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
    }

    static Filter filter(Set<String> states, boolean overdue, Sort sort, InboxQuery.Cursor after) {
        return new Filter(null, states, null, null, false, overdue, null, null, sort, sort == Sort.AGE, 20, after, true);
    }

    public static void main(String[] args) throws Exception {
        db = DriverManager.getConnection(args[0], args[1], "");
        long account;
        try (ResultSet rs = db.createStatement().executeQuery("select id from account where username = '" + args[2] + "'")) {
            rs.next();
            account = rs.getLong(1);
        }
        params = new java.util.HashMap<>(Map.of("account", String.valueOf(account), "day", "current_date", "unit", "''",
                "roles", "'PETUGAS', '-'", "n", "21", "today", "current_date", "soonBy", "current_date + 5"));
        List<String> paths = List.of("c.channel = 'ADU' and c.route = 'TEAM'"); // a member of the complaints SK team
        explain("first inbox page (newest first)", InboxQuery.pageSql(paths, filter(Set.of(), false, Sort.AGE, null)));
        // the portal runs the counts with "set local jit = off" (InboxQuery.run): JIT compilation of this statement
        // costs more than the count itself
        db.createStatement().execute("set jit = off");
        explain("counts of the first page (open cases), jit off as in the portal",
                InboxQuery.countSql(paths, filter(Set.of(), false, Sort.AGE, null)));
        db.createStatement().execute("reset jit");
        params.put("states", "'DIPROSES'");
        explain("filtered: team COMPLAINTS + state DIPROSES + overdue, by deadline",
                InboxQuery.pageSql(paths, filter(Set.of("DIPROSES"), true, Sort.DEADLINE, null)));
        // page 50: walk 49 pages with the same statement, then explain the 50th
        Object key = null;
        long id = 0;
        for (int page = 1; page < 50; page++) {
            InboxQuery.Cursor c = page == 1 ? null : new InboxQuery.Cursor(Sort.AGE, true, 0L, id);
            String sql = InboxQuery.pageSql(paths, filter(Set.of(), false, Sort.AGE, c));
            if (c != null) {
                params.put("afterKey", "timestamptz '" + key + "'");
                params.put("afterId", String.valueOf(id));
            }
            try (ResultSet rs = db.createStatement().executeQuery("select k, id from (" + literal(sql) + ") p offset 19")) {
                rs.next();
                key = rs.getString(1);
                id = rs.getLong(2);
            }
        }
        params.put("afterKey", "timestamptz '" + key + "'");
        params.put("afterId", String.valueOf(id));
        explain("page 50 by keyset", InboxQuery.pageSql(paths,
                filter(Set.of(), false, Sort.AGE, new InboxQuery.Cursor(Sort.AGE, true, 0L, id))));
        params.put("number", "'" + args[3] + "'");
        explain("case page: the case by number under the visibility predicate",
                "select c.* from report_case c where c.registration_number = :number and " + CaseAccess.VISIBLE_SQL);
    }
}
