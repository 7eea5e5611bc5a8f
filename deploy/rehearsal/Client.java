import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of deploy/rehearsal.sh (JDK only, run with `java Client.java MODE ...`). It speaks plain HTTP/1.1 over
 * a socket bound to a chosen loopback source address (127.77.x.y), so that every tracking lookup comes from its own
 * "client" as HAProxy and the portal see it (JDK 17's HttpClient cannot choose the source address). One request per
 * connection; each worker has at most one request in flight, so at most C requests can be cut off by a kill.
 *
 *   stream HOST:PORT N C OUT VICTIM_PID   files N complaints with C workers (a tracking lookup of an earlier code
 *                                         after each), kill -9 of VICTIM_PID once N/2 were answered
 *   verify HOST:PORT OUT                  every acknowledged code (OUT/acknowledged.tsv) opens its report
 *   limit  SOURCE HOST:PORT[,HOST:PORT] K [X-Forwarded-For]   K lookups of one client, round robin over the
 *                                         targets; prints allowed/refused
 *   get    HOST:PORT PATH K               K GETs (to see an instance serve again)
 */
public class Client {

    static final String UA = "rehearsal-agent/1.0 (ua-marker-7d3f)";
    static final AtomicInteger SOURCES = new AtomicInteger();

    record Answer(int status, String body) {
    }

    /** A fresh client address for each lookup: 127.77.0.1, 127.77.0.2, ... */
    static String nextSource() {
        int n = SOURCES.incrementAndGet();
        return "127.77." + (n / 250) + "." + (n % 250 + 1);
    }

    static Answer send(String source, String target, String method, String path, String json, String xff) throws IOException {
        String[] hp = target.split(":");
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            s.connect(new InetSocketAddress(hp[0], Integer.parseInt(hp[1])), 3000);
            s.setSoTimeout(30_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            StringBuilder h = new StringBuilder();
            h.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: portal.rehearsal.local\r\n")
                    .append("User-Agent: ").append(UA).append("\r\nAccept: ")
                    .append(json == null ? "text/html" : "application/json").append("\r\nConnection: close\r\n");
            if (xff != null) {
                h.append("X-Forwarded-For: ").append(xff).append("\r\n");
            }
            if (json != null) {
                h.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            h.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            byte[] raw = s.getInputStream().readAllBytes();
            String all = new String(raw, StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            if (!all.startsWith("HTTP/1.") || end < 0) {
                throw new IOException("no HTTP answer");
            }
            int status = Integer.parseInt(all.substring(9, 12));
            String head = all.substring(0, end).toLowerCase();
            String rest = all.substring(end + 4);
            return new Answer(status, head.contains("transfer-encoding: chunked") ? unchunk(rest) : rest);
        }
    }

    static String unchunk(String s) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int eol = s.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(s.substring(i, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            // sizes are in bytes; the bodies here are ASCII JSON apart from Indonesian text, good enough for fields
            int start = eol + 2;
            int stop = Math.min(s.length(), start + size);
            b.append(s, start, stop);
            i = stop + 2;
        }
        return b.toString();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String complaint(int i) {
        return "{\"subject\":\"Antrean " + i + "\",\"description\":\"Nomor antrean saya dilewati di loket (" + i + ").\","
                + "\"eventDate\":\"2026-11-02\",\"eventPlace\":\"Loket 2\",\"classification\":\"PENGADUAN\","
                + "\"serviceCode\":\"KTP_EL\",\"problemTypeCode\":\"PERILAKU_PETUGAS\",\"identityMode\":\"RAHASIA\","
                + "\"reporter\":{\"name\":\"Warga " + i + "\",\"email\":\"warga" + i + "@rehearsal.local\"}}";
    }

    static String lookup(String code) {
        return "{\"trackingCode\":\"" + code + "\"}";
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "stream" -> stream(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                    Long.parseLong(args[5]));
            case "verify" -> verify(args[1], Path.of(args[2]));
            case "limit" -> limit(args[1], args[2].split(","), Integer.parseInt(args[3]), args.length > 4 ? args[4] : null);
            case "get" -> get(args[1], args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void stream(String proxy, int n, int c, Path out, long victim) throws Exception {
        List<String[]> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger lookups = new AtomicInteger();
        AtomicInteger lookupsOk = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger inFlightAtKill = new AtomicInteger(-1);
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(c);
        for (int w = 0; w < c; w++) {
            pool.submit(() -> {
                int i;
                while ((i = next.incrementAndGet()) <= n) {
                    if (answered.get() >= n / 2 && inFlightAtKill.get() < 0) {
                        synchronized (inFlightAtKill) {
                            if (inFlightAtKill.get() < 0) {
                                inFlightAtKill.set(inFlight.get());
                                ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
                                System.out.printf("killed %d (kill -9) after %d answers, %d requests in flight%n",
                                        victim, answered.get(), inFlight.get());
                            }
                        }
                    }
                    inFlight.incrementAndGet();
                    try {
                        Answer a = send("127.77.255.1", proxy, "POST", "/api/v1/reports/complaints", complaint(i), null);
                        if (a.status() == 201) {
                            acknowledged.add(new String[] { field(a.body(), "registrationNumber"), field(a.body(), "trackingCode") });
                        } else {
                            failures.merge("complaint " + a.status(), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        failures.merge("complaint " + e.getClass().getSimpleName(), 1, Integer::sum);
                    } finally {
                        inFlight.decrementAndGet();
                        answered.incrementAndGet();
                    }
                    // A lookup of a code acknowledged earlier, from a new client address (no rate limit in the way).
                    if (!acknowledged.isEmpty()) {
                        String[] earlier = acknowledged.get((i * 7919) % acknowledged.size());
                        inFlight.incrementAndGet();
                        lookups.incrementAndGet();
                        try {
                            Answer a = send(nextSource(), proxy, "POST", "/api/v1/tracking", lookup(earlier[1]), null);
                            if (a.status() == 200 && earlier[0].equals(field(a.body(), "registrationNumber"))) {
                                lookupsOk.incrementAndGet();
                            } else {
                                failures.merge("lookup " + a.status(), 1, Integer::sum);
                            }
                        } catch (IOException e) {
                            failures.merge("lookup " + e.getClass().getSimpleName(), 1, Integer::sum);
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("acknowledged.tsv")))) {
            for (String[] a : acknowledged) {
                w.println(a[0] + "\t" + a[1]);
            }
        }
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("complaints sent=%d acknowledged=%d lookups=%d lookups_ok=%d failures=%d %s in_flight_at_kill=%d"
                + " seconds=%.1f%n", n, acknowledged.size(), lookups.get(), lookupsOk.get(), failed, failures,
                inFlightAtKill.get(), seconds);
    }

    static void verify(String proxy, Path out) throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("acknowledged.tsv"));
        AtomicInteger ok = new AtomicInteger();
        List<String> bad = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (String line : lines) {
            pool.submit(() -> {
                String[] a = line.split("\t");
                try {
                    Answer r = send(nextSource(), proxy, "POST", "/api/v1/tracking", lookup(a[1]), null);
                    if (r.status() == 200 && a[0].equals(field(r.body(), "registrationNumber"))) {
                        ok.incrementAndGet();
                    } else {
                        bad.add(a[0] + " " + r.status());
                    }
                } catch (IOException e) {
                    bad.add(a[0] + " " + e);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        System.out.printf("trackable=%d of %d%s%n", ok.get(), lines.size(), bad.isEmpty() ? "" : " not: " + bad.subList(0, Math.min(5, bad.size())));
    }

    static void limit(String source, String[] targets, int k, String xff) throws Exception {
        int allowed = 0;
        int refused = 0;
        int other = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < k; i++) {
            Answer a = send(source, targets[i % targets.length], "POST", "/api/v1/tracking", lookup("0000-0000-0000-0000-0"), xff);
            if (a.status() == 429) {
                refused++;
            } else if (a.status() == 404) {
                allowed++; // well-formed unknown code: the lookup was allowed
            } else {
                other++;
            }
        }
        System.out.printf("allowed=%d refused=%d other=%d seconds=%.2f%n", allowed, refused, other, (System.nanoTime() - t0) / 1e9);
    }

    static void get(String target, String path, int k) throws Exception {
        int ok = 0;
        for (int i = 0; i < k; i++) {
            try {
                ok += send("127.0.0.1", target, "GET", path, null, null).status() == 200 ? 1 : 0;
            } catch (IOException e) {
                // counted as not ok
            }
        }
        System.out.printf("ok=%d of %d%n", ok, k);
    }
}
