package id.integritas.portal.calendar;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Administrators keep the holiday calendar (API and /admin/hari-libur); every change is audited. Uses 2031 only. */
@QuarkusTest
@Tag("persistence")
class HolidayAdminTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    HolidayRepository holidays;

    private List<String> auditActions(long holidayId) {
        return QuarkusTransaction.requiringNew().call(() -> audit.list("targetType = 'holiday' and targetId = ?1 order by id", holidayId)
                .stream().map(e -> e.action).toList());
    }

    @Test
    void anAdministratorAddsChangesAndRemovesARowAndTheCalculatorFollows() {
        String admin = accounts.token("admin.holidays", Set.of(Role.ADMIN), Set.of());
        // Monday 7 July 2031 + 1 HK is Tuesday 8 July while the calendar is empty.
        json().get("/api/v1/calendar/deadline?start=2031-07-07&workingDays=1").then().statusCode(200).body("deadline", is("2031-07-08"));

        Number id = json().auth().oauth2(admin)
                .body(Map.of("date", "2031-07-08", "kind", "LIBUR_DAERAH", "name", "Hari jadi kota", "legalBasis", "Perda 1/2030"))
                .post("/api/v1/admin/holidays").then().statusCode(201).body("kind", is("LIBUR_DAERAH"))
                .body("date", is("2031-07-08")).extract().path("id");
        try {
            json().auth().oauth2(admin).get("/api/v1/admin/holidays?year=2031").then().statusCode(200)
                    .body("name", hasItem("Hari jadi kota")).body("date", everyItem(startsWith("2031-")));
            json().get("/api/v1/calendar/deadline?start=2031-07-07&workingDays=1").then().statusCode(200)
                    .body("deadline", is("2031-07-09")).body("skipped[0].name", is("Hari jadi kota"));

            json().auth().oauth2(admin)
                    .body(Map.of("date", "2031-07-08", "kind", "LIBUR_DAERAH", "name", "Hari jadi kota"))
                    .post("/api/v1/admin/holidays").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.find { it.field == 'date' }.code", is("holiday_taken"));

            json().auth().oauth2(admin).body(Map.of("date", "2031-07-10", "kind", "CUTI_BERSAMA", "name", "Cuti bersama uji"))
                    .put("/api/v1/admin/holidays/" + id).then().statusCode(200).body("date", is("2031-07-10"))
                    .body("kind", is("CUTI_BERSAMA"));
            json().get("/api/v1/calendar/deadline?start=2031-07-07&workingDays=1").then().body("deadline", is("2031-07-08"));
            json().get("/api/v1/calendar/deadline?start=2031-07-09&workingDays=1").then().body("deadline", is("2031-07-11"));
            json().get("/api/v1/calendar/deadline?start=2031-07-09&workingDays=1&cutiBersamaOff=false").then().body("deadline", is("2031-07-10"));

            json().auth().oauth2(admin).delete("/api/v1/admin/holidays/" + id).then().statusCode(204);
            json().auth().oauth2(admin).delete("/api/v1/admin/holidays/" + id).then().statusCode(404);
            json().get("/api/v1/calendar/deadline?start=2031-07-09&workingDays=1").then().body("deadline", is("2031-07-10"));
            assertEquals(List.of("HOLIDAY_ADDED", "HOLIDAY_CHANGED", "HOLIDAY_REMOVED"), auditActions(id.longValue()));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> holidays.delete("date between ?1 and ?2",
                    java.time.LocalDate.parse("2031-01-01"), java.time.LocalDate.parse("2031-12-31")));
        }
    }

    @Test
    void twoAdministratorsAddingTheSameDayAtOnceGetOneRowAndAFieldMessage() throws Exception {
        String admin = accounts.token("admin.holidays.race", Set.of(Role.ADMIN), Set.of());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int day = 1; day <= 9; day++) {
                String date = "2031-09-0" + day;
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Callable<Integer> add = () -> {
                    go.await();
                    return json().auth().oauth2(admin).body(Map.of("date", date, "kind", "LAINNYA", "name", "Balapan"))
                            .post("/api/v1/admin/holidays").then().extract().statusCode();
                };
                var a = pool.submit(add);
                var b = pool.submit(add);
                go.countDown();
                List<Integer> statuses = new java.util.ArrayList<>(List.of(a.get(), b.get()));
                java.util.Collections.sort(statuses);
                assertEquals(List.of(201, 400), statuses, date);
            }
        } finally {
            pool.shutdownNow();
            QuarkusTransaction.requiringNew().run(() -> holidays.delete("name", "Balapan"));
        }
    }

    @Test
    void rowsAreCheckedAndOnlyAdministratorsChangeThem() {
        String admin = accounts.token("admin.holidays.checks", Set.of(Role.ADMIN), Set.of());
        json().auth().oauth2(admin).body(Map.of("kind", "LIBUR_NASIONAL", "name", " ")).post("/api/v1/admin/holidays").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'date' }.code", is("required"))
                .body("errors.find { it.field == 'name' }.code", is("required"));
        json().auth().oauth2(admin).body(Map.of("date", "2031-02-01", "kind", "LIBUR_NASIONAL", "name", "x".repeat(201)))
                .post("/api/v1/admin/holidays").then().statusCode(400).body("errors.find { it.field == 'name' }.code", is("too_long"));
        json().auth().oauth2(admin).body(Map.of("date", "2031-02-01", "kind", "LIBUR", "name", "Salah"))
                .post("/api/v1/admin/holidays").then().statusCode(400);
        json().auth().oauth2(admin).body(Map.of("date", "2031-02-01", "kind", "LIBUR_NASIONAL", "name", "Tidak ada"))
                .put("/api/v1/admin/holidays/999999999").then().statusCode(404);
        json().auth().oauth2(admin).get("/api/v1/admin/holidays?year=1900").then().statusCode(400);
        // 2026 comes from V6; pages of at most `size` rows.
        json().auth().oauth2(admin).get("/api/v1/admin/holidays?year=2026&size=10").then().statusCode(200).body("size()", is(10))
                .body("[0].date", is("2026-01-01"));
        json().auth().oauth2(admin).get("/api/v1/admin/holidays?year=2026&size=10&page=2").then().statusCode(200).body("size()", is(5));

        json().body(Map.of("date", "2031-02-01", "kind", "LIBUR_NASIONAL", "name", "Tanpa masuk")).post("/api/v1/admin/holidays")
                .then().statusCode(401);
        String officer = accounts.token("petugas.holidays", Set.of(Role.PETUGAS), Set.of());
        json().auth().oauth2(officer).body(Map.of("date", "2031-02-01", "kind", "LIBUR_NASIONAL", "name", "Petugas"))
                .post("/api/v1/admin/holidays").then().statusCode(403);
        json().auth().oauth2(officer).get("/api/v1/admin/holidays").then().statusCode(403);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> holidays.count("name in ('Tanpa masuk', 'Petugas')")));
    }

    @Test
    void theAdminPageListsAYearAndAddsChangesAndRemovesARow() {
        String admin = accounts.token("admin.holidays.page", Set.of(Role.ADMIN), Set.of());
        String html = given().cookie("portal_session", admin).get("/admin/hari-libur?year=2026").then().statusCode(200)
                .body(containsString("Hari Suci Nyepi (Tahun Baru Saka 1948)")).body(containsString("Keppres 42/2025"))
                .body(containsString("Cuti bersama")).extract().asString();
        String csrf = Fixtures.tokenFrom(html);
        try {
            given().redirects().follow(false).cookie("portal_session", admin).contentType("application/x-www-form-urlencoded")
                    .formParam("_csrf", csrf).formParam("date", "2031-03-03").formParam("kind", "LAINNYA")
                    .formParam("name", "Libur halaman uji").formParam("legalBasis", "SK Kepala Dinas").post("/admin/hari-libur").then()
                    .statusCode(303).header("Location", endsWith("/admin/hari-libur?year=2031"));
            Holiday added = QuarkusTransaction.requiringNew().call(() -> holidays.find("name", "Libur halaman uji").firstResult());
            assertNotNull(added);
            String edit = given().cookie("portal_session", admin).get("/admin/hari-libur?ubah=" + added.id).then().statusCode(200)
                    .body(containsString("value=\"Libur halaman uji\"")).body(containsString("name=\"id\" value=\"" + added.id + "\""))
                    .extract().asString();
            given().redirects().follow(false).cookie("portal_session", admin).contentType("application/x-www-form-urlencoded")
                    .formParam("_csrf", Fixtures.tokenFrom(edit)).formParam("id", added.id.toString()).formParam("date", "2031-03-04")
                    .formParam("kind", "LAINNYA").formParam("name", "Libur halaman uji diubah").post("/admin/hari-libur").then()
                    .statusCode(303);
            assertEquals("2031-03-04", QuarkusTransaction.requiringNew().call(() -> holidays.findById(added.id).date.toString()));
            given().cookie("portal_session", admin).contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf)
                    .formParam("date", "kemarin").formParam("kind", "LAINNYA").formParam("name", "").post("/admin/hari-libur").then()
                    .statusCode(400).body(containsString("href=\"#f-date\">Tanggal: Tanggal tidak valid (format TTTT-BB-HH).</a>"));
            given().cookie("portal_session", admin).contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf)
                    .formParam("date", "2031-03-05").formParam("kind", "LAINNYA").formParam("name", "").post("/admin/hari-libur").then()
                    .statusCode(400).body(containsString("href=\"#f-name\">Nama: Wajib diisi.</a>"));
            given().redirects().follow(false).cookie("portal_session", admin).contentType("application/x-www-form-urlencoded")
                    .formParam("_csrf", csrf).formParam("id", added.id.toString()).formParam("year", "2031").post("/admin/hari-libur/hapus")
                    .then().statusCode(303).header("Location", endsWith("/admin/hari-libur?year=2031"));
            assertNull(QuarkusTransaction.requiringNew().call(() -> holidays.findById(added.id)));
            assertEquals(List.of("HOLIDAY_ADDED", "HOLIDAY_CHANGED", "HOLIDAY_REMOVED"), auditActions(added.id));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> holidays.delete("name like 'Libur halaman uji%'"));
        }
        String employee = accounts.token("pegawai.holidays.page", Set.of(Role.PEGAWAI), Set.of());
        given().redirects().follow(false).cookie("portal_session", employee).get("/admin/hari-libur").then()
                .statusCode(anyOf(is(403), is(303)));
    }
}
