package id.integritas.portal.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port, which a test can stop and start again on the same
 * port (an outage). The portal's mailer is pointed at it instead of the mock.
 */
public class GreenMailSmtp implements QuarkusTestResourceLifecycleManager {

    private static volatile int port;
    private static volatile GreenMail server;
    private static final java.util.List<jakarta.mail.internet.MimeMessage> archived = new java.util.ArrayList<>();

    /** The test profile of the mail tests: the real mailer against this server, short retries. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(GreenMailSmtp.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.mail.retry-base", "PT1M", "portal.mail.retry-max", "PT10M", "portal.mail.max-attempts", "6",
                    "portal.mail.batch-size", "7", "portal.mail.send-timeout", "PT10S", "portal.mail.base-url", "https://portal.example.go.id");
        }
    }

    @Override
    public Map<String, String> start() {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startServer();
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port), "quarkus.mailer.from", "portal@example.go.id",
                "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.keep-alive", "false");
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static synchronized GreenMail startServer() {
        if (server == null) {
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // a connection that stalls (seen now and then after a restart on the same port) ends in seconds, and the
            // outbox retries it
            setup.setReadTimeout(3000);
            server = new GreenMail(setup);
            server.start();
        }
        return server;
    }

    public static synchronized void stopServer() {
        if (server != null) {
            archived.addAll(java.util.List.of(server.getReceivedMessages()));
            server.stop();
            server = null;
        }
    }

    /** Every message received since the last {@link #clear()}, across restarts. */
    public static synchronized java.util.List<jakarta.mail.internet.MimeMessage> received() {
        java.util.List<jakarta.mail.internet.MimeMessage> all = new java.util.ArrayList<>(archived);
        if (server != null) {
            all.addAll(java.util.List.of(server.getReceivedMessages()));
        }
        return all;
    }

    public static synchronized void clear() {
        archived.clear();
        if (server != null) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (com.icegreen.greenmail.store.FolderException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
