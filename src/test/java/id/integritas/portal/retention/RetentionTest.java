package id.integritas.portal.retention;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditVerifier;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.CaseMoves;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.support.TestClock;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Retention with a shifted clock: cases are filed, worked and closed at real time (so sign-in tokens stay valid), then
 * the job runs "years later" through {@link TestClock}, scoped to the test's own cases so other tests' cases stay.
 */
@QuarkusTest
@Tag("persistence")
class RetentionTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TestClock clock;

    @Inject
    RetentionJob job;

    @Inject
    CaseMoves moves;

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    EntityManager em;

    @Inject
    AuditVerifier verifier;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
    }

    /** A chair of a complaints SK in force from yesterday for a year: {username, token}. */
    private String[] chair(TeamKind kind) {
        String username = unique("ret.chair");
        String token = accounts.token(username, Set.of(Role.PETUGAS, Role.KETUA_TIM), Set.of());
        LocalDate today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(kind, "SK-RET/" + username, today.minusDays(1), "Kepala Dinas (uji)",
                today.minusDays(1), today.plusYears(1), List.of(new DecreeAdmin.MemberRequest(username, TeamRole.CHAIR, null, null))),
                null);
        return new String[] { username, token };
    }

    private static String[] complaintWithAttachment() {
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("attachments", List.of(Map.of("fileName", "bukti-retensi.png", "contentBase64",
                Base64.getEncoder().encodeToString(Fixtures.pngWithText("kamera pelapor retensi")))));
        var r = json().body(body).post("/api/v1/reports/complaints").then().statusCode(201).extract();
        return new String[] { r.path("registrationNumber"), r.path("trackingCode") };
    }

    private long id(String number) {
        return moves.load(number).id;
    }

    private Instant closedAt(long caseId) {
        Object at = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select closed_at from case_retention where case_id = ?1").setParameter(1, caseId).getSingleResult());
        return at instanceof Instant i ? i
                : at instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) at).toInstant();
    }

    private long count(String sql, long caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, caseId)
                .getSingleResult()).longValue());
    }

    private void at(Instant instant) {
        clock.shift(Duration.between(Instant.now(), instant));
    }

    private static Instant plusMonths(Instant i, int months) {
        return i.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    /** A complaint closed SELESAI now, with a reporter message, an officer note and a message to the reporter. */
    private String[] closedComplaint(String chairToken) {
        String[] c = complaintWithAttachment();
        json().body(Map.of("trackingCode", c[1], "message", "Tambahan dari pelapor: loket 2 pukul 08.00"))
                .post("/api/v1/tracking/messages").then().statusCode(200);
        json().auth().oauth2(chairToken).body(Map.of("body", "Catatan internal retensi: cek CCTV"))
                .post("/api/v1/cases/" + c[0] + "/notes").then().statusCode(201);
        moves.move(c[0], "TERVERIFIKASI", "DIDISPOSISI", "DIPROSES", "DITANGGAPI", "SELESAI");
        return c;
    }

    @Test
    void aCaseClosedJustInsideItsPeriodIsKeptJustPastItItsIdentityAndContentAreDestroyedAndItsCountsStay() throws Exception {
        String[] chair = chair(TeamKind.COMPLAINTS);
        String[] a = closedComplaint(chair[1]);
        String[] b = closedComplaint(chair[1]);
        String[] open = complaintWithAttachment();
        moves.move(open[0], "TERVERIFIKASI", "DIDISPOSISI", "DIPROSES");
        long idA = id(a[0]);
        long idB = id(b[0]);
        long idOpen = id(open[0]);
        List<Long> mine = List.of(idA, idB, idOpen);
        assertEquals(1, count("select count(*) from reporter_identity where case_id = ?1", idA), "identity stored");
        assertEquals(1, count("select count(*) from attachment where case_id = ?1", idA), "attachment stored");
        long attachmentA = count("select min(id) from attachment where case_id = ?1", idA);
        assertTrue(count("select count(*) from attachment_chunk k join attachment t on t.id = k.attachment_id where t.case_id = ?1", idA) > 0);
        assertEquals(1, count("select count(*) from case_message where case_id = ?1", idA));
        assertEquals(1, count("select count(*) from case_note where case_id = ?1", idA));
        json().body(Map.of("trackingCode", a[1])).post("/api/v1/tracking").then().statusCode(200);
        Instant closed = closedAt(idA);
        assertNull(QuarkusTransaction.requiringNew().call(() -> em.find(CaseRetention.class, idOpen)), "an open case has no closing time");

        // ADU SELESAI: 24 months by the 2026 defaults. One minute before: kept.
        at(plusMonths(closed, 24).minusSeconds(60));
        RetentionJob.Run before = job.run(mine);
        assertEquals(0, before.destroyed() + before.purged());
        assertEquals(1, count("select count(*) from report_case where id = ?1 and content is not null", idA));

        // Past it (both A and B; two runners racing, as two instances would): each case destroyed exactly once.
        at(plusMonths(closedAt(idB), 24).plusSeconds(60));
        List<RetentionJob.Run> runs = race(mine);
        assertEquals(2, runs.get(0).destroyed() + runs.get(1).destroyed());
        for (long id : List.of(idA, idB)) {
            assertEquals(1, count("select count(*) from audit_log where action = 'RETENTION_DESTROYED' and target_id = ?1", id));
        }
        assertEquals(0, job.run(mine).destroyed(), "a second run finds nothing to do");

        // gone, checked with plain SQL
        assertEquals(1, count("select count(*) from report_case where id = ?1 and content is null", idA));
        assertEquals(0, count("select count(*) from reporter_identity where case_id = ?1", idA));
        assertEquals(0, count("select count(*) from attachment where case_id = ?1", idA));
        assertEquals(0, count("select count(*) from attachment_chunk where attachment_id = ?1", attachmentA), "its stored chunks");
        assertEquals(0, count("select count(*) from case_message where case_id = ?1", idA));
        assertEquals(0, count("select count(*) from case_note where case_id = ?1", idA));
        assertEquals(0, count("select count(*) from case_named_person where case_id = ?1", idA));
        assertEquals(0, count("select count(*) from case_event where case_id = ?1 and reason is not null", idA));
        // what monthly reports count is still there
        Object[] kept = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select channel, status, intake_medium, service_code, problem_type_code, classification, identity_mode,
                       submitted_at is not null and event_date is not null from report_case where id = ?1""")
                .setParameter(1, idA).getSingleResult());
        assertEquals("ADU SELESAI API KTP_EL PERILAKU_PETUGAS PENGADUAN RAHASIA true",
                java.util.Arrays.stream(kept).map(String::valueOf).collect(java.util.stream.Collectors.joining(" ")));
        assertTrue(count("select count(*) from case_event where case_id = ?1", idA) >= 6, "the history's steps and dates");
        assertTrue(count("select count(*) from case_deadline where case_id = ?1", idA) > 0, "the clocks");
        // the tracking code no longer opens it
        clock.reset();
        json().body(Map.of("trackingCode", a[1])).post("/api/v1/tracking").then().statusCode(404);
        // the audit entry says what went, never the content
        String reason = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select reason from audit_log where action = 'RETENTION_DESTROYED' and target_id = ?1").setParameter(1, idA)
                .getSingleResult());
        assertTrue(reason.contains("reporter_identity=1") && reason.contains("attachment=1") && reason.contains("case_message=1")
                && reason.contains("case_note=1") && reason.contains("report_case.content=1"), reason);
        assertFalse(reason.contains("Rina") || reason.contains("loket") || reason.contains("CCTV"), reason);
        // the case page still opens, saying so; a destroyed case cannot be reopened
        given().cookie("portal_session", chair[1]).get("/petugas/kasus/" + a[0]).then().statusCode(200)
                .body(containsString("content-destroyed"));
        assertThrows(RuntimeException.class, () -> moves.move(a[0], "DIPROSES"));
        // the open case was never touched, however late
        at(plusMonths(closed, 1200));
        job.run(mine);
        assertEquals(1, count("select count(*) from report_case where id = ?1 and content is not null", idOpen));
        assertEquals(1, count("select count(*) from reporter_identity where case_id = ?1", idOpen));
        clock.reset();
        assertTrue(verifier.verify().intact(), "the audit chain still verifies");
    }

    private List<RetentionJob.Run> race(List<Long> only) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RetentionJob.Run>> fs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                fs.add(pool.submit(() -> {
                    go.await();
                    return job.run(only);
                }));
            }
            go.countDown();
            return List.of(fs.get(0).get(120, TimeUnit.SECONDS), fs.get(1).get(120, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anArchivedComplaintIsPurgedEntirelyAndTheAuditChainStillVerifies() {
        String[] chair = chair(TeamKind.COMPLAINTS);
        String[] c = complaintWithAttachment();
        json().auth().oauth2(chair[1]).body(Map.of("body", "Catatan sebelum diarsipkan")).post("/api/v1/cases/" + c[0] + "/notes")
                .then().statusCode(201);
        moves.move(c[0], "DIARSIPKAN");
        long id = id(c[0]);
        Instant closed = closedAt(id);
        at(plusMonths(closed, 12).minusSeconds(60));
        assertEquals(0, job.run(List.of(id)).purged());
        at(plusMonths(closed, 12).plusSeconds(60));
        assertEquals(1, job.run(List.of(id)).purged());
        for (String table : List.of("report_case where id", "case_event where case_id", "attachment where case_id",
                "case_note where case_id", "reporter_identity where case_id", "case_deadline where case_id",
                "case_retention where case_id")) {
            assertEquals(0, count("select count(*) from " + table + " = ?1", id), table);
        }
        String reason = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select reason from audit_log where action = 'RETENTION_PURGED' and target_id = ?1").setParameter(1, id)
                .getSingleResult());
        assertTrue(reason.startsWith(c[0]) && reason.contains("report_case=1"), reason);
        assertTrue(count("select count(*) from audit_log where target_type = 'CASE' and target_id = ?1", id) >= 2,
                "the case's earlier audit entries stay");
        clock.reset();
        assertTrue(verifier.verify().intact(), "the audit chain still verifies");
    }

    @Test
    void aHeldCaseIsKeptAndLiftingTheHoldLetsTheNextRunDestroyIt() {
        String[] chair = chair(TeamKind.COMPLAINTS);
        String member = accounts.token(unique("ret.member"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String otherChair = chair(TeamKind.WBS)[1];
        String admin = accounts.token(unique("ret.admin"), Set.of(Role.ADMIN), Set.of());
        String[] c = closedComplaint(chair[1]);
        long id = id(c[0]);
        String hold = "/api/v1/cases/" + c[0] + "/legal-hold";

        json().auth().oauth2(member).get(hold).then().statusCode(200).body("held", is(false)).body("canChange", is(false));
        json().auth().oauth2(member).body(Map.of("reason", "Saya ingin menahan")).post(hold).then().statusCode(403);
        json().auth().oauth2(otherChair).body(Map.of("reason", "Tim lain")).post(hold).then().statusCode(404);
        json().auth().oauth2(chair[1]).body(Map.of("reason", " ")).post(hold).then().statusCode(400)
                .body("errors[0].field", is("reason"));
        json().auth().oauth2(chair[1]).body(Map.of("reason", "Gugatan PTUN nomor 12/G/2026 masih berjalan")).post(hold).then()
                .statusCode(200).body("held", is(true)).body("reason", is("Gugatan PTUN nomor 12/G/2026 masih berjalan"));
        json().auth().oauth2(chair[1]).body(Map.of("reason", "Lagi")).post(hold).then().statusCode(409);
        json().auth().oauth2(admin).get(hold).then().statusCode(200).body("held", is(true)).body("canChange", is(true));
        String adminPage = given().cookie("portal_session", admin).get("/admin/retensi").then().statusCode(200).extract().asString();
        assertTrue(adminPage.contains(c[0]) && adminPage.contains("Gugatan PTUN nomor 12/G/2026") && adminPage.contains("data-testid=\"in-force\"")
                && adminPage.contains("href=\"/admin/retensi\""), "the read-only page lists the hold and the rules in force");
        given().redirects().follow(false).cookie("portal_session", member).get("/admin/retensi").then().statusCode(403);

        Instant closed = closedAt(id);
        at(plusMonths(closed, 25));
        assertEquals(0, job.run(List.of(id)).destroyed(), "held: kept past its period");
        assertEquals(1, count("select count(*) from reporter_identity where case_id = ?1", id));
        clock.reset();

        json().auth().oauth2(member).body(Map.of("reason", "Selesai")).post(hold + "/lift").then().statusCode(403);
        json().auth().oauth2(admin).body(Map.of("reason", "Putusan PTUN berkekuatan hukum tetap")).post(hold + "/lift").then()
                .statusCode(200).body("held", is(false));
        json().auth().oauth2(admin).body(Map.of("reason", "Lagi")).post(hold + "/lift").then().statusCode(409);
        assertEquals(1, count("select count(*) from audit_log where action = 'LEGAL_HOLD_PLACED' and target_id = ?1", id));
        assertEquals(1, count("select count(*) from audit_log where action = 'LEGAL_HOLD_LIFTED' and target_id = ?1", id));

        at(plusMonths(closed, 25));
        assertEquals(1, job.run(List.of(id)).destroyed(), "the next run destroys it");
        assertEquals(0, count("select count(*) from reporter_identity where case_id = ?1", id));
        clock.reset();
        json().auth().oauth2(chair[1]).get(hold).then().statusCode(200).body("contentDestroyedAt", notNullValue());
    }

    @Test
    void theHoldControlOnTheOfficerCasePageIsTheChairs() {
        String[] chair = chair(TeamKind.COMPLAINTS);
        String member = accounts.token(unique("ret.pmember"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String n = complaintWithAttachment()[0];
        String html = given().cookie("portal_session", chair[1]).get("/petugas/kasus/" + n).then().statusCode(200).extract().asString();
        assertTrue(html.contains("/penangguhan\"") && html.contains("Tangguhkan pemusnahan"), "the chair's form");
        String memberHtml = given().cookie("portal_session", member).get("/petugas/kasus/" + n).then().statusCode(200).extract().asString();
        assertTrue(memberHtml.contains("Tidak ada penangguhan"), "the member sees the standing");
        assertFalse(memberHtml.contains("/penangguhan\""), "but no form");
        String csrf = Fixtures.tokenFrom(html);
        String bad = given().cookie("portal_session", chair[1]).formParam("_csrf", csrf).formParam("holdReason", "")
                .post("/petugas/kasus/" + n + "/penangguhan").then().statusCode(400).extract().asString();
        assertTrue(bad.contains("Wajib diisi."), bad);
        given().redirects().follow(false).cookie("portal_session", chair[1]).formParam("_csrf", csrf)
                .formParam("holdReason", "Diminta Inspektorat untuk pemeriksaan").post("/petugas/kasus/" + n + "/penangguhan").then()
                .statusCode(303);
        String after = given().cookie("portal_session", chair[1]).get("/petugas/kasus/" + n).then().statusCode(200).extract().asString();
        assertTrue(after.contains("Pemusnahan ditangguhkan sejak") && after.contains("Diminta Inspektorat untuk pemeriksaan"));
        assertTrue(after.contains("/penangguhan/cabut\""), "now the form lifts it");
        given().redirects().follow(false).cookie("portal_session", member).formParam("_csrf", Fixtures.tokenFrom(memberHtml))
                .formParam("holdReason", "Cabut").post("/petugas/kasus/" + n + "/penangguhan/cabut").then().statusCode(403);
        given().redirects().follow(false).cookie("portal_session", chair[1]).formParam("_csrf", csrf)
                .formParam("holdReason", "Pemeriksaan selesai").post("/petugas/kasus/" + n + "/penangguhan/cabut").then().statusCode(303);
        assertTrue(given().cookie("portal_session", chair[1]).get("/petugas/kasus/" + n).then().extract().asString()
                .contains("Tidak ada penangguhan"));
    }

    @Test
    void aRuleSetWithALaterEffectiveDateAppliesOnlyFromThatDate() {
        String admin = accounts.token(unique("ret.radmin"), Set.of(Role.ADMIN), Set.of());
        String officer = accounts.token(unique("ret.rofficer"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        given().auth().oauth2(admin).get("/api/v1/admin/retention/rule-sets").then().statusCode(200)
                .body("find { it.inForce }.effectiveFrom", is("2026-01-01"))
                .body("find { it.inForce }.rules.find { it.channel == 'WBS' && it.outcome == 'SELESAI' }.periodMonths", is(60));
        given().auth().oauth2(officer).get("/api/v1/admin/retention/rule-sets").then().statusCode(403);

        LocalDate today = decrees.today();
        LocalDate from = today.plusYears(4).plusDays(SEQ.incrementAndGet());
        Map<String, Object> rule = Map.of("channel", "WBS", "outcome", "SELESAI", "periodMonths", 12, "action", "DESTROY_CONTENT");
        json().auth().oauth2(admin).body(Map.of("name", "Retensi uji", "effectiveFrom", today.toString(), "rules", List.of(rule)))
                .post("/api/v1/admin/retention/rule-sets").then().statusCode(400).body("errors.field", hasItem("effectiveFrom"));
        json().auth().oauth2(admin).body(Map.of("name", "Retensi uji", "effectiveFrom", from.toString(), "rules",
                List.of(Map.of("channel", "WBS", "outcome", "TELAAH", "periodMonths", 12, "action", "PURGE"),
                        Map.of("channel", "WBS", "outcome", "SELESAI", "periodMonths", 0, "action", "BURN"),
                        Map.of("channel", "WBS", "outcome", "DITUTUP", "periodMonths", 61, "action", "PURGE"))))
                .post("/api/v1/admin/retention/rule-sets").then().statusCode(400)
                .body("errors.field", hasItems("rules[0].outcome", "rules[1].periodMonths", "rules[1].action", "rules[2].periodMonths"));
        json().auth().oauth2(admin).body(Map.of("name", "Retensi uji", "effectiveFrom", from.toString(), "rules", List.of(rule)))
                .post("/api/v1/admin/retention/rule-sets").then().statusCode(201).body("rules[0].periodMonths", is(12));
        json().auth().oauth2(admin).body(Map.of("name", "Lagi", "effectiveFrom", from.toString(), "rules", List.of(rule)))
                .post("/api/v1/admin/retention/rule-sets").then().statusCode(400).body("errors.field", hasItem("effectiveFrom"));

        String tip = json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201).extract()
                .path("registrationNumber");
        moves.move(tip, "VERIFIKASI", "TELAAH", "TINDAK_LANJUT", "SELESAI");
        long id = id(tip);
        at(from.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
        assertEquals(0, job.run(List.of(id)).destroyed(), "the day before: 60 months, not yet");
        at(from.atTime(12, 0).toInstant(ZoneOffset.UTC));
        RetentionJob.Run run = job.run(List.of(id));
        assertEquals(1, run.destroyed(), "from its date: 12 months, past");
        assertEquals(1, count("select count(*) from report_case where id = ?1 and content is null", id));
        clock.reset();
        given().auth().oauth2(admin).post("/api/v1/admin/retention/runs").then().statusCode(200).body("asOf", is(today.toString()));
        assertTrue(count("select count(*) from audit_log where action = 'RETENTION_RULES_ADDED' and ?1 > 0", 1) >= 1);
    }

    /** Every foreign key to a case, its messages or attachments is one the purger handles, so a purge never fails on one. */
    @Test
    void thePurgerKnowsEveryTableThatReferencesACase() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select cl.relname, a.attname from pg_constraint k
                join pg_class cl on cl.oid = k.conrelid
                join pg_class ref on ref.oid = k.confrelid
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
                where k.contype = 'f' and ref.relname in ('report_case', 'case_message', 'attachment')""").getResultList());
        Set<String> found = new TreeSet<>();
        rows.forEach(r -> found.add(r[0] + "." + r[1]));
        assertFalse(found.isEmpty());
        assertEquals(new TreeSet<>(RetentionPurger.CASE_TABLES), found);
    }
}
