package id.integritas.portal.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The public summary's officer pages on a phone (360 px, axe-core WCAG 2.1 AA): the head of office reaches the list
 * from the header, opens the PPID's draft, sees what was hidden and why, and approves it.
 */
@QuarkusTest
@Tag("persistence")
class PublicationBrowserTest extends Chromium {

    @Inject
    TestAccounts accounts;

    @Test
    void theHeadOfOfficeApprovesADraftOnAPhone() {
        String ppid = accounts.token("phone.ppid", Set.of(Role.PEGAWAI, Role.PPID), Set.of());
        String head = "phone.pub.kadis" + System.nanoTime() % 100000;
        accounts.token(head, Set.of(Role.PEGAWAI, Role.PIMPINAN), Set.of());
        YearMonth month = YearMonth.of(2000, 1 + (int) (System.nanoTime() % 12));
        long id = given().auth().oauth2(ppid).contentType(ContentType.JSON).body("{\"reason\":\"Uji telepon\"}")
                .post("/api/v1/publications/monthly/" + month).then().statusCode(201).extract().jsonPath().getLong("id");

        try (Tab tab = phone()) {
            tab.open("/masuk");
            tab.typeInto("#f-username", head).typeInto("#f-password", TestAccounts.PASSWORD);
            tab.page.keyboard().press("Enter");
            if (accounts.hasSecondFactor(head)) {
                tab.arrived("#f-code").typeInto("#f-code", accounts.code(head));
                tab.page.keyboard().press("Enter");
            }
            tab.arrived("main h1");
            tab.page.click("header nav a[href='/petugas/publikasi']");
            tab.arrived("#publication-list").keep("phone-publications");
            tab.open("/petugas/publikasi/" + id);
            tab.arrived("#publication-approve").keep("phone-publication-draft");
            assertTrue(tab.text("main").contains("Sel yang disembunyikan") || tab.text("main").contains("Angka yang akan terbit"),
                    tab.text("main"));
            tab.page.click("#publication-approve button");
            tab.arrived("#publication-state");
            assertTrue(tab.text("#publication-state").contains("Disetujui pimpinan"), tab.text("#publication-state"));
            tab.assertNoFailures();
        }
    }
}
