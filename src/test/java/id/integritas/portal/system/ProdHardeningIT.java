package id.integritas.portal.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import id.integritas.portal.support.AttackFiles;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.PackagedPortal;
import id.integritas.portal.support.TcpProxy;
import id.integritas.portal.support.ThrowawayDatabase;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Hardening issue #5, replayed against the packaged jar in the prod profile with the JVM options docs/performance.md
 * recommends: every attack of the issue over real HTTP, a table of what was sent and answered, a failure on any
 * mismatch. The database sits behind a local relay so the last replay can make it unreachable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProdHardeningIT {

    /**
     * Exactly the options docs/performance.md recommends for small hosts ("JVM options used (and recommended for small
     * hosts)"), run from target/quarkus-app so the AppCDS archive is used. {@link #optionsAreTheDocumentedOnes} keeps
     * this constant and the document in step.
     */
    static final List<String> RECOMMENDED_JVM_OPTIONS = List.of("-Xms32m", "-Xmx128m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:SharedArchiveFile=app-cds.jsa");

    private static final String PROBLEM = "application/problem+json";
    private static final Path WORK = Path.of("target/prodit-it").toAbsolutePath();
    private static final String ADMIN = "it.admin";

    private record Row(String attack, String expected, String answer, boolean ok) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String adminPassword = PackagedPortal.randomPassword();
    private ThrowawayDatabase database;
    private TcpProxy relay;
    private PackagedPortal portal;
    private String trackingCode;

    @BeforeAll
    void startPackagedPortal() throws Exception {
        database = ThrowawayDatabase.create(Path.of("target/prodit-it-db").toAbsolutePath());
        relay = new TcpProxy(database.host(), database.port());
        Map<String, String> settings = new HashMap<>();
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrlVia("127.0.0.1", relay.port()));
        settings.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        settings.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        settings.put("PORTAL_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        settings.put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        portal = PackagedPortal.start(RECOMMENDED_JVM_OPTIONS, settings, WORK);
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = portal.port();
    }

    @AfterAll
    void stopEverything() throws Exception {
        StringBuilder table = new StringBuilder("\nProdHardeningIT: replayed against the packaged jar (" + String.join(" ",
                RECOMMENDED_JVM_OPTIONS) + ")\n");
        table.append(String.format("%-4s %-58s %-30s %s%n", "ok", "attack", "expected", "answer"));
        for (Row r : rows) {
            table.append(String.format("%-4s %-58s %-30s %s%n", r.ok() ? "ok" : "FAIL", r.attack(), r.expected(), r.answer()));
        }
        System.out.println(table);
        RestAssured.reset();
        try {
            if (portal != null) {
                portal.close();
            }
        } finally {
            if (relay != null) {
                relay.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    /** Records one replay in the table and fails the test when the answer is not the expected one. */
    private void expect(String attack, String expected, String answer, boolean ok) {
        rows.add(new Row(attack, expected, answer, ok));
        assertTrue(ok, attack + ": expected " + expected + ", got " + answer);
    }

    private void expectStatus(String attack, Response r, int status, String contentType) {
        boolean typeOk = contentType == null || String.valueOf(r.getContentType()).startsWith(contentType);
        expect(attack, status + (contentType == null ? "" : " " + contentType),
                r.statusCode() + " " + r.getContentType(), r.statusCode() == status && typeOk);
    }

    private static RequestSpecification complaintForm(String token, String subject) {
        return given().redirects().follow(false).multiPart("_csrf", token).multiPart("classification", "PENGADUAN")
                .multiPart("subject", subject).multiPart("description", "Menunggu tiga jam di loket.")
                .multiPart("serviceCode", "KK").multiPart("problemTypeCode", "WAKTU_PENYELESAIAN")
                .multiPart("eventDate", "2026-11-03").multiPart("eventPlace", "Kantor Dinas").multiPart("identityMode", "RAHASIA")
                .multiPart("reporter.name", "Rina Warga").multiPart("reporter.phone", "081234567890");
    }

    private static String formToken(String page) {
        return Fixtures.tokenFrom(given().get(page).then().statusCode(200).extract().asString());
    }

    @Test
    @Order(0)
    void optionsAreTheDocumentedOnes() throws Exception {
        String doc = Files.readString(Path.of("docs/performance.md")).replaceAll("\\s+", " ");
        expect("JVM options = docs/performance.md", "listed there", String.join(" ", RECOMMENDED_JVM_OPTIONS),
                doc.contains("`" + String.join(" ", RECOMMENDED_JVM_OPTIONS) + "`"));
    }

    @Test
    @Order(1)
    void nulBytesAre400() {
        Response valid = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints");
        expectStatus("valid JSON complaint", valid, 201, "application/json");
        trackingCode = valid.path("trackingCode");
        expect("  ... answer has Cache-Control", "no-store", valid.header("Cache-Control"),
                "no-store".equals(valid.header("Cache-Control")));

        Response clean = Fixtures.json().body(Map.of("username", "tidak.ada", "password", "salah-sekali"))
                .post("/api/v1/auth/login");
        expectStatus("JSON sign-in, unknown clean username", clean, 401, null);
        Response nul = Fixtures.json().body(Map.of("username", "tidak\u0000ada", "password", "salah-sekali"))
                .post("/api/v1/auth/login");
        expectStatus("JSON sign-in, NUL in username", nul, 400, PROBLEM);
        expect("  ... field error", "username/invalid_characters", nul.path("errors[0].field") + "/" + nul.path("errors[0].code"),
                "username".equals(nul.path("errors[0].field")) && "invalid_characters".equals(nul.path("errors[0].code")));

        expectStatus("GET /api/v1/cases/ADU-2026-000001 (clean path)",
                given().urlEncodingEnabled(false).get("/api/v1/cases/ADU-2026-000001"), 401, null);
        Response path = given().urlEncodingEnabled(false).get("/api/v1/cases/ADU%00x");
        expectStatus("GET /api/v1/cases/ADU%00x (NUL in path segment)", path, 400, PROBLEM);

        String signInToken = formToken("/masuk");
        Response cleanForm = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("_csrf", signInToken)
                .formParam("username", "tidak.ada").formParam("password", "salah").post("/masuk");
        expect("POST /masuk, clean form field", "not 400, not 5xx", String.valueOf(cleanForm.statusCode()),
                cleanForm.statusCode() != 400 && cleanForm.statusCode() < 500);
        expectStatus("POST /masuk, NUL in form field", given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("_csrf", signInToken).formParam("username", "tidak\u0000ada").formParam("password", "salah")
                .post("/masuk"), 400, "text/html");

        String token = formToken("/pengaduan");
        expectStatus("POST /pengaduan, clean multipart", complaintForm(token, "Judul bersih").post("/pengaduan"), 303, null);
        Response form = complaintForm(token, "Judul bersih").multiPart("reportedPerson", "Petugas\u0000loket").post("/pengaduan");
        expectStatus("POST /pengaduan, NUL in multipart field", form, 400, "text/html");
        boolean kept = form.asString().contains("karakter yang tidak dapat diterima")
                && form.asString().contains("value=\"Judul bersih\"");
        expect("  ... field message, typed values kept", "message + values", kept ? "message + values" : "missing", kept);
    }

    @Test
    @Order(2)
    void truncatedMultipartIs400() {
        String truncated = "--XYZ\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nhalo";
        for (String path : List.of("/pengaduan", "/lacak/balas")) {
            expectStatus("truncated multipart on " + path, given().contentType("multipart/form-data; boundary=XYZ")
                    .body(truncated.getBytes(StandardCharsets.UTF_8)).post(path), 400, "text/html");
        }
    }

    @Test
    @Order(3)
    void bodyOverTheHardLimitIs413ProblemJson() throws Exception {
        String small = rawPost("/api/v1/reports/complaints", 2);
        expect("POST 2-byte body", "not 413", statusLine(small), !small.startsWith("HTTP/1.1 413"));
        String answer = rawPost("/api/v1/reports/complaints", 70L * 1024 * 1024);
        expect("POST declaring 70 MB (limit 60M)", "413 problem+json", statusLine(answer),
                answer.startsWith("HTTP/1.1 413") && answer.toLowerCase().contains("content-type: " + PROBLEM)
                        && answer.contains("payload-too-large") && answer.contains("\"status\":413"));
    }

    private static String statusLine(String raw) {
        return raw.lines().findFirst().orElse("(nothing)");
    }

    /** Sends only the headers of a POST declaring {@code length} bytes (plus "{}" when 2) and reads the answer. */
    private String rawPost(String path, long length) throws Exception {
        return id.integritas.portal.support.RawHttp.postDeclaring("127.0.0.1", portal.port(), path, length, 20_000);
    }

    @Test
    @Order(4)
    void looseDatesAre400WithFieldErrors() {
        Map<String, Object> c = new HashMap<>(Fixtures.complaint());
        c.put("eventDate", 12345);
        Response number = Fixtures.json().body(c).post("/api/v1/reports/complaints");
        expectStatus("\"eventDate\": 12345", number, 400, PROBLEM);
        Object fields = number.path("errors.field");
        expect("  ... field error", "[eventDate]", String.valueOf(fields), List.of("eventDate").equals(fields));
        c.put("eventDate", "1900-01-01");
        Response early = Fixtures.json().body(c).post("/api/v1/reports/complaints");
        expectStatus("\"eventDate\": \"1900-01-01\"", early, 400, PROBLEM);
        String code = early.path("errors.find { it.field == 'eventDate' }.code");
        expect("  ... field error", "eventDate/too_early", "eventDate/" + code, "too_early".equals(code));
    }

    @Test
    @Order(5)
    void overlongUtf8Is400() {
        String json = "{\"subject\":\"a__b\",\"description\":\"Uraian\",\"eventDate\":\"2026-11-02\",\"eventPlace\":\"Loket\","
                + "\"classification\":\"PENGADUAN\",\"serviceCode\":\"KTP_EL\",\"problemTypeCode\":\"PERILAKU_PETUGAS\","
                + "\"identityMode\":\"ANONIM\"}";
        expectStatus("JSON complaint with '/' in subject", Fixtures.json().body(json.replace("__", "/")
                .getBytes(StandardCharsets.UTF_8)).post("/api/v1/reports/complaints"), 201, null);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf("__");
        bytes[at] = (byte) 0xC0;
        bytes[at + 1] = (byte) 0xAF;
        Response overlong = Fixtures.json().body(bytes).post("/api/v1/reports/complaints");
        expectStatus("JSON subject with overlong C0 AF", overlong, 400, PROBLEM);
        expect("  ... field error", "subject/invalid_characters", overlong.path("errors[0].field") + "/"
                + overlong.path("errors[0].code"), "invalid_characters".equals(overlong.path("errors[0].code")));
        expectStatus("GET /lacak (clean path)", given().get("/lacak"), 200, "text/html");
        expectStatus("GET /lacak/%C0%AF", given().urlEncodingEnabled(false).get("/lacak/%C0%AF"), 400, null);
    }

    @Test
    @Order(6)
    void openApiListsNoInternalTypes() {
        String doc = given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        expect("/q/openapi lists the API", "/api/v1/reports/complaints", doc.length() + " chars",
                doc.contains("/api/v1/reports/complaints"));
        expect("/q/openapi internal types", "no EngineImpl, FileSystem",
                doc.contains("EngineImpl") || doc.contains("FileSystem") ? "internal types listed" : "none",
                !doc.contains("EngineImpl") && !doc.contains("FileSystem"));
    }

    @Test
    @Order(7)
    void trackingResultIsNotStored() {
        assertNotNull(trackingCode, "the valid complaint of the first replay");
        Response result = given().contentType(ContentType.URLENC).formParam("_csrf", formToken("/lacak"))
                .formParam("trackingCode", trackingCode).post("/lacak");
        expectStatus("POST /lacak with a real code", result, 200, "text/html");
        expect("  ... Cache-Control", "no-store", result.header("Cache-Control"),
                "no-store".equals(result.header("Cache-Control")) && result.asString().contains("Laporan Anda"));
    }

    @Test
    @Order(8)
    void threeFormsWithTwoTenMegabyteFilesAtOnceAreAcceptedAndTheReceiptShowsOnce() throws Exception {
        // Two distinct noisy PNGs of ~9.7 MB (just under the 10-MB limit); each client sends both.
        byte[] first = AttackFiles.noisyPng(1800, 1);
        byte[] second = AttackFiles.noisyPng(1800, 2);
        assertTrue(first.length > 9_000_000 && first.length <= 10 * 1024 * 1024, "size " + first.length);
        int clients = 3;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                String token = formToken("/pengaduan");
                int client = i;
                Callable<Response> send = () -> complaintForm(token, "Foto antrean " + client)
                        .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 180_000).setParam("http.connection.timeout", 30_000)))
                        .multiPart("attachments", "antrean-" + client + "-a.png", first, "image/png")
                        .multiPart("attachments", "antrean-" + client + "-b.png", second, "image/png").post("/pengaduan");
                answers.add(pool.submit(send));
            }
            for (int i = 0; i < clients; i++) {
                Response r = answers.get(i).get();
                String cookie = r.getCookie("portal_receipt");
                expect("client " + i + ": form + 2 x 9.7 MB PNG (3 at once)", "303 to /tanda-terima",
                        r.statusCode() + " " + r.header("Location"), r.statusCode() == 303 && cookie != null
                                && String.valueOf(r.header("Location")).endsWith("/tanda-terima"));
                String page = given().cookie("portal_receipt", cookie).get("/tanda-terima").then().statusCode(200)
                        .extract().asString();
                String code = Fixtures.trackingCodeFrom(page);
                expect("  ... receipt page shows a tracking code", "code", code, code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-.+"));
                String replay = given().cookie("portal_receipt", cookie).get("/tanda-terima").then().extract().asString();
                expect("  ... same receipt cookie replayed", "code not shown", replay.contains(code) ? "code shown" : "not shown",
                        !replay.contains(code));
            }
        } finally {
            pool.shutdownNow();
        }
        expect("OutOfMemoryError in the portal output", "none",
                portal.output().contains("OutOfMemoryError") ? "present" : "none",
                !portal.output().contains("OutOfMemoryError") && portal.isAlive());
    }

    @Test
    @Order(8)
    void threeApiClientsWithTwoTenMegabyteFilesAtOnceAreAccepted() throws Exception {
        byte[] first = AttackFiles.noisyPng(1800, 3);
        byte[] second = AttackFiles.noisyPng(1800, 4);
        int clients = 3;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Map<String, Object> body = new HashMap<>(Fixtures.complaint());
                body.put("attachments", List.of(
                        Map.of("fileName", "api-" + i + "-a.png", "contentBase64", java.util.Base64.getEncoder().encodeToString(first)),
                        Map.of("fileName", "api-" + i + "-b.png", "contentBase64", java.util.Base64.getEncoder().encodeToString(second))));
                Callable<Response> send = () -> given().contentType(ContentType.JSON).body(body)
                        .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 180_000).setParam("http.connection.timeout", 30_000)))
                        .post("/api/v1/reports/complaints");
                answers.add(pool.submit(send));
            }
            for (int i = 0; i < clients; i++) {
                Response r = answers.get(i).get();
                expect("API client " + i + ": JSON + 2 x 9.7 MB PNG in base64 (3 at once)", "201 with a tracking code",
                        r.statusCode() + "", r.statusCode() == 201 && r.path("trackingCode") != null);
            }
        } finally {
            pool.shutdownNow();
        }
        expect("OutOfMemoryError in the portal output (API uploads)", "none",
                portal.output().contains("OutOfMemoryError") ? "present" : "none",
                !portal.output().contains("OutOfMemoryError") && portal.isAlive());
    }

    @Test
    @Order(9)
    void lyingImagesAreRefusedAndScriptedPdfsAccepted() throws Exception {
        Map<String, Object> ok = new HashMap<>(Fixtures.complaint());
        ok.put("attachments", List.of(file("kecil.jpg", AttackFiles.jpegClaiming(16, 16))));
        expectStatus("JSON complaint with a 16 x 16 JPEG", Fixtures.json().body(ok).post("/api/v1/reports/complaints"),
                201, null);
        byte[] bomb = AttackFiles.jpegClaiming(15000, 15000);
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("attachments", List.of(file("bom.jpg", bomb)));
        Response refused = Fixtures.json().header("Accept-Language", "id").body(body).post("/api/v1/reports/complaints");
        expectStatus(bomb.length + "-byte JPEG declaring 15000 x 15000", refused, 400, PROBLEM);
        String message = refused.path("errors[0].message");
        expect("  ... field message", "attachments/image_too_large", refused.path("errors[0].field") + "/"
                + refused.path("errors[0].code"), "image_too_large".equals(refused.path("errors[0].code"))
                        && message != null && message.contains("bom.jpg"));

        Map<String, Object> pdf = new HashMap<>(Fixtures.complaint());
        pdf.put("attachments", List.of(file("aktif.pdf", AttackFiles.pdfWithOpenActionScript())));
        // No API hands out the handler copy; PdfActiveContentTest proves the active content is removed from it.
        expectStatus("PDF with JavaScript OpenAction", Fixtures.json().body(pdf).post("/api/v1/reports/complaints"), 201,
                null);
    }

    private static Map<String, Object> file(String name, byte[] content) {
        return Map.of("fileName", name, "contentBase64", Base64.getEncoder().encodeToString(content));
    }

    @Test
    @Order(10)
    void signInAndSessions() throws Exception {
        String admin = signIn(ADMIN, adminPassword);
        String password = PackagedPortal.randomPassword();
        createAccount(admin, "it.besieged", Set.of("PETUGAS"), password);
        createAccount(admin, "it.demoted", Set.of("ADMIN", "PEGAWAI"), password);
        createAccount(admin, "it.officer", Set.of("PETUGAS"), password);
        createAccount(admin, "it.employee", Set.of("PEGAWAI"), password);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> tries = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String guess = "guess-" + i;
                tries.add(pool.submit(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("username", "it.besieged", "password", guess)).post("/api/v1/auth/login").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : tries) {
                statuses.add(f.get());
            }
            expect("20 parallel bad sign-ins", "all 401/429", statuses.toString(),
                    statuses.stream().allMatch(s -> s == 401 || s == 429));
        } finally {
            pool.shutdownNow();
        }

        String demoted = signIn("it.demoted", password);
        expectStatus("admin lists accounts", given().auth().oauth2(demoted).get("/api/v1/admin/accounts"), 200, null);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("roles", Set.of("PEGAWAI")))
                .patch("/api/v1/admin/accounts/it.demoted").then().statusCode(200);
        expectStatus("  ... same token after demotion", given().auth().oauth2(demoted).get("/api/v1/admin/accounts"), 403,
                null);

        String officer = signIn("it.officer", password);
        expectStatus("Bearer token before logout", given().auth().oauth2(officer).get("/api/v1/cases"), 200, null);
        expectStatus("logout", given().auth().oauth2(officer).post("/api/v1/auth/logout"), 204, null);
        expectStatus("  ... same Bearer token after logout", given().auth().oauth2(officer).get("/api/v1/cases"), 401, null);

        String employee = signIn("it.employee", password);
        String html = given().cookie("portal_session", employee).get("/gratifikasi").then().statusCode(200).extract().asString();
        String signOut = Fixtures.firstMatch("name=\"_signout\" value=\"([^\"]+)\"", html);
        expectStatus("cross-site POST /keluar", given().redirects().follow(false).cookie("portal_session", employee)
                .header("Sec-Fetch-Site", "cross-site").formParam("_signout", signOut).post("/keluar"), 403, null);
        expectStatus("  ... session still valid", given().redirects().follow(false).cookie("portal_session", employee)
                .get("/gratifikasi"), 200, null);
        expectStatus("  ... same-origin POST /keluar, same token", given().redirects().follow(false)
                .cookie("portal_session", employee).header("Sec-Fetch-Site", "same-origin").formParam("_signout", signOut)
                .post("/keluar"), 303, null);
    }

    /**
     * Publishing renders the page, PDF and PNG with openhtmltopdf and Batik: in the packaged jar their XML parsers come
     * from a different class loader than under {@code @QuarkusTest} (a shadowing xml-apis jar once broke it here only).
     */
    @Test
    @Order(11)
    void aMonthIsPublishedAndItsFilesOpen() throws Exception {
        String admin = signIn(ADMIN, adminPassword);
        String password = PackagedPortal.randomPassword();
        createAccount(admin, "it.ppid", Set.of("PPID"), password);
        createAccount(admin, "it.head", Set.of("PIMPINAN"), password);
        String ppid = signIn("it.ppid", password);
        String head = signIn("it.head", password);
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).minusMonths(1).toString();
        long id = given().auth().oauth2(ppid).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/publications/monthly/" + month).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(head).post("/api/v1/publications/" + id + "/approval").then().statusCode(200);
        expectStatus("publish (renders page, PDF and PNG)",
                given().auth().oauth2(ppid).post("/api/v1/publications/" + id + "/publication"), 200, null);
        String path = "/laporan-bulanan/" + month.replace('-', '/');
        byte[] pdf = given().get(path + ".pdf").then().statusCode(200).extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            expect("published PDF", "text 'Ringkasan Bulanan'", text.length() + " chars", text.contains("Ringkasan Bulanan"));
        }
        var png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                given().get(path + ".png").then().statusCode(200).extract().asByteArray()));
        expect("published PNG", "1080x1080", png.getWidth() + "x" + png.getHeight(),
                png.getWidth() == 1080 && png.getHeight() == 1080);
        expectStatus("published page", given().get(path), 200, "text/html");
    }

    /** Second factors are required in production: accounts enrol, then sign in with a code, as a person would. */
    private static final id.integritas.portal.support.AuthenticatorApp APP =
            new id.integritas.portal.support.AuthenticatorApp(java.time.Instant::now);

    private static String signIn(String username, String password) {
        return APP.signIn(username, password);
    }

    private static void createAccount(String adminToken, String username, Set<String> roles, String password) {
        given().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Uji " + username, "roles", roles, "password", password))
                .post("/api/v1/admin/accounts").then().statusCode(201);
    }

    /** Last: the relay in front of PostgreSQL closes, pooled connections drop and new ones are refused. */
    @Test
    @Order(99)
    void databaseUnreachableIs503WithRetryAfter() {
        String token = formToken("/pengaduan");
        expectStatus("JSON complaint, database up", Fixtures.json().body(Fixtures.complaint())
                .post("/api/v1/reports/complaints"), 201, null);
        relay.close();
        long start = System.nanoTime();
        Response api = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints");
        long millis = (System.nanoTime() - start) / 1_000_000;
        expectStatus("JSON complaint, database unreachable (" + millis + " ms)", api, 503, PROBLEM);
        expect("  ... Retry-After", "seconds", api.header("Retry-After"),
                api.header("Retry-After") != null && api.header("Retry-After").matches("\\d+"));
        Response again = Fixtures.json().body(Map.of("trackingCode", "0000-0000-0000-0000-0")).post("/api/v1/tracking");
        expect("tracking API, database unreachable", "503 + Retry-After", again.statusCode() + " Retry-After="
                + again.header("Retry-After"), again.statusCode() == 503 && again.header("Retry-After") != null);
        Response form = complaintForm(token, "Antrean kacau sekali").post("/pengaduan");
        expect("complaint form, database unreachable", "503 + Retry-After, typed values",
                form.statusCode() + " Retry-After=" + form.header("Retry-After"), form.statusCode() == 503
                        && form.header("Retry-After") != null && form.asString().contains("value=\"Antrean kacau sekali\""));
        expect("OutOfMemoryError in the portal output (end)", "none",
                portal.output().contains("OutOfMemoryError") ? "present" : "none", !portal.output().contains("OutOfMemoryError"));
    }
}
