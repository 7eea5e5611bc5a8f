package id.integritas.portal.support;

import static io.restassured.RestAssured.given;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import id.integritas.portal.account.AccountAdmin;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import io.restassured.http.ContentType;

/** Creates accounts through the real admin service and signs them in through the real API. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    @Inject
    AccountAdmin admin;

    @Inject
    AccountRepository accounts;

    public synchronized String token(String username, Set<Role> roles, Set<Channel> channels) {
        if (accounts.findByUsername(username).isEmpty()) {
            String nip = String.format("%018d", Math.abs(username.hashCode()) % 1_000_000_000L + 199000000000000000L);
            admin.create(new AccountAdmin.NewAccount(username, "Test " + username, nip, "Unit Uji", "Staf", null, null,
                    EnumSet.copyOf(roles), channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels), PASSWORD), null);
        }
        return given().contentType(ContentType.JSON).body(java.util.Map.of("username", username, "password", PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
    }
}
