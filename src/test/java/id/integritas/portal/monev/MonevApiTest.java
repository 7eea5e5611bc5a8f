package id.integritas.portal.monev;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Monev records: kept by the channel's team in force, read by the head of office, refused to everyone else. */
@QuarkusTest
@Tag("persistence")
class MonevApiTest {

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    private static Map<String, Object> meeting(String channel, String heldOn, boolean periodic, List<Map<String, Object>> recs) {
        Map<String, Object> m = new HashMap<>();
        m.put("channel", channel);
        m.put("heldOn", heldOn);
        m.put("periodic", periodic);
        m.put("title", "Rapat evaluasi " + channel);
        m.put("findings", "Tiga pengaduan terlambat diverifikasi.");
        m.put("participants", List.of(Map.of("username", "monev.adu"), Map.of("guestName", "Ibu Sari", "guestRole", "Inspektorat")));
        m.put("recommendations", recs);
        return m;
    }

    private static Map<String, Object> rec(String owner, String due) {
        return Map.of("text", "Percepat verifikasi", "ownerUsername", owner, "dueOn", due);
    }

    private long auditCount(String action, String targetType, long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_log where action = ?1 and target_type = ?2 and target_id = ?3")
                .setParameter(1, action).setParameter(2, targetType).setParameter(3, id).getSingleResult()).longValue());
    }

    @Test
    void theTeamKeepsItsRecordsAndOthersAreRefused() {
        String adu = accounts.token("monev.adu", Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        String wbs = accounts.token("monev.wbs", Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        String head = accounts.token("monev.kadis", Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        accounts.token("monev.owner", Set.of(Role.PEGAWAI), Set.of());

        int id = json().auth().oauth2(adu).body(meeting("ADU", "2026-10-05", true, List.of(rec("monev.owner", "2026-12-31"))))
                .post("/api/v1/monev/meetings").then().statusCode(201).body("channel", is("ADU"))
                .body("participants.username", hasItem("monev.adu")).body("participants.guestName", hasItem("Ibu Sari"))
                .body("recommendations[0].ownerUsername", is("monev.owner"))
                .body("recommendations[0].status", is("BELUM")).extract().path("id");
        assertEquals(1, auditCount("MONEV_MEETING_CREATED", "monev_meeting", id));

        given().auth().oauth2(adu).get("/api/v1/monev/meetings/" + id).then().statusCode(200).body("title", is("Rapat evaluasi ADU"));
        given().auth().oauth2(head).get("/api/v1/monev/meetings/" + id).then().statusCode(200);
        // another team's officer: neither reads nor writes the complaints team's records
        given().auth().oauth2(wbs).get("/api/v1/monev/meetings/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        json().auth().oauth2(wbs).body(meeting("ADU", "2026-10-06", false, List.of())).post("/api/v1/monev/meetings").then()
                .statusCode(403);
        given().auth().oauth2(wbs).queryParam("channel", "ADU").get("/api/v1/monev/meetings").then().statusCode(403);
        given().auth().oauth2(wbs).get("/api/v1/monev/meetings").then().statusCode(200).body("items.id", not(hasItem(id)));
        // the head of office reads but does not keep them
        json().auth().oauth2(head).body(meeting("ADU", "2026-10-06", false, List.of())).post("/api/v1/monev/meetings").then()
                .statusCode(403);

        // correction with the version read; a stale version is a conflict
        Map<String, Object> update = new HashMap<>(Map.of("heldOn", "2026-10-04", "periodic", true, "title", "Rapat monev triwulan",
                "findings", "Diperbarui", "participants", List.of(Map.of("guestName", "Pak Budi")), "version", 0));
        json().auth().oauth2(adu).body(update).put("/api/v1/monev/meetings/" + id).then().statusCode(200)
                .body("title", is("Rapat monev triwulan")).body("participants", hasSize(1)).body("version", is(1));
        json().auth().oauth2(adu).body(update).put("/api/v1/monev/meetings/" + id).then().statusCode(409);
        assertEquals(1, auditCount("MONEV_MEETING_CHANGED", "monev_meeting", id));
        // a participant is an account or a guest, not both; unknown owners are field errors
        Map<String, Object> bad = meeting("ADU", "2026-10-05", true, List.of(rec("nobody.here", "2026-12-31")));
        bad.put("participants", List.of(Map.of("username", "monev.adu", "guestName", "X")));
        json().auth().oauth2(adu).body(bad).post("/api/v1/monev/meetings").then().statusCode(400)
                .body("errors.field", hasItems("participants[0].username", "recommendations[0].ownerUsername"));

        json().auth().oauth2(adu).body(rec("monev.adu", "2027-01-15")).post("/api/v1/monev/meetings/" + id + "/recommendations")
                .then().statusCode(201).body("recommendations", hasSize(2));
        json().auth().oauth2(adu).body(rec("monev.adu", "2026-01-15")).post("/api/v1/monev/meetings/" + id + "/recommendations")
                .then().statusCode(400).body("errors.field", hasItem("dueOn"));

        // minutes as a file: stored encrypted with its metadata stripped, downloadable by readers, audited
        String png = Base64.getEncoder().encodeToString(Fixtures.pngWithText("lokasi rapat rahasia"));
        int fileId = json().auth().oauth2(adu).body(Map.of("kind", "NOTULEN", "file", Map.of("fileName", "notulen.png",
                "contentBase64", png))).post("/api/v1/monev/meetings/" + id + "/files").then().statusCode(201)
                .body("files[0].kind", is("NOTULEN")).body("files[0].fileName", is("notulen.png"))
                .body("files[0].mediaType", is("image/png")).extract().path("files[0].id");
        byte[] copy = given().auth().oauth2(head).get("/api/v1/monev/files/" + fileId).then().statusCode(200).extract().asByteArray();
        assertEquals("PNG", new String(copy, 1, 3));
        assertFalse(new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1).contains("lokasi rapat rahasia"));
        given().auth().oauth2(wbs).get("/api/v1/monev/files/" + fileId).then().statusCode(403);
        json().auth().oauth2(adu).body(Map.of("kind", "NOTULEN", "file", Map.of("fileName", "x.exe",
                "contentBase64", Base64.getEncoder().encodeToString("MZ not allowed".getBytes()))))
                .post("/api/v1/monev/meetings/" + id + "/files").then().statusCode(400);
        assertEquals(1, auditCount("MONEV_FILE_VIEWED", "monev_meeting", id));
    }

    @Test
    void listsArePagedByKeyset() {
        String upg = accounts.token("monev.upg.pages", Set.of(Role.PETUGAS), Set.of(Channel.GRT));
        for (String day : List.of("2025-01-10", "2025-02-10", "2025-03-10")) {
            json().auth().oauth2(upg).body(meeting("GRT", day, true, List.of())).post("/api/v1/monev/meetings").then().statusCode(201);
        }
        var first = given().auth().oauth2(upg).queryParam("channel", "GRT").queryParam("limit", 2).get("/api/v1/monev/meetings")
                .then().statusCode(200).body("items", hasSize(2)).extract();
        List<String> days = first.path("items.heldOn");
        assertTrue(days.get(0).compareTo(days.get(1)) >= 0, "newest first: " + days);
        String next = first.path("next");
        assertNotNull(next);
        List<String> rest = given().auth().oauth2(upg).queryParam("channel", "GRT").queryParam("limit", 2).queryParam("after", next)
                .get("/api/v1/monev/meetings").then().statusCode(200).extract().path("items.heldOn");
        assertFalse(rest.isEmpty());
        assertTrue(rest.get(0).compareTo(days.get(1)) <= 0);
        given().auth().oauth2(upg).queryParam("after", "bogus").get("/api/v1/monev/meetings").then().statusCode(400)
                .body("errors.field", hasItem("after"));
    }

    @Test
    void followUpShareIsCountedRight() {
        String wbs = accounts.token("monev.wbs.fig", Set.of(Role.PETUGAS), Set.of(Channel.WBS));
        accounts.token("monev.wbs.owner", Set.of(Role.PEGAWAI), Set.of());
        String outsider = accounts.token("monev.outsider", Set.of(Role.PEGAWAI), Set.of());
        String owner = accounts.token("monev.wbs.owner", Set.of(Role.PEGAWAI), Set.of());
        // 2019: two periodic meetings and one other, 7 recommendations; a 2020 meeting lies outside the period
        int a = json().auth().oauth2(wbs).body(meeting("WBS", "2019-03-01", true, List.of(rec("monev.wbs.owner", "2019-04-01"),
                rec("monev.wbs.fig", "2019-04-01"), rec("monev.wbs.fig", "2019-04-01")))).post("/api/v1/monev/meetings").then()
                .statusCode(201).extract().path("id");
        int b = json().auth().oauth2(wbs).body(meeting("WBS", "2019-09-01", true, List.of(rec("monev.wbs.fig", "2019-10-01"),
                rec("monev.wbs.fig", "2019-10-01")))).post("/api/v1/monev/meetings").then().statusCode(201).extract().path("id");
        int c = json().auth().oauth2(wbs).body(meeting("WBS", "2019-11-15", false, List.of(rec("monev.wbs.fig", "2019-12-01"),
                rec("monev.wbs.fig", "2019-12-01")))).post("/api/v1/monev/meetings").then().statusCode(201).extract().path("id");
        json().auth().oauth2(wbs).body(meeting("WBS", "2020-01-15", true, List.of(rec("monev.wbs.fig", "2020-02-01"))))
                .post("/api/v1/monev/meetings").then().statusCode(201);
        List<Integer> recs = new java.util.ArrayList<>();
        for (int m : List.of(a, b, c)) {
            recs.addAll(given().auth().oauth2(wbs).get("/api/v1/monev/meetings/" + m).then().extract().path("recommendations.id"));
        }
        assertEquals(7, recs.size());

        // the owner (not in the team) records their own follow-up; an outsider may not; done needs what was done
        Map<String, Object> done = new HashMap<>(Map.of("status", "SELESAI", "followUp", "SOP verifikasi diperbarui", "version", 0));
        json().auth().oauth2(outsider).body(done).post("/api/v1/monev/recommendations/" + recs.get(0) + "/follow-up").then()
                .statusCode(403);
        json().auth().oauth2(owner).body(Map.of("status", "SELESAI", "version", 0))
                .post("/api/v1/monev/recommendations/" + recs.get(0) + "/follow-up").then().statusCode(400)
                .body("errors.field", hasItem("followUp"));
        String png = Base64.getEncoder().encodeToString(Fixtures.pngWithText("bukti"));
        Map<String, Object> withEvidence = new HashMap<>(done);
        withEvidence.put("attachments", List.of(Map.of("fileName", "bukti.png", "contentBase64", png)));
        json().auth().oauth2(owner).body(withEvidence).post("/api/v1/monev/recommendations/" + recs.get(0) + "/follow-up").then()
                .statusCode(200).body("recommendations[0].status", is("SELESAI"));
        json().auth().oauth2(owner).body(done).post("/api/v1/monev/recommendations/" + recs.get(0) + "/follow-up").then()
                .statusCode(409);
        given().auth().oauth2(wbs).get("/api/v1/monev/meetings/" + a).then().statusCode(200)
                .body("files.kind", hasItem("BUKTI_TINDAK_LANJUT")).body("files.recommendationId", hasItem(recs.get(0)));
        // two more done, two partly, two not at all
        for (int i : List.of(1, 2)) {
            json().auth().oauth2(wbs).body(done).post("/api/v1/monev/recommendations/" + recs.get(i) + "/follow-up").then().statusCode(200);
        }
        Map<String, Object> partly = Map.of("status", "SEBAGIAN", "followUp", "Sebagian unit sudah", "version", 0);
        for (int i : List.of(3, 4)) {
            json().auth().oauth2(wbs).body(partly).post("/api/v1/monev/recommendations/" + recs.get(i) + "/follow-up").then().statusCode(200);
        }
        assertEquals(1, auditCount("MONEV_FOLLOW_UP", "monev_recommendation", recs.get(0)));

        var fig = given().auth().oauth2(wbs).queryParam("from", "2019-01-01").queryParam("to", "2019-12-31").queryParam("channel", "WBS")
                .get("/api/v1/monev/figures").then().statusCode(200).extract();
        assertEquals(3, (int) fig.path("channels[0].meetings"));
        assertEquals(2, (int) fig.path("channels[0].periodicMeetings"));
        assertEquals(1, (int) fig.path("channels[0].otherMeetings"));
        assertEquals(7, (int) fig.path("channels[0].recommendations"));
        assertEquals(new BigDecimal("42.9"), new BigDecimal(fig.path("channels[0].allPercent").toString()));
        assertEquals(new BigDecimal("28.6"), new BigDecimal(fig.path("channels[0].somePercent").toString()));
        assertEquals(new BigDecimal("28.6"), new BigDecimal(fig.path("channels[0].nonePercent").toString()));

        // an independent count: recommendations of WBS meetings in 2019, counted per status straight from the tables
        Map<String, Long> byStatus = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select r.status, count(*) from monev_recommendation r where r.meeting_id in "
                    + "(select id from monev_meeting where channel = 'WBS' and extract(year from held_on) = 2019) group by r.status")
                    .getResultList();
            rows.forEach(r -> byStatus.put((String) r[0], ((Number) r[1]).longValue()));
        });
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(total, ((Number) fig.path("channels[0].recommendations")).longValue());
        assertEquals(byStatus.getOrDefault("SELESAI", 0L), ((Number) fig.path("channels[0].followedUpAll")).longValue());
        assertEquals(byStatus.getOrDefault("SEBAGIAN", 0L), ((Number) fig.path("channels[0].followedUpSome")).longValue());
        assertEquals(byStatus.getOrDefault("BELUM", 0L), ((Number) fig.path("channels[0].followedUpNone")).longValue());

        // another team's figures are refused; bad periods are field errors
        given().auth().oauth2(wbs).queryParam("from", "2019-01-01").queryParam("to", "2019-12-31").queryParam("channel", "ADU")
                .get("/api/v1/monev/figures").then().statusCode(403);
        given().auth().oauth2(wbs).queryParam("from", "2019-12-31").queryParam("to", "2019-01-01")
                .get("/api/v1/monev/figures").then().statusCode(400).body("errors.field", hasItem("to"));
    }
}
