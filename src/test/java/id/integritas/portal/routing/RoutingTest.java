package id.integritas.portal.routing;

import static id.integritas.portal.routing.RoutingSupport.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.support.TestClock;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Routing on intake (issue 7 §2): a handler named in a report never sees it, a chair can correct a false match,
 * reports naming the head of office or a WBS team member take the escalation route, complaints get their handling
 * unit from the map in force on the day, and declarations recuse their declarants.
 */
@QuarkusTest
@Tag("persistence")
class RoutingTest {

    private static final String COMPLAINTS = "/api/v1/reports/complaints";
    private static final String TIPS = "/api/v1/reports/whistleblowing";
    private static final String CONFLICTS = "/api/v1/reports/conflicts-of-interest";

    @Inject
    RoutingSupport support;

    @Inject
    TestAccounts accounts;

    @Inject
    RoutingAdmin tables;

    @Inject
    TestClock clock;

    @Inject
    id.integritas.portal.account.NameHashBackfill backfill;

    @Inject
    jakarta.persistence.EntityManager em;

    private static Map<String, Object> complaintNaming(String reportedPerson) {
        Map<String, Object> m = Fixtures.complaint();
        m.put("reportedPerson", reportedPerson);
        return m;
    }

    private static Map<String, Object> tipNaming(String name, String unit) {
        Map<String, Object> m = Fixtures.tip();
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("position", "Staf");
        person.put("unit", unit);
        m.put("persons", List.of(person));
        return m;
    }

    private static Map<String, Object> declarationAbout(String relatedParty) {
        Map<String, Object> m = Fixtures.declaration();
        m.put("declaration", Map.of("type", "AKTUAL", "source", "KELUARGA", "situation", "Berkas keluarga saya ditugaskan ke saya.",
                "relatedParty", relatedParty, "affectedDecision", "Berkas 12/2026", "dateKnown", "2026-11-01"));
        return m;
    }

    @Test
    void aTeamMemberNamedWithTitlesAndOddSpacingNeverSeesTheComplaintAndTheChairCanClearIt() {
        String budi = username("budi");
        String other = username("rekan");
        String chair = username("ketua");
        String budiToken = support.officer(budi, "Budi Santoso");
        String otherToken = support.officer(other, "Rina Marpaung");
        String chairToken = support.account(chair, "Ketua Tim Pengaduan", nip(), null, Set.of(Role.KETUA_TIM));
        support.team(TeamKind.COMPLAINTS, Map.of(other, TeamRole.MEMBER, chair, TeamRole.CHAIR));
        String plain = file(Fixtures.complaint(), COMPLAINTS);
        String named = file(complaintNaming("Drs. BUDI  santoso, M.Si"), COMPLAINTS);
        // Budi joins the team after intake (a member named at intake would send the case to the escalation route)
        support.team(TeamKind.COMPLAINTS, Map.of(budi, TeamRole.MEMBER));

        // the positive first: the same member sees a complaint that does not name him; a colleague sees both
        sees(budiToken, plain);
        sees(otherToken, named);
        neverSees(budiToken, named);
        given().auth().oauth2(budiToken).get("/api/v1/cases/" + named + "/messages").then().statusCode(404);

        // routed to the team (nobody named was on it at intake); Budi, appointed later, is recused by the name match
        assertEquals("TEAM", support.column(named, "route"));
        assertEquals("DAFDUK", support.column(named, "handling_unit_code"));
        List<Object[]> log = support.routingLog(named);
        assertEquals(1, log.size());
        String reason = (String) log.get(0)[1];
        assertTrue(reason.contains("COMPLAINTS") && reason.contains("DAFDUK") && reason.contains("1 akun cocok"), reason);
        assertFalse(reason.toLowerCase().contains("budi") || reason.contains("Antrean"), "no report content in the log");

        // the chair sees the match; an ordinary member may not decide
        given().auth().oauth2(chairToken).get("/api/v1/cases/" + named + "/recusals").then().statusCode(200)
                .body("items.username", hasItem(budi))
                .body("items.find { it.username == '" + budi + "' }.basis", is("NAME"))
                .body("items.find { it.username == '" + budi + "' }.displayName", is("Budi Santoso"))
                .body("items.find { it.username == '" + budi + "' }.confirmed", is(false));
        given().auth().oauth2(otherToken).get("/api/v1/cases/" + named + "/recusals").then().statusCode(403);
        Fixtures.json().auth().oauth2(otherToken).body(Map.of("username", budi, "decision", "CLEARED", "reason", "x"))
                .post("/api/v1/cases/" + named + "/recusals").then().statusCode(403);
        // the named member cannot even learn that the case exists
        given().auth().oauth2(budiToken).get("/api/v1/cases/" + named + "/recusals").then().statusCode(404);

        // a reason is required; a wrong decision is named
        Fixtures.json().auth().oauth2(chairToken).body(Map.of("username", budi, "decision", "MAYBE", "reason", " "))
                .post("/api/v1/cases/" + named + "/recusals").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("decision", "reason"));
        neverSees(budiToken, named);

