package id.integritas.portal.intake;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * More simultaneous submissions than the connection pool has connections: all are stored, with distinct and
 * gapless registration numbers (a request must never need a second pooled connection while holding one).
 */
@QuarkusTest
@Tag("persistence")
class ConcurrentIntakeTest {

    @Test
    void simultaneousSubmissionsAllSucceedWithGaplessNumbers() throws Exception {
        int n = 48;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<io.restassured.response.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints")));
            }
            Set<Long> numbers = new TreeSet<>();
            for (Future<io.restassured.response.Response> f : futures) {
                var r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                String reg = r.path("registrationNumber");
                numbers.add(Long.parseLong(reg.substring(reg.lastIndexOf('-') + 1)));
            }
            assertEquals(n, numbers.size(), "distinct numbers");
            long first = ((TreeSet<Long>) numbers).first();
            long last = ((TreeSet<Long>) numbers).last();
            assertEquals(n - 1, last - first, "no gaps");
        } finally {
            pool.shutdownNow();
        }
    }
}
