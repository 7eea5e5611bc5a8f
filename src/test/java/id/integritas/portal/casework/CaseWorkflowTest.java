package id.integritas.portal.casework;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The four workflows through the API, from intake to closure; who may take which step; notes stay internal;
 * disposisi to a unit and what the unit sees of the identity; privacy only rises; a step is applied once.
 * A member asking for a chair's step gets 409 (the step is not among their allowedTransitions), like any other
 * step not open now: clients decide from allowedTransitions alone.
 */
@QuarkusTest
@Tag("persistence")
class CaseWorkflowTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    EntityManager em;

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
    }

    /** A new officer who is CHAIR of an SK team of the channel in force today. */
    private String chair(Channel channel) {
        String username = unique("wf.chair");
        String token = accounts.token(username, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        var today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.of(channel), "SK-WF/" + username, today.minusDays(1),
                "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(username, TeamRole.CHAIR, null, null))), null);
        return token;
    }

    private Map.Entry<String, String> member(Channel channel) {
        String username = unique("wf.member");
        return Map.entry(username, accounts.token(username, Set.of(Role.PETUGAS), Set.of(channel)));
    }

    private String unitOfficer(String unit) {
        String username = unique("wf.unit");
        String token = accounts.token(username, Set.of(Role.PETUGAS), Set.of());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update account set unit_code = :u where username = :n")
                .setParameter("u", unit).setParameter("n", username).executeUpdate());
        return token;
    }

    private static Map<String, String> complaint(String mode) {
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("identityMode", mode);
        var r = json().body(body).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        return Map.of("number", r.path("registrationNumber"), "code", r.path("trackingCode"));
    }

    private static ValidatableResponse step(String token, String number, Map<String, Object> body) {
        return json().auth().oauth2(token).body(body).post("/api/v1/cases/" + number + "/transitions").then();
    }

    private static ValidatableResponse step(String token, String number, String to) {
        return step(token, number, Map.of("to", to, "reason", "Langkah uji ke " + to));
    }

    private static void moves(String token, String number, String... states) {
        for (String s : states) {
            step(token, number, s).statusCode(200).body("state", is(s));
        }
    }

    private static ValidatableResponse tracking(String code) {
        return json().body(Map.of("trackingCode", code)).post("/api/v1/tracking").then().statusCode(200);
    }

    @Test
    void complaintLivesFromIntakeToClosureAndTheAnswerIsReadOnLacak() {
        String chair = chair(Channel.ADU);
        var member = member(Channel.ADU);
        var c = complaint("RAHASIA");
        String n = c.get("number");
        given().auth().oauth2(member.getValue()).get("/api/v1/cases/" + n).then().statusCode(200)
                .body("state", is("MENUNGGU_VERIFIKASI")).body("publicState", is("DITERIMA"))
                .body("allowedTransitions", hasItems("TERVERIFIKASI", "PERLU_DILENGKAPI"))
                .body("allowedTransitions", not(hasItem("DIARSIPKAN"))) // archiving is the chair's
                .body("handlingTeam.teamKind", is("COMPLAINTS")).body("route", is("TEAM")).body("escalated", is(false))
                .body("identityMode", is("RAHASIA")).body("serviceCode", is("KTP_EL")).body("classification", is("PENGADUAN"))
                .body("deadlines", notNullValue()).body("summary.registrationNumber", is(n)).body("content.subject", notNullValue());
        given().auth().oauth2(chair).get("/api/v1/cases/" + n).then().statusCode(200)
                .body("allowedTransitions", hasItems("TERVERIFIKASI", "DIARSIPKAN", "DITERUSKAN_KELUAR")).body("canAssign", is(false));

        step(member.getValue(), n, "TERVERIFIKASI").statusCode(200).body("publicState", is("DIVERIFIKASI"));
        // a member may not assign (the chair's step)
        json().auth().oauth2(member.getValue()).body(Map.of("assignee", member.getKey(), "reason", "Disposisi"))
                .post("/api/v1/cases/" + n + "/assignment").then().statusCode(409).body("currentState", is("TERVERIFIKASI"));
        json().auth().oauth2(chair).body(Map.of("assignee", member.getKey(), "reason", "Ditangani anggota tim"))
                .post("/api/v1/cases/" + n + "/assignment").then().statusCode(200).body("state", is("DIDISPOSISI"));
        given().auth().oauth2(chair).get("/api/v1/cases/" + n).then().body("assignee.username", is(member.getKey()))
                .body("assignee.displayName", startsWith("Test "));
        moves(member.getValue(), n, "DIPROSES");
        // an answer needs its message
        step(member.getValue(), n, Map.of("to", "DITANGGAPI", "reason", "Jawaban")).statusCode(400)
                .body("errors.field", hasItem("message"));
        step(member.getValue(), n, Map.of("to", "DITANGGAPI", "reason", "Jawaban resmi",
                "message", "Petugas loket telah ditegur; antrean kini memakai nomor elektronik.")).statusCode(200)
                .body("state", is("DITANGGAPI")).body("allowedTransitions", hasItem("DIPROSES"))
                .body("allowedTransitions", not(hasItem("SELESAI")));
        // member cannot close: 409 naming the state and what they may do
        step(member.getValue(), n, "SELESAI").statusCode(409).contentType("application/problem+json")
                .body("type", endsWith(":illegal-transition")).body("currentState", is("DITANGGAPI"))
                .body("allowedTransitions", is(List.of("DIPROSES")));
        step(chair, n, "SELESAI").statusCode(200).body("publicState", is("SELESAI")).body("allowedTransitions", is(List.of("DIPROSES")));
        tracking(c.get("code")).body("status", is("SELESAI"))
                .body("messages.body", hasItem(containsString("antrean kini memakai nomor elektronik")));
        // the timeline records actor, reason and action
        given().auth().oauth2(chair).get("/api/v1/cases/" + n + "/timeline").then().statusCode(200)
                .body("action", hasItems("VERIFIED", "ASSIGNED", "PROCESSING", "ANSWERED", "CLOSED"))
                .body("reason", hasItem("Ditangani anggota tim"));
        // reopen by the chair only
        step(member.getValue(), n, "DIPROSES").statusCode(409);
        step(chair, n, "DIPROSES").statusCode(200);
    }

    @Test
    void illegalTransitionsAreRefusedWithTheCurrentStateAndTheAllowedOnes() {
        String chair = chair(Channel.ADU);
        String n = complaint("RAHASIA").get("number");
        step(chair, n, "SELESAI").statusCode(409).body("currentState", is("MENUNGGU_VERIFIKASI"))
                .body("allowedTransitions", hasItems("TERVERIFIKASI", "DIARSIPKAN"));
        step(chair, n, "TINDAK_LANJUT").statusCode(400).body("errors.field", hasItem("to")); // not a complaint state
        step(chair, n, Map.of("to", "TERVERIFIKASI")).statusCode(400).body("errors.field", hasItem("reason"));
        step(chair, n, Map.of("to", "DITERUSKAN_KELUAR", "reason", "Bukan kewenangan")).statusCode(400)
                .body("errors.field", hasItems("destination", "externalReference"));
        step(chair, n, Map.of("to", "DITERUSKAN_KELUAR", "reason", "Bukan kewenangan", "destination", "BPJS Kesehatan",
                "externalReference", "LAPOR-1234567")).statusCode(200).body("publicState", is("DITERUSKAN"))
                .body("allowedTransitions", empty());
        // someone outside the team: 404 as for a case that does not exist
        String outsider = member(Channel.WBS).getValue();
        step(outsider, n, "TERVERIFIKASI").statusCode(404);
    }

    @Test
    void gratificationLivesToClosure() {
        String employee = accounts.token(unique("wf.pegawai"), Set.of(Role.PEGAWAI), Set.of());
        String n = json().auth().oauth2(employee).body(Fixtures.gratification()).post("/api/v1/reports/gratifications").then()
                .statusCode(201).extract().path("registrationNumber");
        String chair = chair(Channel.GRT);
        var member = member(Channel.GRT);
        given().auth().oauth2(member.getValue()).get("/api/v1/cases/" + n).then().statusCode(200).body("state", is("DITERIMA_UPG"))
                .body("handlingTeam.teamKind", is("UPG"));
        moves(member.getValue(), n, "ANALISIS_UPG");
        step(member.getValue(), n, "DITERUSKAN_KE_KPK").statusCode(409); // the UPG's decision: chair or secretary
        step(chair, n, Map.of("to", "DITERUSKAN_KE_KPK", "reason", "Wajib lapor", "destination", "KPK (GOL)",
                "externalReference", "GOL-2026-0001")).statusCode(200);
        moves(member.getValue(), n, "DITETAPKAN", "DISERAHKAN");
        step(chair, n, "SELESAI").statusCode(200).body("publicState", is("SELESAI"));
    }

    @Test
    void whistleblowingTipLivesToClosureAndIsReopenedByTheChair() {
        var r = json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201).extract();
        String n = r.path("registrationNumber");
        String chair = chair(Channel.WBS);
        var member = member(Channel.WBS);
        step(member.getValue(), n, Map.of("to", "MENUNGGU_INFO_PELAPOR", "reason", "Kurang jelas",
                "message", "Mohon sebutkan hari dan jam kejadian.")).statusCode(200);
        tracking(r.path("trackingCode")).body("messages.body", hasItem("Mohon sebutkan hari dan jam kejadian."));
        moves(member.getValue(), n, "VERIFIKASI", "TELAAH");
        step(chair, n, Map.of("to", "DITERUSKAN", "reason", "Cukup bukti awal", "destination", "Inspektorat Kota Medan",
                "externalReference", "700/123/INSP/2026")).statusCode(200);
        moves(member.getValue(), n, "TINDAK_LANJUT");
        step(chair, n, "SELESAI").statusCode(200);
        step(member.getValue(), n, "TINDAK_LANJUT").statusCode(409).body("allowedTransitions", empty());
        step(chair, n, "TINDAK_LANJUT").statusCode(200).body("publicState", is("DITINDAKLANJUTI"));
        // WBS content never goes to a unit
        json().auth().oauth2(chair).body(Map.of("assignee", "DAFDUK", "reason", "Coba ke unit"))
                .post("/api/v1/cases/" + n + "/assignment").then().statusCode(400).body("errors.code", hasItem("unit_not_allowed"));
    }

    @Test
    void conflictDeclarationIsDecidedByTheSuperiorOrTheChair() {
        String declarant = unique("wf.declarant");
        String employee = accounts.token(declarant, Set.of(Role.PEGAWAI), Set.of());
        String superiorName = unique("wf.superior");
        String superior = accounts.token(superiorName, Set.of(Role.PETUGAS), Set.of());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update account set superior_id = (select id from account where username = :s) where username = :d")
                .setParameter("s", superiorName).setParameter("d", declarant).executeUpdate());
        String n = json().auth().oauth2(employee).body(Fixtures.declaration()).post("/api/v1/reports/conflicts-of-interest")
                .then().statusCode(201).extract().path("registrationNumber");
        var member = member(Channel.BKP);
        String chair = chair(Channel.BKP);
        moves(member.getValue(), n, "ANALISIS_ATASAN");
        step(member.getValue(), n, "DIPUTUSKAN").statusCode(409).body("currentState", is("ANALISIS_ATASAN"));
        given().auth().oauth2(superior).get("/api/v1/cases/" + n).then().statusCode(200)
                .body("allowedTransitions", is(List.of("DIPUTUSKAN")));
        step(superior, n, Map.of("to", "DIPUTUSKAN", "reason", "Pegawai dibebaskan dari berkas itu (recusal)")).statusCode(200);
        moves(member.getValue(), n, "DILAKSANAKAN");
        step(chair, n, "SELESAI").statusCode(200).body("publicState", is("SELESAI"));
        given().auth().oauth2(employee).get("/api/v1/cases/" + n).then().statusCode(anyOf(is(403), is(404)));
    }

    @Test
    void notesStayInternal() {
        var member = member(Channel.ADU);
        var c = complaint("RAHASIA");
        String n = c.get("number");
        String secret = "Catatan internal " + unique("x") + ": pelapor pernah mengadu hal serupa.";
        json().auth().oauth2(member.getValue()).body(Map.of("body", secret)).post("/api/v1/cases/" + n + "/notes").then()
                .statusCode(201).body("body", is(secret));
        given().auth().oauth2(member.getValue()).get("/api/v1/cases/" + n + "/notes").then().statusCode(200)
                .body("body", hasItem(secret)).body("author", hasItem(startsWith("Test ")));
        json().auth().oauth2(member.getValue()).body(Map.of("body", " ")).post("/api/v1/cases/" + n + "/notes").then()
                .statusCode(400).body("errors.field", hasItem("body"));
        String api = json().body(Map.of("trackingCode", c.get("code"))).post("/api/v1/tracking").then().statusCode(200)
                .extract().asString();
        assertTrue(api.contains(n), "the tracking answer is the case's");
        assertFalse(api.contains("pelapor pernah mengadu"), api);
        String page = given().formParam("_csrf", Fixtures.formToken()).formParam("trackingCode", c.get("code"))
                .header("X-Forwarded-For", Fixtures.clientAddress().split(",")[1]).post("/lacak").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains(n), "the /lacak page shows the case");
        assertFalse(page.contains("pelapor pernah mengadu"));
    }

    @Test
    void aUnitSeesTheAssignedComplaintButNotAConfidentialIdentity() {
        String chair = chair(Channel.ADU);
        String unit = unitOfficer("CAPIL");
        String otherUnit = unitOfficer("PIAK");
        String confidential = complaint("RAHASIA").get("number");
        String open = complaint("TERBUKA").get("number");
        for (String n : List.of(confidential, open)) {
            given().auth().oauth2(unit).get("/api/v1/cases/" + n).then().statusCode(404);
            moves(chair, n, "TERVERIFIKASI");
            json().auth().oauth2(chair).body(Map.of("assignee", "CAPIL", "reason", "Urusan pencatatan sipil"))
                    .post("/api/v1/cases/" + n + "/assignment").then().statusCode(200).body("state", is("DIDISPOSISI"));
            given().auth().oauth2(unit).get("/api/v1/cases/" + n).then().statusCode(200).body("assignee.unitCode", is("CAPIL"))
                    .body("assignee.unitName", is("Bidang Pelayanan Pencatatan Sipil")).body("allowedTransitions", hasItem("DIPROSES"));
            given().auth().oauth2(otherUnit).get("/api/v1/cases/" + n).then().statusCode(404);
        }
        given().auth().oauth2(chair).queryParam("reason", "Verifikasi").get("/api/v1/cases/" + confidential + "/identity").then()
                .statusCode(200).body("name", is("Rina Warga"));
        given().auth().oauth2(unit).get("/api/v1/cases/" + confidential).then().body("canViewIdentity", is(false));
        given().auth().oauth2(unit).queryParam("reason", "Menghubungi pelapor").get("/api/v1/cases/" + confidential + "/identity")
                .then().statusCode(403);
        given().auth().oauth2(unit).queryParam("reason", "Menghubungi pelapor").get("/api/v1/cases/" + open + "/identity").then()
                .statusCode(200).body("name", is("Rina Warga"));
        // the unit works it: process and answer
        moves(unit, open, "DIPROSES");
        // privacy only rises: TERBUKA → RAHASIA, then the unit no longer sees the identity; lowering is refused
        json().auth().oauth2(chair).body(Map.of("identityMode", "RAHASIA", "reason", "Pelapor meminta dirahasiakan"))
                .post("/api/v1/cases/" + open + "/privacy").then().statusCode(200).body("identityMode", is("RAHASIA"));
        given().auth().oauth2(unit).queryParam("reason", "Menghubungi pelapor").get("/api/v1/cases/" + open + "/identity").then()
                .statusCode(403);
        json().auth().oauth2(chair).body(Map.of("identityMode", "TERBUKA", "reason", "Salah pilih"))
                .post("/api/v1/cases/" + open + "/privacy").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith(":privacy-lowering")).body("identityMode", is("RAHASIA"));
    }

    @Test
    void twoOfficersPostingTheSameStepApplyItOnce() throws Exception {
        String a = member(Channel.ADU).getValue();
        String b = member(Channel.ADU).getValue();
        String n = complaint("RAHASIA").get("number");
        for (int round = 0; round < 3; round++) {
            String to = round == 0 ? "TERVERIFIKASI" : null;
            if (to == null) {
                break;
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> results = new ArrayList<>();
            for (String token : List.of(a, b)) {
                Callable<Integer> call = () -> {
                    start.await();
                    return step(token, n, to).extract().statusCode();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : results) {
                codes.add(f.get());
            }
            pool.shutdown();
            codes.sort(null);
            assertEquals(List.of(200, 409), codes);
        }
        Number events = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from case_event e join report_case c on c.id = e.case_id where c.registration_number = :n "
                        + "and e.status = 'TERVERIFIKASI'").setParameter("n", n).getSingleResult());
        assertEquals(1, events.intValue());
    }

    @Test
    void attachmentsHandlerCopyForTheTeamOriginalForTheChairWithAReason() {
        String chair = chair(Channel.ADU);
        String member = member(Channel.ADU).getValue();
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("attachments", List.of(Map.of("fileName", "bukti.png", "contentBase64",
                java.util.Base64.getEncoder().encodeToString(Fixtures.pngWithText("GPS 3.59,98.67 kamera pelapor")))));
        String n = json().body(body).post("/api/v1/reports/complaints").then().statusCode(201).extract().path("registrationNumber");
        int id = given().auth().oauth2(member).get("/api/v1/cases/" + n + "/attachments").then().statusCode(200)
                .body("fileName", hasItem("bukti.png")).extract().path("[0].id");
        byte[] copy = given().auth().oauth2(member).get("/api/v1/cases/" + n + "/attachments/" + id).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertTrue(copy.length > 0);
        assertFalse(new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1).contains("kamera pelapor"), "metadata stripped");
        given().auth().oauth2(member).queryParam("reason", "Periksa keaslian").get("/api/v1/cases/" + n + "/attachments/" + id + "/original")
                .then().statusCode(403);
        given().auth().oauth2(chair).get("/api/v1/cases/" + n + "/attachments/" + id + "/original").then().statusCode(400);
        byte[] original = given().auth().oauth2(chair).queryParam("reason", "Periksa keaslian foto")
                .get("/api/v1/cases/" + n + "/attachments/" + id + "/original").then().statusCode(200).extract().asByteArray();
        assertTrue(new String(original, java.nio.charset.StandardCharsets.ISO_8859_1).contains("kamera pelapor"), "sealed original intact");
        given().auth().oauth2(member).get("/api/v1/cases/" + n + "/attachments/999999999").then().statusCode(404);
    }

    @Test
    void anEscalatedCaseIsWorkedByTheEscalationRoleNotTheTeam() {
        var member = member(Channel.ADU);
        String inspector = accounts.token(unique("wf.inspektorat"), Set.of(Role.INSPEKTORAT), Set.of());
        String n = complaint("RAHASIA").get("number");
        given().auth().oauth2(member.getValue()).get("/api/v1/cases/" + n).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update report_case set route = 'ESCALATION', "
                + "escalation_route_id = (select id from escalation_route where code = 'INSPEKTORAT') where registration_number = :n")
                .setParameter("n", n).executeUpdate());
        given().auth().oauth2(inspector).get("/api/v1/cases/" + n).then().statusCode(200).body("escalated", is(true))
                .body("route", is("ESCALATION")).body("handlingTeam.teamKind", is("ESCALATION"))
                .body("handlingTeam.name", is("Inspektorat Kota Medan"))
                .body("allowedTransitions", hasItems("TERVERIFIKASI", "DIARSIPKAN")).body("canViewIdentity", is(true));
        given().auth().oauth2(member.getValue()).get("/api/v1/cases/" + n).then().statusCode(404);
        step(inspector, n, "TERVERIFIKASI").statusCode(200);
        given().auth().oauth2(inspector).queryParam("reason", "Klarifikasi").get("/api/v1/cases/" + n + "/identity").then()
                .statusCode(200).body("name", is("Rina Warga"));
    }
}
