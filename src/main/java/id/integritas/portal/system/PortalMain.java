package id.integritas.portal.system;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Refuses to start a production instance that lacks a required setting, with one line that names each missing
 * setting and its environment variable, before anything touches the database.
 */
@QuarkusMain
public class PortalMain {

    static final String[][] REQUIRED = {
            { "quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL" },
            { "quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME" },
            { "portal.crypto.data-keys", "PORTAL_CRYPTO_DATA_KEYS" },
            { "portal.crypto.lookup-key", "PORTAL_CRYPTO_LOOKUP_KEY" },
            { "portal.crypto.form-key", "PORTAL_CRYPTO_FORM_KEY" },
            { "portal.crypto.receipt-key", "PORTAL_CRYPTO_RECEIPT_KEY" },
            { "smallrye.jwt.sign.key", "SMALLRYE_JWT_SIGN_KEY" },
            { "mp.jwt.verify.publickey", "MP_JWT_VERIFY_PUBLICKEY" } };

    public static void main(String... args) {
        if (runningPackagedApplication()) {
            List<String> missing = missing(ConfigProvider.getConfig());
            if (!missing.isEmpty()) {
                System.err.println("Portal Integritas cannot start: missing setting " + String.join(", ", missing)
                        + " (see docs/configuration.md)");
                System.exit(2);
            }
        }
        if (args.length > 0) {
            // an operator's command (e.g. verify-audit): run it without opening the HTTP port
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        Quarkus.run(args);
    }

    /**
     * True for {@code java -jar quarkus-run.jar}. Dev mode also calls this main, before Quarkus has set the launch
     * mode, so the launcher on the stack is what tells them apart; the AppCDS recording at build time is skipped.
     */
    static boolean runningPackagedApplication() {
        boolean viaRunner = StackWalker.getInstance().walk(frames -> frames
                .anyMatch(f -> f.getClassName().equals("io.quarkus.bootstrap.runner.QuarkusEntryPoint")));
        return viaRunner && LaunchMode.current() == LaunchMode.NORMAL && System.getProperty("quarkus.appcds.generate") == null;
    }

    static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        for (String[] s : REQUIRED) {
            if (config.getOptionalValue(s[0], String.class).filter(v -> !v.isBlank()).isEmpty()) {
                missing.add(s[0] + " (" + s[1] + ")");
            }
        }
        return missing;
    }
}
