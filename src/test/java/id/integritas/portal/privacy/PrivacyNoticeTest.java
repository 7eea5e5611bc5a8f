package id.integritas.portal.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@Tag("persistence")
class PrivacyNoticeTest {

    @Inject
    TestAccounts accounts;

    @Test
    void theNoticeSaysWhatWhyOnWhatBasisWhoHowLongRightsAndContactInBothLanguages() {
        given().get("/privasi").then().statusCode(200).body(containsString("lang=\"id\""))
                .body(containsString("Pemberitahuan privasi")).body(containsString("Undang-Undang Nomor 27 Tahun 2022"))
                .body(containsString("Pengaduan atau WBS, Anonim")).body(containsString("Pengaduan atau WBS, Rahasia"))
                .body(containsString("Pengaduan atau WBS, Terbuka")).body(containsString("Laporan gratifikasi (pegawai)"))
                .body(containsString("Konflik kepentingan (pegawai)")).body(containsString("Untuk apa data dipakai"))
                .body(containsString("UU 27/2022 Pasal 20")).body(containsString("tim penanganan yang ditunjuk"))
                .body(containsString("disimpan paling lama 5 tahun setelah kasusnya ditutup, lalu dihapus"))
                .body(containsString("Whistleblowing System (WBS), Selesai: 60 bulan"))
                .body(containsString("dapat diubah melalui pengaturan portal"))
                .body(containsString("Hak Anda")).body(containsString("email pengaduan@example.go.id"))
                .body(not(containsString("??")));
        given().cookie("lang", "en").get("/privasi").then().statusCode(200).body(containsString("lang=\"en\""))
                .body(containsString("Privacy notice")).body(containsString("kept for at most 5 years after the case is closed"))
                .body(containsString("Your rights")).body(not(containsString("??")));
    }

    @Test
    void everyFormAndTheFooterLinkToTheNotice() {
        for (String path : new String[] { "/", "/pengaduan", "/wbs", "/lacak" }) {
            given().get(path).then().statusCode(200).body(containsString("<a href=\"/privasi\">Pemberitahuan privasi (UU 27/2022"));
        }
        for (String path : new String[] { "/pengaduan", "/wbs" }) {
            given().get(path).then().body(containsString("Bagaimana kami memakai data Anda: <a href=\"/privasi\">"));
        }
        String jwt = accounts.token("pegawai.privasi", Set.of(Role.PEGAWAI), Set.of());
        for (String path : new String[] { "/gratifikasi", "/benturan-kepentingan" }) {
            given().cookie("portal_session", jwt).get(path).then().statusCode(200)
                    .body(containsString("Bagaimana kami memakai data Anda: <a href=\"/privasi\">"));
        }
    }
}
