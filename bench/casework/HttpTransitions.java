import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many clients post the same transition on one case at once through the portal's API
 * (POST /api/v1/cases/{n}/transitions): exactly one may get 200, the rest 409 (the domain refuses the step the case
 * is no longer in, or the entity's version check catches the race). The script then counts the case's events.
 * Usage: java HttpTransitions.java BASE_URL TOKEN REGISTRATION_NUMBER TO_STATE THREADS
 */
public class HttpTransitions {

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1], number = args[2], to = args[3];
        int threads = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(threads)).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + number + "/transitions"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"" + to + "\",\"reason\":\"bench: concurrent step\"}"))
                        .build();
                start.await();
                return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Future<Integer> f : results) {
            byStatus.merge(f.get(), 1, Integer::sum);
        }
        pool.shutdown();
        System.out.println("http transitions: " + threads + " clients, " + number + " -> " + to + ": " + byStatus);
        if (byStatus.getOrDefault(200, 0) != 1 || byStatus.size() != 2 || !byStatus.containsKey(409)) {
            System.out.println("FAIL: expected exactly one 200 and the rest 409");
            System.exit(1);
        }
        System.exit(0); // the client's executor threads would keep the JVM alive
    }
}
