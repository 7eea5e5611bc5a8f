package id.integritas.portal.edges;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
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

    @Inject
    id.integritas.portal.support.PublicationCalls publications;

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
        c.put("POST /api/v1/auth/login", () -> Fixtures.json().body(Map.of("username", "contract.admin", "password", TestAccounts.PASSWORD,
                "totp", accounts.code("contract.admin"))).post("/api/v1/auth/login").statusCode());
        c.put("POST /api/v1/auth/totp", () -> given().auth().oauth2(accounts.token("contract.totp.start", Set.of(Role.PEGAWAI), Set.of()))
                .post("/api/v1/auth/totp").statusCode());
        c.put("POST /api/v1/auth/totp/confirm", () -> {
            String enrolling = accounts.token("contract.totp.confirm", Set.of(Role.PEGAWAI), Set.of());
            String secret = given().auth().oauth2(enrolling).post("/api/v1/auth/totp").then().statusCode(200).extract().path("secret");
            return Fixtures.json().auth().oauth2(enrolling).body(Map.of("code", accounts.codeForSecret(secret, accounts.step())))
                    .post("/api/v1/auth/totp/confirm").statusCode();
        });
        c.put("DELETE /api/v1/admin/accounts/{username}/second-factor", () -> {
            accounts.token("contract.totp.reset", Set.of(Role.PETUGAS), Set.of());
            accounts.forgetSecondFactor("contract.totp.reset");
            return given().auth().oauth2(admin).delete("/api/v1/admin/accounts/contract.totp.reset/second-factor").statusCode();
        });
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
        c.put("GET /api/v1/admin/mail", () -> given().auth().oauth2(admin).get("/api/v1/admin/mail?state=FAILED&limit=5").statusCode());
        c.put("POST /api/v1/admin/mail/{id}/send-again", () -> given().auth().oauth2(admin)
                .post("/api/v1/admin/mail/" + failedMail() + "/send-again").statusCode());
        c.put("GET /api/v1/admin/holidays", () -> given().auth().oauth2(admin).get("/api/v1/admin/holidays?year=2026").statusCode());
        c.put("POST /api/v1/admin/holidays", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("date", "2032-01-0" + (1 + n % 9), "kind", "LAINNYA", "name", "Kontrak " + n))
                .post("/api/v1/admin/holidays").statusCode());
        c.put("PUT /api/v1/admin/holidays/{id}", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("date", "2032-02-0" + (1 + n % 9), "kind", "LAINNYA", "name", "Kontrak diubah " + n))
                .put("/api/v1/admin/holidays/" + holiday(admin, "2032-01-1" + (n % 10), n)).statusCode());
        c.put("DELETE /api/v1/admin/holidays/{id}", () -> given().auth().oauth2(admin)
                .delete("/api/v1/admin/holidays/" + holiday(admin, "2032-03-1" + (n % 10), n)).statusCode());
        c.put("GET /api/v1/admin/deadline-rule-sets", () -> given().auth().oauth2(admin).get("/api/v1/admin/deadline-rule-sets").statusCode());
        c.put("GET /api/v1/admin/deadline-rule-sets/{id}", () -> given().auth().oauth2(admin).get("/api/v1/admin/deadline-rule-sets/"
                + given().auth().oauth2(admin).get("/api/v1/admin/deadline-rule-sets").then().extract().path("[0].id")).statusCode());
        c.put("POST /api/v1/admin/deadline-rule-sets", () -> {
            io.restassured.response.Response added = ruleSetVersion(admin);
            given().auth().oauth2(admin).delete("/api/v1/admin/deadline-rule-sets/" + added.path("id")).then().statusCode(204);
            return added.statusCode();
        });
        c.put("DELETE /api/v1/admin/deadline-rule-sets/{id}", () -> given().auth().oauth2(admin)
                .delete("/api/v1/admin/deadline-rule-sets/" + ruleSetVersion(admin).path("id")).statusCode());
        c.put("GET /api/v1/cases/unassigned", () -> given().auth().oauth2(admin).get("/api/v1/cases/unassigned").statusCode());
        // retention (retention.AdminRetentionApi, casework.LegalHoldApi): administrators reach any case by number
        c.put("GET /api/v1/admin/retention/rule-sets", () -> given().auth().oauth2(admin).get("/api/v1/admin/retention/rule-sets")
                .statusCode());
        c.put("POST /api/v1/admin/retention/rule-sets", () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("name", "Retensi kontrak " + n, "effectiveFrom", decrees.today().plusYears(20).plusDays(n % 3000).toString(),
                        "rules", java.util.List.of(Map.of("channel", "ADU", "outcome", "SELESAI", "periodMonths", 36,
                                "action", "DESTROY_CONTENT"))))
                .post("/api/v1/admin/retention/rule-sets").statusCode());
        c.put("POST /api/v1/admin/retention/runs", () -> given().auth().oauth2(admin).post("/api/v1/admin/retention/runs").statusCode());
        c.put("GET /api/v1/cases/{registrationNumber}/legal-hold", () -> given().auth().oauth2(admin).get(cases + "/legal-hold")
                .statusCode());
        c.put("POST /api/v1/cases/{registrationNumber}/legal-hold", () -> {
            String held = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                    .extract().path("registrationNumber");
            return Fixtures.json().auth().oauth2(admin).body(Map.of("reason", "Perkara berjalan"))
                    .post("/api/v1/cases/" + held + "/legal-hold").statusCode();
        });
        c.put("POST /api/v1/cases/{registrationNumber}/legal-hold/lift", () -> {
            String held = Fixtures.json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201)
                    .extract().path("registrationNumber");
            Fixtures.json().auth().oauth2(admin).body(Map.of("reason", "Perkara berjalan"))
                    .post("/api/v1/cases/" + held + "/legal-hold").then().statusCode(200);
            return Fixtures.json().auth().oauth2(admin).body(Map.of("reason", "Perkara selesai"))
                    .post("/api/v1/cases/" + held + "/legal-hold/lift").statusCode();
        });
        java.time.LocalDate today = decrees.today();
        Map<String, Object> decree = Map.of("teamKind", "COMPLAINTS", "number", "800/KONTRAK/" + n, "date", today.toString(),
                "signatory", "Kepala Dinas", "validFrom", today.toString(), "validUntil", today.plusYears(1).toString(),
                "members", java.util.List.of(Map.of("username", "contract.officer", "teamRole", "MEMBER")));
        int decreeId = Fixtures.json().auth().oauth2(admin).body(decree).post("/api/v1/admin/decrees").then().statusCode(201)
                .extract().path("id");
        // monev (issue 9 §3) and the register campaign (§4)
        Map<String, Object> monevMeeting = Map.of("channel", "ADU", "heldOn", "2026-01-10", "periodic", true, "title", "Rapat monev",
                "findings", "Temuan", "recommendations", List.of(Map.of("text", "Tindak lanjut", "ownerUsername", "contract.officer",
                        "dueOn", "2026-02-10")));
        int monevId = Fixtures.json().auth().oauth2(officer).body(monevMeeting).post("/api/v1/monev/meetings").then().statusCode(201)
                .extract().path("id");
        int monevRec = given().auth().oauth2(officer).get("/api/v1/monev/meetings/" + monevId).then().statusCode(200).extract()
                .path("recommendations[0].id");
        Map<String, Object> monevFile = Map.of("kind", "NOTULEN", "file", Map.of("fileName", "notulen.png", "contentBase64",
                java.util.Base64.getEncoder().encodeToString(Fixtures.pngWithText("x"))));
        c.put("GET /api/v1/monev/meetings", () -> given().auth().oauth2(officer).get("/api/v1/monev/meetings").statusCode());
        c.put("POST /api/v1/monev/meetings", () -> Fixtures.json().auth().oauth2(officer).body(monevMeeting)
                .post("/api/v1/monev/meetings").statusCode());
        c.put("GET /api/v1/monev/meetings/{id}", () -> given().auth().oauth2(officer).get("/api/v1/monev/meetings/" + monevId)
                .statusCode());
        c.put("PUT /api/v1/monev/meetings/{id}", () -> {
            int version = given().auth().oauth2(officer).get("/api/v1/monev/meetings/" + monevId).then().extract().path("version");
            return Fixtures.json().auth().oauth2(officer).body(Map.of("heldOn", "2026-01-10", "periodic", false, "title", "Rapat",
                    "findings", "Temuan", "version", version)).put("/api/v1/monev/meetings/" + monevId).statusCode();
        });
        c.put("POST /api/v1/monev/meetings/{id}/recommendations", () -> Fixtures.json().auth().oauth2(officer)
                .body(Map.of("text", "Lagi", "ownerUsername", "contract.officer", "dueOn", "2026-03-01"))
                .post("/api/v1/monev/meetings/" + monevId + "/recommendations").statusCode());
        c.put("POST /api/v1/monev/meetings/{id}/files", () -> Fixtures.json().auth().oauth2(officer).body(monevFile)
                .post("/api/v1/monev/meetings/" + monevId + "/files").statusCode());
        c.put("GET /api/v1/monev/files/{id}", () -> {
            int fileId = Fixtures.json().auth().oauth2(officer).body(monevFile).post("/api/v1/monev/meetings/" + monevId + "/files")
                    .then().statusCode(201).extract().path("files[0].id");
            return given().auth().oauth2(officer).get("/api/v1/monev/files/" + fileId).statusCode();
        });
        c.put("POST /api/v1/monev/recommendations/{id}/follow-up", () -> Fixtures.json().auth().oauth2(officer)
                .body(Map.of("status", "SEBAGIAN", "followUp", "Sebagian", "version", 0))
                .post("/api/v1/monev/recommendations/" + monevRec + "/follow-up").statusCode());
        c.put("GET /api/v1/monev/figures", () -> given().auth().oauth2(officer).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-12-31").get("/api/v1/monev/figures").statusCode());
        Map<String, Object> campaign = Map.of("year", 2028, "dueOn", "2028-01-31");
        Supplier<Integer> openCampaign = () -> Fixtures.json().auth().oauth2(admin)
                .body(Map.of("year", 2030, "dueOn", "2029-12-31")).post("/api/v1/register-campaigns").statusCode();
        c.put("POST /api/v1/register-campaigns", openCampaign);
        c.put("GET /api/v1/register-campaigns", () -> given().auth().oauth2(employee).get("/api/v1/register-campaigns").statusCode());
        c.put("GET /api/v1/register-campaigns/{year}/coverage", () -> {
            given().auth().oauth2(admin).body(campaign).contentType(ContentType.JSON).post("/api/v1/register-campaigns");
            return given().auth().oauth2(admin).get("/api/v1/register-campaigns/2028/coverage").statusCode();
        });
        c.put("GET /api/v1/register-campaigns/{year}/outstanding", () -> {
            given().auth().oauth2(admin).body(campaign).contentType(ContentType.JSON).post("/api/v1/register-campaigns");
            return given().auth().oauth2(admin).get("/api/v1/register-campaigns/2028/outstanding").statusCode();
        });
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
        c.put("POST /api/v1/cases/{registrationNumber}/attachments", () -> given().auth().oauth2(chair)
                .multiPart("attachments", "surat-jawaban.pdf", scan, "application/pdf").post(wf + "/attachments").statusCode());
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
        publications.register(c);
        // evidence (issue 9 §5): standard documents and the evidence pack
        byte[] documentPdf = id.integritas.portal.team.DecreeScanTestFiles.pdf();
        Supplier<io.restassured.response.Response> uploadDocument = () -> given().auth().oauth2(admin)
                .multiPart("title", "SOP kontrak").multiPart("kind", "SOP").multiPart("effectiveFrom", "2026-01-01")
                .multiPart("file", "sop.pdf", documentPdf, "application/pdf").post("/api/v1/admin/documents");
        int documentId = uploadDocument.get().then().statusCode(201).extract().path("id");
        c.put("POST /api/v1/admin/documents", () -> uploadDocument.get().statusCode());
        c.put("GET /api/v1/admin/documents", () -> given().auth().oauth2(officer).get("/api/v1/admin/documents").statusCode());
        c.put("GET /api/v1/admin/documents/{id}", () -> given().auth().oauth2(officer)
                .get("/api/v1/admin/documents/" + documentId).statusCode());
        c.put("GET /api/v1/admin/documents/{id}/file", () -> given().auth().oauth2(officer)
                .get("/api/v1/admin/documents/" + documentId + "/file").statusCode());
        String month = java.time.YearMonth.from(decrees.today()).toString();
        c.put("GET /api/v1/evidence-pack", () -> given().auth().oauth2(admin).queryParam("from", month).queryParam("to", month)
                .get("/api/v1/evidence-pack").statusCode());
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

    /** A version of the clocks far in the future (withdrawn by the caller), so that no other test meets it. */
    private static io.restassured.response.Response ruleSetVersion(String admin) {
        java.time.LocalDate from = java.time.LocalDate.now().plusDays(30000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(30000));
        return Fixtures.json().auth().oauth2(admin).body(Map.of("name", "Kontrak", "effectiveFrom", from.toString(), "changes",
                java.util.List.of(Map.of("clock", "P1", "amount", 4, "unit", "WORKING_DAYS")))).post("/api/v1/admin/deadline-rule-sets");
    }

    @Inject
    jakarta.persistence.EntityManager em;

    /** A mail that failed (the default test profile sends through the mailer mock, which never fails). */
    private long failedMail() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                insert into mail_outbox (kind, state, recipient_account_id, created_at, next_attempt_at, attempts, last_error)
                select 'SECOND_FACTOR_RESET', 'FAILED', a.id, now(), now(), 10, 'connection refused' from account a
                where a.username = 'contract.admin' returning id""").getSingleResult()).longValue());
    }
}