        Fixtures.json().auth().oauth2(chairToken).body(Map.of("username", budi, "decision", "CLEARED",
                "reason", "Budi Santoso yang dilaporkan adalah petugas loket swasta, bukan anggota tim."))
                .post("/api/v1/cases/" + named + "/recusals").then().statusCode(200)
                .body("items.find { it.username == '" + budi + "' }.decision", is("CLEARED"))
                .body("items.find { it.username == '" + budi + "' }.decidedBy", is(chair));
        sees(budiToken, named);
        List<Object[]> rows = support.recusals(named);
        assertEquals(1, rows.size());
        assertEquals("CLEARED", rows.get(0)[1]);
        assertEquals("NAME", rows.get(0)[2]);
        assertTrue(((String) rows.get(0)[3]).contains("bukan anggota tim"));
        List<Object[]> after = support.routingLog(named);
        assertEquals(2, after.size());
        assertNotNull(after.get(1)[2], "the override names its actor");
        assertTrue(((String) after.get(1)[1]).contains("bukan anggota tim"));

        // the chair may also confirm: recused again
        Fixtures.json().auth().oauth2(chairToken).body(Map.of("username", budi, "decision", "RECUSED",
                "reason", "Ternyata memang yang bersangkutan.")).post("/api/v1/cases/" + named + "/recusals").then()
                .statusCode(200);
        neverSees(budiToken, named);
    }

    @Test
    void aMemberWhoseNipIsInTheReportNeverSeesIt() {
        String owner = username("nip");
        String other = username("nip.rekan");
        String nip = nip();
        String ownerToken = support.account(owner, "Andi Sitorus", nip, null, Set.of(Role.PETUGAS));
        String otherToken = support.officer(other, "Maya Sembiring");
        support.team(TeamKind.COMPLAINTS, Map.of(other, TeamRole.MEMBER));
        String spaced = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " " + nip.substring(15);
        String plain = file(complaintNaming("petugas loket 3"), COMPLAINTS);
        String named = file(complaintNaming("petugas dengan NIP " + spaced), COMPLAINTS);
        support.team(TeamKind.COMPLAINTS, Map.of(owner, TeamRole.MEMBER)); // appointed after intake

        sees(ownerToken, plain);
        sees(otherToken, named);
        neverSees(ownerToken, named);
    }

    @Test
    void aTipNamingTheHeadOfOfficeOrAWbsMemberGoesToTheEscalationRouteAndNeverToTheTeam() {
        String head = username("kadis");
        String w1 = username("wbs.satu");
        String w2 = username("wbs.dua");
        String insp = username("inspektorat");
        support.account(head, "Hendra Wijaya Kusuma", nip(), null, Set.of(Role.PIMPINAN));
        String w1Token = support.officer(w1, "Dedi Ginting Manik");
        String w2Token = support.officer(w2, "Lestari Panjaitan");
        String inspToken = support.account(insp, "Auditor Inspektorat", nip(), null, Set.of(Role.INSPEKTORAT, Role.PETUGAS));
        support.team(TeamKind.WBS, Map.of(w1, TeamRole.MEMBER, w2, TeamRole.CHAIR));

        String plain = file(tipNaming("Inisial AB", "Bidang Dafduk"), TIPS);
        String aboutHead = file(tipNaming("Bapak Dr. Hendra Wijaya Kusuma, M.Si", "Kepala Dinas"), TIPS);
        String aboutMember = file(tipNaming("Sdr. dedi GINTING manik", "Loket"), TIPS);

        // the positive first: the WBS team sees an ordinary tip, the Inspektorat does not
        sees(w1Token, plain);
        sees(w2Token, plain);
        given().auth().oauth2(inspToken).get("/api/v1/cases/" + plain).then().statusCode(404);

        for (String escalated : List.of(aboutHead, aboutMember)) {
            assertEquals("ESCALATION", support.column(escalated, "route"));
            assertNotNull(support.column(escalated, "escalation_route_id"));
            sees(inspToken, escalated);
            neverSees(w1Token, escalated);
            neverSees(w2Token, escalated);
            // not even its recusal list: the team's chair cannot see it at all
            given().auth().oauth2(w2Token).get("/api/v1/cases/" + escalated + "/recusals").then().statusCode(404);
        }
        assertTrue(((String) support.routingLog(aboutHead).get(0)[1]).contains("kepala kantor"));
        assertTrue(((String) support.routingLog(aboutMember).get(0)[1]).contains("anggota tim WBS"));
        assertTrue(((String) support.routingLog(aboutMember).get(0)[1]).contains("INSPEKTORAT"));
        assertEquals("TEAM", support.column(plain, "route"));

        // the same on complaints: a complaint naming a member of the complaints team in force goes to the Inspektorat
        String c1 = username("adu.satu");
        String c1Token = support.officer(c1, "Yohana Siregar Pane");
        support.team(TeamKind.COMPLAINTS, Map.of(c1, TeamRole.MEMBER));
        String complaintAboutMember = file(complaintNaming("Ibu Yohana Siregar Pane, S.Sos"), COMPLAINTS);
        assertEquals("ESCALATION", support.column(complaintAboutMember, "route"));
        sees(inspToken, complaintAboutMember);
        neverSees(c1Token, complaintAboutMember);
    }

    @Test
    void theServiceUnitMapAppliesByTheSubmissionDay() {
        String admin = accounts.token("routing.admin", Set.of(Role.ADMIN), Set.of());
        long n = System.nanoTime() % 1_000_000;
        String service = "RUTE_" + n;
        LocalDate today = tables.today();
        Fixtures.json().auth().oauth2(admin).body(Map.of("labelId", "Layanan uji rute", "labelEn", "Routing test service",
                "sortOrder", 998, "active", true)).put("/api/v1/admin/reference-lists/SERVICE/options/" + service).then()
                .statusCode(200);
        Map<String, Object> complaint = Fixtures.complaint();
        complaint.put("serviceCode", service);

        String unmapped = file(complaint, COMPLAINTS);
        assertNull(support.column(unmapped, "handling_unit_code"));
        assertTrue(((String) support.routingLog(unmapped).get(0)[1]).contains("belum dipetakan"));

        Fixtures.json().auth().oauth2(admin).body(Map.of("serviceCode", service, "unitCode", "CAPIL", "effectiveFrom",
                today.toString())).post("/api/v1/admin/service-units").then().statusCode(201)
                .body("unitCode", is("CAPIL")).body("inForce", is(true));
        Fixtures.json().auth().oauth2(admin).body(Map.of("serviceCode", service, "unitCode", "PIAK", "effectiveFrom",
                today.plusDays(2).toString())).post("/api/v1/admin/service-units").then().statusCode(201)
                .body("inForce", is(false));
        given().auth().oauth2(admin).queryParam("serviceCode", service).get("/api/v1/admin/service-units").then()
                .statusCode(200).body("total", is(2)).body("items.unitCode", contains("PIAK", "CAPIL"));

        String first = file(complaint, COMPLAINTS);
        assertEquals("CAPIL", support.column(first, "handling_unit_code"));
        try {
            clock.shift(Duration.ofDays(2));
            String later = file(complaint, COMPLAINTS);
            assertEquals("PIAK", support.column(later, "handling_unit_code"));
        } finally {
            clock.reset();
        }
        // older complaints keep the unit of their own day
        assertEquals("CAPIL", support.column(first, "handling_unit_code"));

        // validation: a past date, an unknown unit and service, all named
        Fixtures.json().auth().oauth2(admin).body(Map.of("serviceCode", "TIDAK_ADA_" + n, "unitCode", "GUDANG",
                "effectiveFrom", today.minusDays(1).toString())).post("/api/v1/admin/service-units").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("serviceCode", "unitCode", "effectiveFrom"));
        Fixtures.json().auth().oauth2(admin).body(Map.of("serviceCode", service, "unitCode", "CAPIL", "effectiveFrom",
                today.toString())).post("/api/v1/admin/service-units").then().statusCode(400)
                .body("errors.find { it.field == 'effectiveFrom' }.code", is("taken"));
        String officer = accounts.token("routing.officer", Set.of(Role.PETUGAS), Set.of());
        given().auth().oauth2(officer).get("/api/v1/admin/service-units").then().statusCode(403);
    }

    @Test
    void escalationRoutesAreEffectiveDatedAndValidated() {
        String admin = accounts.token("routing.admin", Set.of(Role.ADMIN), Set.of());
        LocalDate future = tables.today().plusYears(50).plusDays(System.nanoTime() % 300);
        given().auth().oauth2(admin).get("/api/v1/admin/escalation-routes").then().statusCode(200)
                .body("items.find { it.code == 'INSPEKTORAT' }.inForce", is(true));
        Fixtures.json().auth().oauth2(admin).body(Map.of("code", "OMBUDSMAN", "name", "Ombudsman RI Perwakilan Sumut",
                "role", "INSPEKTORAT", "effectiveFrom", future.toString())).post("/api/v1/admin/escalation-routes").then()
                .statusCode(201).body("code", is("OMBUDSMAN")).body("inForce", is(false));
        assertEquals("OMBUDSMAN", tables.escalationRouteOn(future).orElseThrow().code);
        assertEquals("INSPEKTORAT", tables.escalationRouteOn(tables.today()).orElseThrow().code);

        Map<String, Object> bad = new HashMap<>();
        bad.put("code", "bukan kode");
        bad.put("name", "");
        bad.put("role", "RAJA");
        bad.put("effectiveFrom", tables.today().minusDays(3).toString());
        Fixtures.json().auth().oauth2(admin).body(bad).post("/api/v1/admin/escalation-routes").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("code", "name", "role", "effectiveFrom"));
        Fixtures.json().auth().oauth2(admin).body(Map.of("code", "LAIN", "name", "Lain", "role", "INSPEKTORAT",
                "effectiveFrom", future.toString())).post("/api/v1/admin/escalation-routes").then().statusCode(400)
                .body("errors.find { it.field == 'effectiveFrom' }.code", is("taken"));
    }

    @Test
    void aDeclaredRelatedPartyRecusesTheDeclarantFromLaterAndEarlierCasesNamingIt() {
        String declarant = username("deklaran");
        String colleague = username("deklaran.rekan");
        String declarantToken = support.account(declarant, "Yusuf Harahap", nip(), null, Set.of(Role.PEGAWAI, Role.PETUGAS));
        String colleagueToken = support.officer(colleague, "Wati Simanjuntak");
        support.team(TeamKind.COMPLAINTS, Map.of(declarant, TeamRole.MEMBER, colleague, TeamRole.MEMBER));

        // a complaint filed before the declaration: the declarant sees it until he declares the party
        String earlier = file(complaintNaming("Ibu Siti Aminah Lubis, petugas arsip"), COMPLAINTS);
        sees(declarantToken, earlier);
        file(declarantToken, declarationAbout("Sdr. Rahmat Hidayat Pohan (adik ipar); Siti Aminah Lubis"), CONFLICTS);
        neverSees(declarantToken, earlier);
        sees(colleagueToken, earlier);
        assertTrue(support.recusals(earlier).stream().anyMatch(r -> declarant.equals(r[0]) && "DECLARATION".equals(r[2])));
        assertTrue(support.routingLog(earlier).stream().anyMatch(r -> ((String) r[1]).contains("deklarasi")));

        // a later complaint naming the other declared party
        String plain = file(complaintNaming("petugas loket 5"), COMPLAINTS);
        String later = file(complaintNaming("Rahmat Hidayat Pohan, calo di depan kantor"), COMPLAINTS);
        sees(declarantToken, plain);
        sees(colleagueToken, later);
        neverSees(declarantToken, later);
        List<Object[]> rows = support.recusals(later);
        assertEquals(1, rows.size());
        assertEquals(declarant, rows.get(0)[0]);
        assertEquals("RECUSED", rows.get(0)[1]);
        assertEquals("DECLARATION", rows.get(0)[2]);
        assertTrue(((String) support.routingLog(later).get(0)[1]).contains("deklarasi"));
    }

    @Test
    void aConflictDeclarationGoesToTheDeclarantsSuperiorAndTheConflictTeamOnly() {
        String superior = username("atasan");
        String employee = username("pegawai");
        String coi = username("tim.bkp");
        String unrelated = username("lain");
        String superiorToken = support.account(superior, "Atasan Langsung", nip(), null, Set.of(Role.PETUGAS));
        String employeeToken = support.account(employee, "Pegawai Pelapor", nip(), superior, Set.of(Role.PEGAWAI));
        String coiToken = support.officer(coi, "Anggota Tim Benturan");
        String unrelatedToken = support.officer(unrelated, "Petugas Pengaduan Lain");
        support.team(TeamKind.CONFLICT_OF_INTEREST, Map.of(coi, TeamRole.MEMBER));
        support.team(TeamKind.COMPLAINTS, Map.of(unrelated, TeamRole.MEMBER));

        String declaration = file(employeeToken, declarationAbout("CV Sumber Rejeki"), CONFLICTS);
        sees(superiorToken, declaration);
        sees(coiToken, declaration);
        neverSees(unrelatedToken, declaration);
        assertEquals("TEAM", support.column(declaration, "route"));
    }

    @Test
    void accountsWithoutHashesGetThemBackAtStartUpAndAreMatchedAgain() {
        String member = username("lama");
        String other = username("lama.rekan");
        String memberToken = support.officer(member, "Fauzi Nasution Lama");
        String otherToken = support.officer(other, "Rekan Fauzi");
        support.team(TeamKind.COMPLAINTS, Map.of(member, TeamRole.MEMBER, other, TeamRole.MEMBER));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update account set name_hash = null, nip_hash = null where username = :u").setParameter("u", member)
                .executeUpdate());
        String named = file(complaintNaming("Fauzi Nasution Lama"), COMPLAINTS);
        sees(otherToken, named);
        sees(memberToken, named); // no hash yet: no match (this is what the backfill repairs)
        backfill.fill();
        backfill.fill(); // idempotent
        neverSees(memberToken, named);
    }
}
