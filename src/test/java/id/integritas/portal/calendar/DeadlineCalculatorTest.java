package id.integritas.portal.calendar;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The public calculator: the API and /hitung-tenggat answer from the holiday table (V6 seeds 2026). */
@QuarkusTest
@Tag("persistence")
class DeadlineCalculatorTest {

    @Test
    void theApiAnswersTheDeadlineAndNamesTheDaysItSkipped() {
        json().get("/api/v1/calendar/deadline?start=2026-03-17&workingDays=3&cutiBersamaOff=true").then().statusCode(200)
                .body("deadline", is("2026-03-27"))
                .body("cutiBersamaOff", is(true))
                .body("skipped.date", contains("2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22",
                        "2026-03-23", "2026-03-24"))
                .body("skipped.find { it.date == '2026-03-19' }.kind", is("LIBUR_NASIONAL"))
                .body("skipped.find { it.date == '2026-03-19' }.name", is("Hari Suci Nyepi (Tahun Baru Saka 1948)"))
                .body("skipped.find { it.date == '2026-03-18' }.kind", is("CUTI_BERSAMA"))
                .body("weekendDays", is(0))
                .body("calendarComplete", is(true));
        json().get("/api/v1/calendar/deadline?start=2026-03-17&workingDays=3&cutiBersamaOff=false").then().statusCode(200)
                .body("deadline", is("2026-03-23")).body("skipped.date", contains("2026-03-19", "2026-03-21", "2026-03-22"));
        // cuti bersama is a day off unless said otherwise; a plain week skips only the weekend
        json().get("/api/v1/calendar/deadline?start=2026-02-13&workingDays=1").then().statusCode(200)
                .body("deadline", is("2026-02-18")).body("weekendDays", is(2));
        json().get("/api/v1/calendar/deadline?start=2026-07-03&workingDays=1").then().statusCode(200)
                .body("deadline", is("2026-07-06")).body("skipped", empty()).body("weekendDays", is(2));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} + {1} HK on the stored 2026 calendar")
    @org.junit.jupiter.params.provider.CsvSource({
            "2026-03-17, 3, 2026-03-27, 2026-03-23",
            "2026-03-17, 30, 2026-05-07, 2026-04-30",
            "2026-03-16, 10, 2026-04-07, 2026-03-31",
            "2026-12-21, 5, 2026-12-30, 2026-12-29",
            "2026-05-12, 3, 2026-05-19, 2026-05-18",
            "2026-02-13, 1, 2026-02-18, 2026-02-16" })
    void theSixTestVectorsOnTheMigratedCalendar(String start, int n, String cutiOff, String cutiWorked) {
        json().get("/api/v1/calendar/deadline?start=" + start + "&workingDays=" + n + "&cutiBersamaOff=true").then()
                .statusCode(200).body("deadline", is(cutiOff));
        json().get("/api/v1/calendar/deadline?start=" + start + "&workingDays=" + n + "&cutiBersamaOff=false").then()
                .statusCode(200).body("deadline", is(cutiWorked));
    }

    @Test
    void aYearWithoutHolidaysIsFlagged() {
        json().get("/api/v1/calendar/deadline?start=2026-12-21&workingDays=5").then().statusCode(200)
                .body("deadline", is("2026-12-30")).body("calendarComplete", is(true));
        json().get("/api/v1/calendar/deadline?start=2026-12-21&workingDays=30").then().statusCode(200)
                .body("calendarComplete", is(false));
    }

    @Test
    void badParametersAreProblemsWithFieldDetails() {
        json().get("/api/v1/calendar/deadline?workingDays=3").then().statusCode(400)
                .contentType("application/problem+json").body("errors.find { it.field == 'start' }.code", is("required"));
        json().get("/api/v1/calendar/deadline?start=17-03-2026&workingDays=3").then().statusCode(400)
                .contentType("application/problem+json").body("errors.find { it.field == 'start' }.code", is("date_format"));
        json().get("/api/v1/calendar/deadline?start=2026-02-30&workingDays=3").then().statusCode(400)
                .body("errors.find { it.field == 'start' }.code", is("date_format"));
        for (String n : new String[] { "0", "367", "-1" }) {
            json().get("/api/v1/calendar/deadline?start=2026-03-17&workingDays=" + n).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.find { it.field == 'workingDays' }.code", is("working_days_range"));
        }
        json().get("/api/v1/calendar/deadline?start=2026-03-17&workingDays=366").then().statusCode(200);
        json().get("/api/v1/calendar/deadline?start=2026-03-17&workingDays=tiga").then().statusCode(400)
                .body("errors.find { it.field == 'workingDays' }.code", is("number_format"));
        json().get("/api/v1/calendar/deadline?start=2026-03-17&workingDays=3&cutiBersamaOff=ya").then().statusCode(400)
                .body("errors.find { it.field == 'cutiBersamaOff' }.code", is("invalid"));
        json().get("/api/v1/calendar/deadline").then().statusCode(400).body("errors.field", hasItems("start", "workingDays"));
    }

    @Test
    void thePublicPageAnswersWithoutScriptInBothLanguages() {
        given().get("/hitung-tenggat").then().statusCode(200).body(containsString("<form method=\"get\" action=\"/hitung-tenggat\""))
                .body(containsString("Tanggal diterima")).body(not(containsString("Hasil perhitungan")));
        given().get("/hitung-tenggat?start=2026-03-17&workingDays=3&cutiBersamaOff=true").then().statusCode(200)
                .body(containsString("Hasil perhitungan"))
                .body(containsString("<time datetime=\"2026-03-27\">Jumat, 27 Maret 2026</time>"))
                .body(containsString("Hari Suci Nyepi (Tahun Baru Saka 1948)"))
                .body(containsString("Cuti bersama Idulfitri"))
                .body(not(containsString("<script")));
        given().get("/hitung-tenggat?start=2026-03-17&workingDays=3&cutiBersamaOff=false").then().statusCode(200)
                .body(containsString("<time datetime=\"2026-03-23\">Senin, 23 Maret 2026</time>"))
                .body(not(containsString("Cuti bersama Idulfitri")));
        given().cookie("lang", "en").get("/hitung-tenggat?start=2026-03-17&workingDays=3").then().statusCode(200)
                .body(containsString("lang=\"en\"")).body(containsString("Friday, 27 March 2026"))
                .body(containsString("Deadline calculator"));
        String invalid = given().get("/hitung-tenggat?start=kemarin&workingDays=0").then().statusCode(400)
                .body(containsString("href=\"#f-start\">Tanggal diterima: Tanggal tidak valid (format TTTT-BB-HH).</a>"))
                .body(containsString("Jumlah hari kerja: Isi angka antara 1 dan 366."))
                .body(containsString("value=\"kemarin\"")).extract().asString();
        // the error summary lists the fields in page order
        org.junit.jupiter.api.Assertions.assertTrue(invalid.indexOf("href=\"#f-start\"") < invalid.indexOf("href=\"#f-workingDays\""), invalid);
    }
}
