package id.integritas.portal.casework;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.AccountAdmin;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 7 §3 specifics: UPG handling, conflict-of-interest decisions, officer-registered intake, channel change. */
@QuarkusTest
@Tag("persistence")
class ChannelSpecificsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TestAccounts accounts;

    @Inject
    AccountAdmin admin;

    @Inject
    DecreeAdmin decrees;

    @Inject
    CaseRepository cases;

    private static String user(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
    }

    /** The UPG's chair: deciding exemptions and forwarding to the KPK are the chair's steps (CaseRules). */
    private String upg() {
        String username = user("upg");
        String token = accounts.token(username, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        LocalDate today = decrees.today();
        QuarkusTransaction.requiringNew().run(() -> decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.UPG,
                "SK-UJI/UPG-KETUA/" + username, today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1),
                today.plusYears(1), List.of(new DecreeAdmin.MemberRequest(username, TeamRole.CHAIR, null, null))), null));
        return token;
    }

    /** A UPG member who is not the chair. */
    private String upgMember() {
        return accounts.token(user("upg.anggota"), Set.of(Role.PETUGAS), Set.of(Channel.GRT));
    }

    private String employee() {
        return accounts.token(user("pegawai"), Set.of(Role.PEGAWAI), Set.of());
    }

    private static String gift(String employeeToken, String receivedOn, String giver, long value) {
        Map<String, Object> g = Fixtures.gratification();
        g.put("receivedOn", receivedOn);
        g.put("giver", Map.of("name", giver, "relationship", "REKAN_KERJA"));
        g.put("gift", Map.of("kind", "BARANG", "description", "Bingkisan", "value", value, "currency", "IDR"));
        return json().auth().oauth2(employeeToken).body(g).post("/api/v1/reports/gratifications").then().statusCode(201)
                .extract().path("registrationNumber");
    }

    private static String gratification(String n) {
        return "/api/v1/cases/" + n + "/gratification";
    }

    @Test
    void theExemptionRuleSetIsTheOneInForceOnTheDayTheGiftWasReceived() {
        String officer = upg();
        String employee = employee();
        String before = gift(employee, "2025-12-10", "Budi Rekan", 250_000);
        String after = gift(employee, "2026-02-10", "Citra Rekan", 250_000);

        given().auth().oauth2(officer).get(gratification(before)).then().statusCode(200)
                .body("ruleSet.code", is("PERKPK-2-2019"))
                .body("ruleSet.exemptions.find { it.code == 'PERNIKAHAN_UPACARA' }.limitPerGiver", is(1000000.0f))
                .body("ruleSet.exemptions.find { it.code == 'SESAMA_REKAN' }.limitPerOccasion", is(200000.0f))
                .body("ruleSet.exemptions.code", hasItem("PISAH_SAMBUT_ULANG_TAHUN"))
                // received long before today's report: past the 30-working-day G1 limit, so flagged late at intake
                .body("lateReport", is(true)).body("status", is("DITERIMA_UPG"));
        given().auth().oauth2(officer).get(gratification(after)).then().statusCode(200)
                .body("ruleSet.code", is("PERKPK-1-2026"))
                .body("ruleSet.exemptions.find { it.code == 'PERNIKAHAN_UPACARA' }.limitPerGiver", is(1500000.0f))
                .body("ruleSet.exemptions.find { it.code == 'SESAMA_REKAN' }.limitPerOccasion", is(500000.0f))
                .body("ruleSet.exemptions.find { it.code == 'SESAMA_REKAN' }.limitPerYear", is(1500000.0f))
                .body("ruleSet.exemptions.code", not(hasItem("PISAH_SAMBUT_ULANG_TAHUN")));

        // the farewell/birthday exemption exists for a 2025 gift, not for a 2026 one
        json().auth().oauth2(officer).body(Map.of("code", "PISAH_SAMBUT_ULANG_TAHUN", "reason", "Kado pisah sambut"))
                .post(gratification(before) + "/exemption").then().statusCode(200)
                .body("status", is("TIDAK_WAJIB_LAPOR")).body("exemption.code", is("PISAH_SAMBUT_ULANG_TAHUN"))
                .body("exemption.legalBasis", containsString("huruf n"));
        json().auth().oauth2(officer).body(Map.of("code", "PISAH_SAMBUT_ULANG_TAHUN"))
                .post(gratification(after) + "/exemption").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'code' }.code", is("unknown_option"));
        json().auth().oauth2(officer).body(Map.of("code", "TIDAK_ADA_KODE_INI"))
                .post(gratification(after) + "/exemption").then().statusCode(400)
                .body("errors.find { it.field == 'code' }.code", is("unknown_option"));
        given().auth().oauth2(officer).get(gratification(after)).then().body("status", is("DITERIMA_UPG"));
        // a member who is not the chair may not decide, here as through the generic transitions
        json().auth().oauth2(upgMember()).body(Map.of("code", "SESAMA_REKAN"))
                .post(gratification(after) + "/exemption").then().statusCode(409)
                .body("allowedTransitions", not(hasItem("TIDAK_WAJIB_LAPOR")));
        json().auth().oauth2(officer).body(Map.of("code", "SESAMA_REKAN"))
                .post(gratification(after) + "/exemption").then().statusCode(200).body("status", is("TIDAK_WAJIB_LAPOR"));
        // an exempt report cannot go to the KPK any more
        json().auth().oauth2(officer).body(Map.of("kpkRegistrationNumber", "KPK-1", "forwardedOn", "2026-02-12"))
                .post(gratification(after) + "/kpk-forwarding").then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", is("TIDAK_WAJIB_LAPOR")).body("allowedTransitions", not(hasItem("DITERUSKAN_KE_KPK")));
    }

    @Test
    void theKpkPathEndsWithTheHandOverAndItsSealedProof() throws Exception {
        String officer = upg();
        String n = gift(employee(), "2026-10-01", "PT Rekanan Maju", 2_500_000);
        json().auth().oauth2(officer).body(Map.of("kpkRegistrationNumber", "GOL-2026-001", "forwardedOn", "2026-10-05"))
                .post(gratification(n) + "/kpk-forwarding").then().statusCode(200)
                .body("status", is("DITERUSKAN_KE_KPK")).body("kpk.registrationNumber", is("GOL-2026-001"));
        // deciding before forwarding is not the only refusal: a hand-over before the KPK decided is refused too
        json().auth().oauth2(officer).body(Map.of("custody", "DITITIPKAN_UPG", "receiptNumber", "TT-1",
                "storagePlace", "Lemari UPG", "handedOverOn", "2026-10-06"))
                .post(gratification(n) + "/hand-over").then().statusCode(409)
                .body("currentState", is("DITERUSKAN_KE_KPK")).body("allowedTransitions", contains("DITETAPKAN"));
        json().auth().oauth2(officer).body(Map.of("decisionNumber", "SK-KPK/77/2026", "decisionDate", "2026-10-20",
                "outcome", "BUKAN_HASIL"))
                .post(gratification(n) + "/kpk-decision").then().statusCode(400);
        json().auth().oauth2(officer).body(Map.of("decisionNumber", "SK-KPK/77/2026", "decisionDate", "2026-10-20",
                "outcome", "MILIK_NEGARA"))
                .post(gratification(n) + "/kpk-decision").then().statusCode(200)
                .body("status", is("DITETAPKAN")).body("kpk.outcome", is("MILIK_NEGARA"));
        json().auth().oauth2(officer).body(Map.of("custody", "DISERAHKAN_NEGARA", "handedOverOn", "2026-10-25"))
                .post(gratification(n) + "/hand-over").then().statusCode(400)
                .body("errors.find { it.field == 'proof' }.code", is("required"));
        json().auth().oauth2(officer).body(Map.of("custody", "DISERAHKAN_NEGARA", "handedOverOn", "2026-10-25",
                "proof", Map.of("fileName", "berita-acara.png", "contentBase64", png())))
                .post(gratification(n) + "/hand-over").then().statusCode(200)
                .body("status", is("DISERAHKAN")).body("custody.kind", is("DISERAHKAN_NEGARA"))
                .body("custody.proofAttached", is(true)).body("custody.handedOverOn", is("2026-10-25"));
        // someone outside the UPG does not even learn the case exists
        String stranger = accounts.token(user("adu"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        given().auth().oauth2(stranger).get(gratification(n)).then().statusCode(404);
    }

    @Test
    void thePerGiverYearlySumAddsUpOneGiverWrittenDifferently() {
        String officer = upg();
        String employee = employee();
        String first = gift(employee, "2026-03-02", "H. Ahmad, S.E.", 900_000);
        String second = gift(employee, "2026-06-15", "ahmad", 800_000);
        gift(employee, "2026-06-16", "Siti Lain", 400_000);
        gift(employee, "2025-06-16", "Ahmad", 300_000); // another year
        given().auth().oauth2(officer).get(gratification(second)).then().statusCode(200)
                .body("giverYearlySum.year", is(2026)).body("giverYearlySum.gifts", is(2))
                .body("giverYearlySum.total", is(1700000.0f))
                .body("giverYearlySum.yearlyThreshold", is(1500000.0f))
                .body("giverYearlySum.overThreshold", is(true));
        given().auth().oauth2(officer).get(gratification(first)).then().body("giverYearlySum.gifts", is(2));
        // another recipient's gifts from the same giver are not added
        String other = gift(employee(), "2026-06-20", "Ahmad", 100_000);
        given().auth().oauth2(officer).get(gratification(other)).then().body("giverYearlySum.gifts", is(1))
                .body("giverYearlySum.total", is(100000.0f)).body("giverYearlySum.overThreshold", is(false));
        // the giver's name is never stored in plain text in the ledger
        long plain = QuarkusTransaction.requiringNew().call(() -> ((Number) cases.getEntityManager()
                .createNativeQuery("select count(*) from gift_ledger where position(convert_to('hmad', 'UTF8') in giver_hash) > 0")
                .getSingleResult()).longValue());
        assertEquals(0, plain);
    }

    @Test
    void theSuperiorDecidesADeclarationAndTheSuspendedMarkGoes() {
        String superior = user("atasan");
        String superiorToken = accounts.token(superior, Set.of(Role.PEGAWAI), Set.of());
        String declarant = user("deklaran");
        QuarkusTransaction.requiringNew().run(() -> admin.create(new AccountAdmin.NewAccount(declarant, "Pegawai Deklaran",
                String.format("%018d", 198800000000000000L + System.nanoTime() % 1_000_000_000L), "Unit Uji", "Staf", null, superior, null, EnumSet.of(Role.PEGAWAI), TestAccounts.PASSWORD), null));
        String declarantToken = accounts.token(declarant, Set.of(Role.PEGAWAI), Set.of());
        String n = json().auth().oauth2(declarantToken).body(Fixtures.declaration())
                .post("/api/v1/reports/conflicts-of-interest").then().statusCode(201).extract().path("registrationNumber");
        String path = "/api/v1/cases/" + n + "/conflict-of-interest";

        given().auth().oauth2(superiorToken).get(path).then().statusCode(200)
                .body("status", is("DIAJUKAN")).body("suspendedDecision", is(true)).body("mayDecide", is(true));
        String section = "/petugas/kasus/" + n + "/konflik-kepentingan";
        given().cookie("portal_session", superiorToken).get(section).then().statusCode(200)
                .body(containsString("data-testid=\"suspended-decision\""));
        // an unrelated officer, and the declarant themself, see nothing
        String unrelated = accounts.token(user("lain"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        given().auth().oauth2(unrelated).get(path).then().statusCode(404);
        json().auth().oauth2(unrelated).body(Map.of("analysis", "x", "controlMeasure", "TIDAK_PERLU"))
                .post(path + "/decision").then().statusCode(404);
        given().auth().oauth2(declarantToken).get(path).then().statusCode(404);

        json().auth().oauth2(superiorToken).body(Map.of("analysis", "Adik kandung pemohon.", "controlMeasure", "PENGGANTIAN"))
                .post(path + "/decision").then().statusCode(400)
                .body("errors.find { it.field == 'replacementOfficial' }.code", is("required"));
        json().auth().oauth2(superiorToken).body(Map.of("analysis", "Adik kandung pemohon.", "controlMeasure", "PENGGANTIAN",
                "replacementOfficial", "Kepala Seksi Lain"))
                .post(path + "/decision").then().statusCode(200)
                .body("status", is("DIPUTUSKAN")).body("suspendedDecision", is(false))
                .body("decision.controlMeasure", is("PENGGANTIAN")).body("decision.replacementOfficial", is("Kepala Seksi Lain"));
        json().auth().oauth2(superiorToken).body(Map.of("analysis", "lagi", "controlMeasure", "TIDAK_PERLU"))
                .post(path + "/decision").then().statusCode(409).body("currentState", is("DIPUTUSKAN"));
        given().cookie("portal_session", superiorToken).get(section).then().statusCode(200)
                .body(not(containsString("suspended-decision"))).body(containsString("Penggantian oleh pejabat lain"));
        given().cookie("portal_session", unrelated).get(section).then().statusCode(404);
        json().auth().oauth2(superiorToken).body(Map.of("note", "Berkas dialihkan."))
                .post(path + "/implementation").then().statusCode(200).body("status", is("DILAKSANAKAN"));
        // the analysis is stored encrypted
        long plain = QuarkusTransaction.requiringNew().call(() -> ((Number) cases.getEntityManager()
                .createNativeQuery("select count(*) from conflict_decision where position(convert_to('Adik kandung', 'UTF8') in analysis) > 0")
                .getSingleResult()).longValue());
        assertEquals(0, plain);
    }

    @Test
    void theCoiTeamVerifiesAnAnnualRegister() {
        String team = accounts.token(user("bkp"), Set.of(Role.PETUGAS), Set.of(Channel.BKP));
        Map<String, Object> register = new HashMap<>();
        register.put("kind", "DAFTAR_KEPENTINGAN");
        register.put("declarant", Map.of("employmentType", "PNS"));
        register.put("register", Map.of("year", 2026, "noConflict", true));
        String n = json().auth().oauth2(employee()).body(register).post("/api/v1/reports/conflicts-of-interest").then()
                .statusCode(201).extract().path("registrationNumber");
        json().auth().oauth2(team).post("/api/v1/cases/" + n + "/conflict-of-interest/register-verification").then()
                .statusCode(200).body("status", is("TERVERIFIKASI")).body("suspendedDecision", is(false));
    }

    @Test
    void anOfficerRegistersAComplaintFromLaporAndTheCodeOpensLacak() {
        String officer = accounts.token(user("loket"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        Map<String, Object> body = Fixtures.complaint();
        body.put("medium", "SP4N_LAPOR");
        json().auth().oauth2(officer).body(body).post("/api/v1/cases/registered").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'laporId' }.code", is("required"));
        body.put("laporId", "LAPOR-2026-8812345");
        var created = json().auth().oauth2(officer).body(body).post("/api/v1/cases/registered").then().statusCode(201)
                .body("registrationNumber", startsWith("ADU-")).extract();
        String code = created.path("trackingCode");
        String number = created.path("registrationNumber");
        json().body(Map.of("trackingCode", code)).post("/api/v1/tracking").then().statusCode(200)
                .body("registrationNumber", is(number));
        ReportCase c = QuarkusTransaction.requiringNew().call(() -> cases.findByRegistrationNumber(number).orElseThrow());
        assertEquals("SP4N_LAPOR", c.intakeMedium.name());
        assertEquals("LAPOR-2026-8812345", c.externalReference);
        assertNotNull(c.registeredByAccountId);
        // the web medium is not an officer's; someone outside the complaints team may not register
        body.put("medium", "WEB");
        json().auth().oauth2(officer).body(body).post("/api/v1/cases/registered").then().statusCode(400)
                .body("errors.find { it.field == 'medium' }.code", is("unknown_option"));
        body.put("medium", "LOKET");
        json().auth().oauth2(upg()).body(body).post("/api/v1/cases/registered").then().statusCode(403);
    }

    @Test
    void aComplaintMovedToWbsKeepsItsTrackingCode() {
        String chair = user("ketua.adu");
        String chairToken = accounts.token(chair, Set.of(Role.KETUA_TIM), Set.of());
        LocalDate today = decrees.today();
        QuarkusTransaction.requiringNew().run(() -> decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.COMPLAINTS,
                "SK-UJI/ADU-KETUA/" + chair, today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(chair, TeamRole.CHAIR, null, null))), null));
        String member = accounts.token(user("anggota.adu"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String wbs = accounts.token(user("wbs"), Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        var filed = json().body(Fixtures.complaint()).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        String source = filed.path("registrationNumber");
        String code = filed.path("trackingCode");

        Map<String, Object> move = Map.of("to", "WBS", "mode", "MOVE", "reason", "Dugaan pungutan liar oleh petugas bernama.");
        json().auth().oauth2(member).body(move).post("/api/v1/cases/" + source + "/channel-change").then().statusCode(403);
        json().auth().oauth2(chairToken).body(Map.of("to", "WBS", "mode", "MOVE"))
                .post("/api/v1/cases/" + source + "/channel-change").then().statusCode(400)
                .body("errors.find { it.field == 'reason' }.code", is("required"));
        String target = json().auth().oauth2(chairToken).body(move).post("/api/v1/cases/" + source + "/channel-change")
                .then().statusCode(201).body("channel", is("WBS")).body("status", is("DITERIMA"))
                .body("sourceStatus", is("DITUTUP")).body("registrationNumber", startsWith("WBS-"))
                .extract().path("registrationNumber");

        given().auth().oauth2(wbs).get("/api/v1/cases/" + target).then().statusCode(200)
                .body("content.subject", is("Antrean tidak tertib")).body("hasIdentity", is(true));
        given().auth().oauth2(wbs).get("/api/v1/cases/" + source).then().statusCode(404);
        given().auth().oauth2(member).get("/api/v1/cases/" + source).then().statusCode(200)
                .body("summary.status", is("DITUTUP"));
        given().auth().oauth2(member).get("/api/v1/cases/" + target).then().statusCode(404);
        ReportCase[] both = QuarkusTransaction.requiringNew().call(() -> new ReportCase[] {
                cases.findByRegistrationNumber(source).orElseThrow(), cases.findByRegistrationNumber(target).orElseThrow() });
        assertEquals(both[1].id, both[0].linkedCaseId);
        assertEquals("MOVED_TO", both[0].linkKind);
        assertEquals(both[0].id, both[1].linkedCaseId);
        assertEquals("MOVED", both[1].linkKind);
        assertFalse(both[0].trackingPrimary);

        // the reporter's code now opens the WBS case
        json().body(Map.of("trackingCode", code)).post("/api/v1/tracking").then().statusCode(200)
                .body("registrationNumber", is(target)).body("channel", is("WBS"));
        given().get("/lacak").then().statusCode(200);
        // a closed source cannot change channel again
        json().auth().oauth2(chairToken).body(move).post("/api/v1/cases/" + source + "/channel-change").then()
                .statusCode(409).body("currentState", is("DITUTUP"));
    }

    @Test
    void aCopyKeepsTheSourcePrimaryAndBothOpen() {
        String chair = user("ketua.wbs");
        String chairToken = accounts.token(chair, Set.of(Role.KETUA_TIM), Set.of());
        LocalDate today = decrees.today();
        QuarkusTransaction.requiringNew().run(() -> decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.WBS,
                "SK-UJI/WBS-KETUA/" + chair, today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(chair, TeamRole.CHAIR, null, null))), null));
        var filed = json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201).extract();
        String source = filed.path("registrationNumber");
        String target = json().auth().oauth2(chairToken).body(Map.of("to", "ADU", "mode", "COPY", "reason", "Juga keluhan layanan."))
                .post("/api/v1/cases/" + source + "/channel-change").then().statusCode(201)
                .body("channel", is("ADU")).body("sourceStatus", is("DITERIMA")).extract().path("registrationNumber");
        json().body(Map.of("trackingCode", filed.path("trackingCode"))).post("/api/v1/tracking").then().statusCode(200)
                .body("registrationNumber", is(source));
        ReportCase copy = QuarkusTransaction.requiringNew().call(() -> cases.findByRegistrationNumber(target).orElseThrow());
        assertEquals("COPIED", copy.linkKind);
        assertEquals("ANONIM", copy.identityMode.name());
        long identities = QuarkusTransaction.requiringNew().call(() -> ((Number) cases.getEntityManager()
                .createNativeQuery("select count(*) from reporter_identity where case_id = ?1").setParameter(1, copy.id)
                .getSingleResult()).longValue());
        assertEquals(0, identities, "an anonymous tip gives no identity to its copy");

        // WBS content never reaches a unit (domain.md §6): the complaints chair may not give the copy to a unit
        assertTrue(copy.fromWhistleblowing);
        String aduChair = user("ketua.adu");
        String aduChairToken = accounts.token(aduChair, Set.of(Role.KETUA_TIM), Set.of());
        QuarkusTransaction.requiringNew().run(() -> decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.COMPLAINTS,
                "SK-UJI/ADU-KETUA/" + aduChair, today.minusDays(1), "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(aduChair, TeamRole.CHAIR, null, null))), null));
        json().auth().oauth2(aduChairToken).body(Map.of("to", "TERVERIFIKASI", "reason", "Lengkap"))
                .post("/api/v1/cases/" + target + "/transitions").then().statusCode(200);
        given().auth().oauth2(aduChairToken).get("/api/v1/cases/" + target).then().statusCode(200).body("canAssign", is(true));
        json().auth().oauth2(aduChairToken).body(Map.of("assignee", "DAFDUK", "reason", "Untuk bidang"))
                .post("/api/v1/cases/" + target + "/assignment").then().statusCode(400)
                .body("errors.find { it.field == 'assignee' }.code", is("unit_not_allowed"));
    }

    @Test
    void theCounterPageRegistersAComplaintAndPrintsASlipWithTheCode() {
        String officer = accounts.token(user("loket.hal"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String page = given().cookie("portal_session", officer).get("/petugas/pengaduan-baru").then().statusCode(200)
                .body(containsString("Media pengaduan")).body(containsString(">SP4N-LAPOR!</option>")).extract().asString();
        String token = Fixtures.tokenFrom(page);
        Map<String, String> fields = new HashMap<>(Map.of("_csrf", token, "medium", "SP4N_LAPOR", "classification", "PENGADUAN",
                "subject", "Antrean loket", "description", "Nomor antrean dilewati.", "serviceCode", "KTP_EL",
                "problemTypeCode", "PERILAKU_PETUGAS", "eventDate", "2026-11-02", "eventPlace", "Loket 2",
                "identityMode", "ANONIM"));
        var noId = given().cookie("portal_session", officer).multiPart("_csrf", token);
        fields.forEach((k, v) -> noId.multiPart(k, v));
        noId.post("/petugas/pengaduan-baru").then().statusCode(400)
                .body(containsString("Nomor pelacakan SP4N-LAPOR!")).body(containsString("Wajib diisi"));
        fields.put("laporId", "LAPOR-HAL-1");
        fields.put("_csrf", token);
        var withId = given().cookie("portal_session", officer);
        fields.forEach((k, v) -> withId.multiPart(k, v));
        String slip = withId.post("/petugas/pengaduan-baru").then().statusCode(200).header("Cache-Control", is("no-store"))
                .body(containsString("Slip pengaduan")).extract().asString();
        String code = slip.replaceAll("(?s).*data-testid=\"tracking-code\">([^<]+)<.*", "$1");
        json().body(Map.of("trackingCode", code)).post("/api/v1/tracking").then().statusCode(200)
                .body("registrationNumber", startsWith("ADU-"));
        given().cookie("portal_session", upg()).get("/petugas/pengaduan-baru").then().statusCode(403);
    }

    private static String png() throws Exception {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
