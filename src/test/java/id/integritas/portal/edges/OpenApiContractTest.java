package id.integritas.portal.edges;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The OpenAPI document promises what the server does: every documented operation is called the way that succeeds,
 * and its documented success status must be the one it answers. An operation without a call here fails the test,
 * so a new endpoint cannot be added without checking its document.
 */
@QuarkusTest
@Tag("persistence")
class OpenApiContractTest {

    @Inject
    id.integritas.portal.team.DecreeAdmin decrees;

    @Inject
    TestAccounts accounts;

    @Inject
    id.integritas.portal.support.CaseMoves moves;

    @Inject
    id.integritas.portal.support.MonthlyReportCalls monthlyReports;

    JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().accept(ContentType.JSON).get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void everyDocumentedSuccessStatusIsWhatTheEndpointAnswers() throws Exception {
        Map<String, Supplier<Integer>> calls = calls();
        Map<String, String> mismatches = new TreeMap<>();
        Set<String> documented = new TreeSet<>();
        JsonNode paths = document().get("paths");
        assertTrue(paths.size() > 10, "the API is documented at all");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String key = op.getKey().toUpperCase() + " " + path.getKey();
                documented.add(key);
                Set<String> success = new TreeSet<>();
                op.getValue().get("responses").fieldNames().forEachRemaining(code -> {
                    if (code.startsWith("2")) {
                        success.add(code);
                    }
                });
                Supplier<Integer> call = calls.get(key);
                assertNotNull(call, "no call for documented operation " + key + ": add one here");
                String actual = String.valueOf(call.get());
                if (!success.equals(Set.of(actual))) {
                    mismatches.put(key, "documents " + success + ", answers " + actual);
                }
            }
        }
        assertEquals(new TreeSet<>(calls.keySet()), documented, "every call here is a documented operation");
        assertTrue(mismatches.isEmpty(), mismatches.toString());
    }

    @Test
    void inboxDocumentsItsFiltersAndKeysetShape() throws Exception {
        JsonNode doc = document();
        JsonNode get = doc.get("paths").get("/api/v1/cases").get("get");
        Set<String> params = new TreeSet<>();
        get.get("parameters").forEach(p -> params.add(p.get("name").asText()));
        assertEquals(new TreeSet<>(Set.of("channel", "state", "service", "category", "assignedToMe", "overdue", "dueWithin",
                "team", "sort", "direction", "limit", "after", "counts")), params);
        assertTrue(get.get("responses").has("400"), "bad filter values are documented");
        JsonNode page = doc.get("components").get("schemas").get("InboxPage").get("properties");
        for (String field : Set.of("items", "next", "limit", "sort", "direction", "counts")) {
            assertTrue(page.has(field), field + " in " + page);
        }
        JsonNode counts = doc.get("components").get("schemas").get("InboxCounts").get("properties");
        for (String field : Set.of("total", "overdue", "dueSoon", "assignedToMe", "states")) {
            assertTrue(counts.has(field), field + " in " + counts);
        }
    }

    @Test
    void schemasAreTheApisOwnTypesOnly() throws Exception {
        JsonNode doc = document();
        Set<String> schemas = new TreeSet<>();
        doc.get("components").get("schemas").fieldNames().forEachRemaining(schemas::add);
        assertTrue(schemas.contains("ComplaintRequest") && schemas.contains("ReporterContact"), schemas.toString());
        for (String internal : Set.of("EngineImpl", "FileSystem", "TemplateInstance", "MultipartFormDataInput", "FormValue",
                "AtomicLong", "Charset", "SectionHelper", "ValueResolver")) {
            assertFalse(schemas.contains(internal), internal + " in " + schemas);
        }
        doc.get("paths").fieldNames().forEachRemaining(p -> assertTrue(p.startsWith("/api/"), p));
        JsonNode contact = doc.get("components").get("schemas").get("ReporterContact").get("properties");
        assertTrue(contact.has("name"));
        assertFalse(contact.has("empty"), contact.toString());
    }

    @Test
    void identityResponseHasNoStrayEmptyFlag() {
        String number = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        String officer = accounts.token("contract.officer", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String identity = given().auth().oauth2(officer).queryParam("reason", "Verifikasi identitas pelapor")
                .get("/api/v1/cases/" + number + "/identity").then().statusCode(200).extract().asString();
        assertTrue(identity.contains("Rina Warga"), identity);
        assertFalse(identity.contains("\"empty\""), identity);
    }

    /** How each documented operation is called so that it succeeds, by "METHOD path" as the document names it. */
    private Map<String, Supplier<Integer>> calls() {
        String admin = accounts.token("contract.admin", Set.of(Role.ADMIN), Set.of());
        String officer = accounts.token("contract.officer", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String employee = accounts.token("contract.employee", Set.of(Role.PEGAWAI), Set.of());
        var created = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract();
        String number = created.path("registrationNumber");
        String code = created.path("trackingCode");
        String receipt = created.path("receipt");
        String cases = "/api/v1/cases/" + number;
        long n = System.nanoTime() % 1_000_000;
        String newUser = "contract.new" + n;
        accounts.token("contract.patched", Set.of(Role.PEGAWAI), Set.of());
        Map<String, Supplier<Integer>> c = new LinkedHashMap<>();
        c.put("POST /api/v1/reports/complaints", () -> Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").statusCode());
        c.put("POST /api/v1/reports/whistleblowing", () -> Fixtures.json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").statusCode());
        c.put("POST /api/v1/reports/gratifications", () -> Fixtures.json().auth().oauth2(employee).body(Fixtures.gratification())
                .post("/api/v1/reports/gratifications").statusCode());
        c.put("POST /api/v1/reports/conflicts-of-interest", () -> Fixtures.json().auth().oauth2(employee)
                .body(Fixtures.declaration()).post("/api/v1/reports/conflicts-of-interest").statusCode());
        c.put("GET /api/v1/cases", () -> {
            String next = given().auth().oauth2(officer).queryParam("limit", 1).queryParam("sort", "deadline")
                    .queryParam("state", "MENUNGGU_VERIFIKASI").get("/api/v1/cases").then().statusCode(200).extract().path("next");
            return given().auth().oauth2(officer).queryParam("limit", 1).queryParam("sort", "deadline")
                    .queryParam("state", "MENUNGGU_VERIFIKASI").queryParam("after", next == null ? "" : next)
                    .get("/api/v1/cases").statusCode();
        });
        c.put("GET /api/v1/cases/{registrationNumber}", () -> given().auth().oauth2(officer).get(cases).statusCode());
        c.put("GET /api/v1/cases/{registrationNumber}/identity", () -> given().auth().oauth2(officer)
                .queryParam("reason", "Verifikasi identitas pelapor").get(cases + "/identity").statusCode());
        c.put("GET /api/v1/cases/{registrationNumber}/messages", () -> given().auth().oauth2(officer).get(cases + "/messages").statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/messages", () -> Fixtures.json().auth().oauth2(officer)
                .body(Map.of("message", "Mohon lengkapi.")).post(cases + "/messages").statusCode());
        c.put("POST /api/v1/tracking", () -> Fixtures.json().body(Map.of("trackingCode", code)).post("/api/v1/tracking").statusCode());
        c.put("POST /api/v1/tracking/messages", () -> Fixtures.json().body(Map.of("trackingCode", code, "message", "Terima kasih."))
                .post("/api/v1/tracking/messages").statusCode());
        c.put("POST /api/v1/tracking/rating", () -> {
            var answered = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                    .extract();
            moves.move(answered.path("registrationNumber"), "TERVERIFIKASI", "DIDISPOSISI", "DIPROSES", "DITANGGAPI");
            return Fixtures.json().body(Map.of("trackingCode", answered.path("trackingCode"), "score", 4, "satisfied", true))
                    .post("/api/v1/tracking/rating").statusCode();
        });
        c.put("GET /api/v1/receipts/public-key", () -> given().get("/api/v1/receipts/public-key").statusCode());
        c.put("POST /api/v1/receipts/verify", () -> Fixtures.json().body(Map.of("receipt", receipt)).post("/api/v1/receipts/verify").statusCode());
        c.put("POST /api/v1/auth/login", () -> Fixtures.json().body(Map.of("username", "contract.admin", "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login").statusCode());
        c.put("POST /api/v1/auth/logout", () -> given().post("/api/v1/auth/logout").statusCode());
        c.put("GET /api/v1/admin/accounts", () -> given().auth().oauth2(admin).get("/api/v1/admin/accounts").statusCode());
        c.put("POST /api/v1/admin/accounts", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("username", newUser, "displayName", "Staf Baru", "nip", String.format("1990010120%08d", n), "workUnit", "Unit",
                        "position", "Staf", "roles", Set.of("PEGAWAI"), "password", TestAccounts.PASSWORD))
                .post("/api/v1/admin/accounts").statusCode());
        c.put("PATCH /api/v1/admin/accounts/{username}", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("roles", Set.of("PEGAWAI", "PETUGAS"))).patch("/api/v1/admin/accounts/contract.patched").statusCode());
        c.put("POST /api/v1/admin/accounts/{username}/password", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("password", "Sandi-Sekali-Pakai-" + n)).post("/api/v1/admin/accounts/contract.patched/password")
                .statusCode());
        String changer = accounts.token("contract.changer", Set.of(Role.PEGAWAI), Set.of());
        c.put("POST /api/v1/auth/password", () -> Fixtures.json().auth().oauth2(changer)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "Sandi-Baru-Kontrak-" + n))
                .post("/api/v1/auth/password").statusCode());
        c.put("GET /api/v1/reference-lists", () -> given().get("/api/v1/reference-lists").statusCode());
        c.put("GET /api/v1/reference-lists/{name}", () -> given().get("/api/v1/reference-lists/SERVICE").statusCode());
        c.put("GET /api/v1/admin/reference-lists/{name}", () -> given().auth().oauth2(admin)
                .get("/api/v1/admin/reference-lists/SERVICE").statusCode());
        c.put("PUT /api/v1/admin/reference-lists/{name}/options/{code}", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("labelId", "Layanan uji kontrak", "labelEn", "Contract test service", "sortOrder", 999,
                        "active", true))
                .put("/api/v1/admin/reference-lists/SERVICE/options/KONTRAK_" + n).statusCode());
        c.put("GET /api/v1/calendar/deadline", () -> given().queryParam("start", "2026-03-17").queryParam("workingDays", 3)
                .get("/api/v1/calendar/deadline").statusCode());
        c.put("GET /api/v1/admin/audit", () -> given().auth().oauth2(admin).get("/api/v1/admin/audit?limit=5").statusCode());
        c.put("GET /api/v1/admin/audit/verification", () -> given().auth().oauth2(admin).get("/api/v1/admin/audit/verification").statusCode());
        c.put("GET /api/v1/admin/holidays", () -> given().auth().oauth2(admin).get("/api/v1/admin/holidays?year=2026").statusCode());
        c.put("POST /api/v1/admin/holidays", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("date", "2032-01-0" + (1 + n % 9), "kind", "LAINNYA", "name", "Kontrak " + n))
                .post("/api/v1/admin/holidays").statusCode());
        c.put("PUT /api/v1/admin/holidays/{id}", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("date", "2032-02-0" + (1 + n % 9), "kind", "LAINNYA", "name", "Kontrak diubah " + n))
                .put("/api/v1/admin/holidays/" + holiday(admin, "2032-01-1" + (n % 10), n)).statusCode());
        c.put("DELETE /api/v1/admin/holidays/{id}", () -> given().auth().oauth2(admin)
                .delete("/api/v1/admin/holidays/" + holiday(admin, "2032-03-1" + (n % 10), n)).statusCode());
        c.put("GET /api/v1/cases/unassigned", () -> given().auth().oauth2(admin).get("/api/v1/cases/unassigned").statusCode());
        java.time.LocalDate today = decrees.today();
        Map<String, Object> decree = Map.of("teamKind", "COMPLAINTS", "number", "800/KONTRAK/" + n, "date", today.toString(),
                "signatory", "Kepala Dinas", "validFrom", today.toString(), "validUntil", today.plusYears(1).toString(),
                "members", java.util.List.of(Map.of("username", "contract.officer", "teamRole", "MEMBER")));
        int decreeId = Fixtures.json().auth().oauth2(admin).body(decree).post("/api/v1/admin/decrees").then().statusCode(201)
                .extract().path("id");
        c.put("GET /api/v1/admin/decrees", () -> given().auth().oauth2(admin).get("/api/v1/admin/decrees").statusCode());
        c.put("POST /api/v1/admin/decrees", () -> Fixtures.json().auth().oauth2(admin).body(decree)
                .post("/api/v1/admin/decrees").statusCode());
        c.put("GET /api/v1/admin/decrees/{id}", () -> given().auth().oauth2(admin).get("/api/v1/admin/decrees/" + decreeId)
                .statusCode());
        c.put("PUT /api/v1/admin/decrees/{id}", () -> Fixtures.json().auth().oauth2(admin).body(decree)
                .put("/api/v1/admin/decrees/" + decreeId).statusCode());
        // the case workflow (casework.OfficerCasesApi): a chair of the complaints team on a case with an attachment
        var todayWf = decrees.today();
        accounts.token("contract.chair", Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        if (!chairAppointed) {
            decrees.create(new id.integritas.portal.team.DecreeAdmin.DecreeRequest(id.integritas.portal.team.TeamKind.COMPLAINTS,
                    "SK-KONTRAK-KETUA/" + n, todayWf.minusDays(1), "Kepala Dinas", todayWf.minusDays(1), todayWf.plusYears(1),
                    java.util.List.of(new id.integritas.portal.team.DecreeAdmin.MemberRequest("contract.chair",
                            id.integritas.portal.team.TeamRole.CHAIR, null, null))), null);
            chairAppointed = true;
        }
        String chair = accounts.token("contract.chair", Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        Map<String, Object> withFile = new java.util.HashMap<>(Fixtures.complaint());
        withFile.put("identityMode", "TERBUKA");
        withFile.put("attachments", java.util.List.of(Map.of("fileName", "bukti.png", "contentBase64",
                java.util.Base64.getEncoder().encodeToString(Fixtures.pngWithText("kontrak")))));
        String wf = "/api/v1/cases/" + Fixtures.json().body(withFile).post("/api/v1/reports/complaints").then().statusCode(201)
                .extract().path("registrationNumber");
        int fileId = given().auth().oauth2(chair).get(wf + "/attachments").then().statusCode(200).extract().path("[0].id");
        c.put("POST /api/v1/cases/{registrationNumber}/transitions", () -> Fixtures.json().auth().oauth2(chair)
                .body(Map.of("to", "TERVERIFIKASI", "reason", "Lengkap")).post(wf + "/transitions").statusCode());
        String verified = "/api/v1/cases/" + Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then()
                .statusCode(201).extract().path("registrationNumber");
        Fixtures.json().auth().oauth2(chair).body(Map.of("to", "TERVERIFIKASI", "reason", "Lengkap")).post(verified + "/transitions")
                .then().statusCode(200);
        c.put("POST /api/v1/cases/{registrationNumber}/assignment", () -> Fixtures.json().auth().oauth2(chair)
                .body(Map.of("assignee", "contract.chair", "reason", "Ditangani ketua")).post(verified + "/assignment").statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/privacy", () -> Fixtures.json().auth().oauth2(chair)
                .body(Map.of("identityMode", "RAHASIA", "reason", "Permintaan pelapor")).post(wf + "/privacy").statusCode());
        c.put("GET /api/v1/cases/{registrationNumber}/notes", () -> given().auth().oauth2(chair).get(wf + "/notes").statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/notes", () -> Fixtures.json().auth().oauth2(chair)
                .body(Map.of("body", "Catatan kontrak")).post(wf + "/notes").statusCode());
        c.put("GET /api/v1/cases/{registrationNumber}/timeline", () -> given().auth().oauth2(chair).get(wf + "/timeline").statusCode());
        c.put("GET /api/v1/cases/{registrationNumber}/attachments", () -> given().auth().oauth2(chair).get(wf + "/attachments")
                .statusCode());
        c.put("GET /api/v1/cases/{registrationNumber}/attachments/{id}", () -> given().auth().oauth2(chair)
                .get(wf + "/attachments/" + fileId).statusCode());
        c.put("GET /api/v1/cases/{registrationNumber}/attachments/{id}/original", () -> given().auth().oauth2(chair)
                .queryParam("reason", "Periksa keaslian").get(wf + "/attachments/" + fileId + "/original").statusCode());
        byte[] scan = id.integritas.portal.team.DecreeScanTestFiles.pdf();
        c.put("PUT /api/v1/admin/decrees/{id}/scan", () -> given().auth().oauth2(admin).contentType("application/pdf")
                .body(scan).put("/api/v1/admin/decrees/" + decreeId + "/scan").statusCode());
        c.put("GET /api/v1/admin/decrees/{id}/scan", () -> {
            given().auth().oauth2(admin).contentType("application/pdf").body(scan)
                    .put("/api/v1/admin/decrees/" + decreeId + "/scan").then().statusCode(200);
            return given().auth().oauth2(admin).get("/api/v1/admin/decrees/" + decreeId + "/scan").statusCode();
        });
        // routing (issue 7 §2): a chair of the complaints team decides recusals; administrators keep the routing tables
        // (contract.chair is the complaints team's CHAIR from the workflow calls above)
        accounts.token("contract.bystander", Set.of(Role.PETUGAS), Set.of()); // recused below: no other call depends on it
        c.put("GET /api/v1/cases/{registrationNumber}/recusals", () -> given().auth().oauth2(chair).get(cases + "/recusals")
                .statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/recusals", () -> Fixtures.json().auth().oauth2(chair)
                .body(Map.of("username", "contract.bystander", "decision", "RECUSED", "reason", "Kerabat pelapor."))
                .post(cases + "/recusals").statusCode());
        c.put("GET /api/v1/admin/escalation-routes", () -> given().auth().oauth2(admin).get("/api/v1/admin/escalation-routes")
                .statusCode());
        c.put("POST /api/v1/admin/escalation-routes", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("code", "KONTRAK", "name", "Rute kontrak", "role", "INSPEKTORAT", "effectiveFrom",
                        today.plusYears(80).plusDays(n % 3000).toString()))
                .post("/api/v1/admin/escalation-routes").statusCode());
        c.put("GET /api/v1/admin/service-units", () -> given().auth().oauth2(admin).get("/api/v1/admin/service-units")
                .statusCode());
        c.put("POST /api/v1/admin/service-units", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("serviceCode", "LAINNYA", "unitCode", "SEKRETARIAT", "effectiveFrom",
                        today.plusYears(80).plusDays(n % 3000).toString()))
                .post("/api/v1/admin/service-units").statusCode());
        specifics(c, admin, employee, today, n);
        monthlyReports.register(c);
        return c;
    }

    private static boolean chairAppointed;

    /** The channel-specific operations (issue 7 §3); each call prepares its own case. */
    private void specifics(Map<String, Supplier<Integer>> c, String admin, String employee, java.time.LocalDate today, long n) {
        String upg = accounts.token("contract.upg", Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of()); // the UPG chair, appointed below
        String officer = accounts.token("contract.officer", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String bkpChair = accounts.token("contract.bkpchair", Set.of(Role.KETUA_TIM), Set.of());
        String aduChair = accounts.token("contract.aduchair", Set.of(Role.KETUA_TIM), Set.of());
        for (String[] chair : new String[][] { { "CONFLICT_OF_INTEREST", "contract.bkpchair" }, { "COMPLAINTS", "contract.aduchair" }, { "UPG", "contract.upg" } }) {
            Fixtures.json().auth().oauth2(admin).body(Map.of("teamKind", chair[0], "number", "800/KONTRAK-KETUA/" + chair[0] + "/" + n,
                    "date", today.toString(), "signatory", "Kepala Dinas", "validFrom", today.toString(),
                    "validUntil", today.plusYears(1).toString(),
                    "members", java.util.List.of(Map.of("username", chair[1], "teamRole", "CHAIR"))))
                    .post("/api/v1/admin/decrees").then().statusCode(201);
        }
        Supplier<String> gift = () -> "/api/v1/cases/" + Fixtures.json().auth().oauth2(employee).body(Fixtures.gratification())
                .post("/api/v1/reports/gratifications").then().statusCode(201).extract().path("registrationNumber") + "/gratification";
        Map<String, Object> forward = Map.of("kpkRegistrationNumber", "KPK-KONTRAK", "forwardedOn", "2026-11-12");
        Map<String, Object> decision = Map.of("decisionNumber", "SK-KPK/KONTRAK", "decisionDate", "2026-11-13", "outcome", "MILIK_NEGARA");
        c.put("GET /api/v1/cases/{registrationNumber}/gratification", () -> given().auth().oauth2(upg).get(gift.get()).statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/gratification/exemption", () -> Fixtures.json().auth().oauth2(upg)
                .body(Map.of("code", "SESAMA_REKAN")).post(gift.get() + "/exemption").statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/gratification/kpk-forwarding", () -> Fixtures.json().auth().oauth2(upg)
                .body(forward).post(gift.get() + "/kpk-forwarding").statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/gratification/kpk-decision", () -> {
            String g = gift.get();
            Fixtures.json().auth().oauth2(upg).body(forward).post(g + "/kpk-forwarding").then().statusCode(200);
            return Fixtures.json().auth().oauth2(upg).body(decision).post(g + "/kpk-decision").statusCode();
        });
        c.put("POST /api/v1/cases/{registrationNumber}/gratification/hand-over", () -> {
            String g = gift.get();
            Fixtures.json().auth().oauth2(upg).body(forward).post(g + "/kpk-forwarding").then().statusCode(200);
            Fixtures.json().auth().oauth2(upg).body(decision).post(g + "/kpk-decision").then().statusCode(200);
            return Fixtures.json().auth().oauth2(upg).body(Map.of("custody", "DITITIPKAN_UPG", "receiptNumber", "TT-KONTRAK",
                    "storagePlace", "Lemari UPG", "handedOverOn", "2026-11-14")).post(g + "/hand-over").statusCode();
        });
        Supplier<String> declaration = () -> "/api/v1/cases/" + Fixtures.json().auth().oauth2(employee).body(Fixtures.declaration())
                .post("/api/v1/reports/conflicts-of-interest").then().statusCode(201).extract().path("registrationNumber")
                + "/conflict-of-interest";
        Map<String, Object> decide = Map.of("analysis", "Analisis kontrak.", "controlMeasure", "MUNDUR_DARI_KEPUTUSAN");
        c.put("GET /api/v1/cases/{registrationNumber}/conflict-of-interest", () -> given().auth().oauth2(bkpChair)
                .get(declaration.get()).statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/conflict-of-interest/decision", () -> Fixtures.json().auth().oauth2(bkpChair)
                .body(decide).post(declaration.get() + "/decision").statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/conflict-of-interest/implementation", () -> {
            String d = declaration.get();
            Fixtures.json().auth().oauth2(bkpChair).body(decide).post(d + "/decision").then().statusCode(200);
            return Fixtures.json().auth().oauth2(bkpChair).body(Map.of()).post(d + "/implementation").statusCode();
        });
        c.put("POST /api/v1/cases/{registrationNumber}/conflict-of-interest/register-verification", () -> {
            Map<String, Object> register = Map.of("kind", "DAFTAR_KEPENTINGAN", "declarant", Map.of("employmentType", "PNS"),
                    "register", Map.of("year", 2026, "noConflict", true));
            String r = Fixtures.json().auth().oauth2(employee).body(register).post("/api/v1/reports/conflicts-of-interest")
                    .then().statusCode(201).extract().path("registrationNumber");
            return given().auth().oauth2(bkpChair).post("/api/v1/cases/" + r + "/conflict-of-interest/register-verification")
                    .statusCode();
        });
        c.put("POST /api/v1/cases/registered", () -> {
            Map<String, Object> body = new java.util.HashMap<>(Fixtures.complaint());
            body.put("medium", "LOKET");
            return Fixtures.json().auth().oauth2(officer).body(body).post("/api/v1/cases/registered").statusCode();
        });
        c.put("POST /api/v1/cases/{registrationNumber}/channel-change", () -> {
            String number = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                    .extract().path("registrationNumber");
            return Fixtures.json().auth().oauth2(aduChair).body(Map.of("to", "WBS", "mode", "COPY", "reason", "Uji kontrak"))
                    .post("/api/v1/cases/" + number + "/channel-change").statusCode();
        });
    }

    private static long holiday(String admin, String date, long n) {
        return ((Number) Fixtures.json().auth().oauth2(admin).body(Map.of("date", date, "kind", "LAINNYA", "name", "Kontrak " + n))
                .post("/api/v1/admin/holidays").then().statusCode(201).extract().path("id")).longValue();
    }
}
