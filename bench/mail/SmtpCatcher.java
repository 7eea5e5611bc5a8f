import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server of the mail reliability bench: GreenMail on 127.0.0.1:PORT. On SIGTERM it stops accepting and
 * writes the Message-ID of every mail it accepted to FILE, one per line (duplicates stay visible); nothing is ever
 * purged, so every mail the portal handed over is counted. Each run of the server writes its own file.
 *   java -cp greenmail-standalone.jar bench/mail/SmtpCatcher.java PORT FILE
 */
public class SmtpCatcher {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Stop the SMTP service first: no new session starts and a session in the middle of DATA is cut off (the
            // portal sees a failure and retries). A mail answered 250 was stored before its answer, so the store read
            // after this holds every mail the portal counted as handed over. (Reading before the stop missed a mail
            // accepted in between: one run counted a SENT mail as lost.)
            server.getSmtp().stopService();
            MimeMessage[] received = server.getReceivedMessages();
            server.stop();
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
                for (MimeMessage m : received) {
                    out.println(m.getMessageID());
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println("smtp catcher listening on " + port);
        Thread.currentThread().join();
    }
}
