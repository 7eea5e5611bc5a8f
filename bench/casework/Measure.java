import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the inbox and case page through the HTTP API (bench/casework/README.md), one request at a time on a
 * kept-alive connection, after a warm-up; and the concurrent-transition check at the JDBC level.
 * Usage: java Measure.java BASE TOKEN NUMBERS_FILE REQUESTS
 */
public class Measure {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String base, token;

    static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static String next(String body) {
        Matcher m = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
        return m.find() ? m.group(1) : null;
    }

    static void measure(String label, List<String> paths, int n) throws Exception {
        for (int i = 0; i < Math.min(50, n); i++) {
            get(paths.get(i % paths.size()));
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            get(paths.get(i % paths.size()));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n", label, n,
                ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[(int) Math.ceil(n * 0.99) - 1], ms[n - 1]);
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        List<String> numbers = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).toList();
        int n = Integer.parseInt(args[3]);
        String first = "/api/v1/cases";
        String filtered = "/api/v1/cases?team=COMPLAINTS&state=DIPROSES&overdue=true&sort=deadline";
        String cursor = null;
        String page = first;
        for (int i = 1; i < 50; i++) {
            cursor = next(get(page).body());
            page = first + "?after=" + cursor;
        }
        System.out.println("items on the first page: " + get(first).body().split("registrationNumber").length + " - 1");
        measure("first inbox page", List.of(first), n);
        measure("counts of the open cases (counts=true)", List.of(first + "?counts=true"), Math.max(20, n / 10));
        measure("filtered: team+state+overdue, by deadline", List.of(filtered), n);
        measure("page 50 by keyset (20 a page)", List.of(page), n);
        List<String> casePaths = new ArrayList<>();
        numbers.forEach(x -> casePaths.add("/api/v1/cases/" + x));
        measure("case page GET /api/v1/cases/{n}", casePaths, n);
    }
}
