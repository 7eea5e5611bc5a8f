import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many threads try the same transition on one case at once, each as the portal does it (read the case with its
 * version, check the state, write state + version + 1 where the version is still the one read, and the event, in one
 * transaction): exactly one may win. run.sh repeats the race through the API (HttpTransitions.java).
 * Usage: java -cp postgresql.jar Transitions.java JDBC_URL USER REGISTRATION_NUMBER THREADS
 */
public class Transitions {

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], number = args[2];
        int threads = Integer.parseInt(args[3]);
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.createStatement().executeUpdate("update report_case set status = 'DIPROSES' where registration_number = '" + number + "'");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, user, "")) {
                    c.setAutoCommit(false);
                    start.await();
                    long id;
                    int version;
                    String status;
                    try (PreparedStatement ps = c.prepareStatement("select id, version, status from report_case where registration_number = ?")) {
                        ps.setString(1, number);
                        ResultSet rs = ps.executeQuery();
                        rs.next();
                        id = rs.getLong(1);
                        version = rs.getInt(2);
                        status = rs.getString(3);
                    }
                    if (!"DIPROSES".equals(status)) { // DIPROSES -> DITANGGAPI is allowed only from DIPROSES
                        c.rollback();
                        return false;
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "update report_case set status = 'DITANGGAPI', version = version + 1, updated_at = now() where id = ? and version = ?")) {
                        ps.setLong(1, id);
                        ps.setInt(2, version);
                        if (ps.executeUpdate() != 1) { // Hibernate: OptimisticLockException -> 409
                            c.rollback();
                            return false;
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement("insert into case_event (case_id, occurred_at, status, public_status) "
                            + "select id, now(), 'DITANGGAPI', 'DITINDAKLANJUTI' from report_case where id = ?")) {
                        ps.setLong(1, id);
                        ps.executeUpdate();
                    }
                    c.commit();
                    return true;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> f : results) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();
        int events;
        try (Connection c = DriverManager.getConnection(url, user, "");
                ResultSet rs = c.createStatement().executeQuery("select count(*) from case_event e join report_case r on r.id = e.case_id "
                        + "where r.registration_number = '" + number + "' and e.status = 'DITANGGAPI'")) {
            rs.next();
            events = rs.getInt(1);
        }
        System.out.printf("concurrent transition DIPROSES -> DITANGGAPI: %d threads, %d won, %d events%n", threads, won, events);
        if (won != 1 || events != 1) {
            System.out.println("DOUBLE-APPLIED OR LOST");
            System.exit(1);
        }
    }
}
