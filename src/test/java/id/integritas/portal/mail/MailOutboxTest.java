package id.integritas.portal.mail;

import static id.integritas.portal.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.support.Fixtures;
import id.integritas.portal.support.TestAccounts;
import id.integritas.portal.support.TestClock;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Mail through the outbox against a real SMTP server (GreenMail): every kind of mail the casework causes, with
 * nothing of a report's content, identity or tracking code; an SMTP outage where every mail arrives once the server
 * is back (counted by Message-ID); FAILED after the last attempt, audited, visible to administrators and sent again;
 * two senders racing over the same rows send each once.
 */
@QuarkusTest
@TestProfile(GreenMailSmtp.Profile.class)
@Tag("persistence")
class MailOutboxTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    TestAccounts accounts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    MailSender sender;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @BeforeEach
    void smtpUp() {
        GreenMailSmtp.startServer();
        GreenMailSmtp.clear();
    }

    @AfterEach
    void resetClock() {
        shifted = Duration.ZERO;
        clock.reset();
        GreenMailSmtp.startServer();
    }

    private static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "." + SEQ.incrementAndGet();
    }

    record Officer(String username, String token, String email) {
    }

    private Officer account(String prefix, Set<Role> roles) {
        String username = unique(prefix);
        String token = accounts.token(username, roles, Set.of());
        String email = username + "@dinas.example.go.id";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update account set email = :e where username = :u")
                .setParameter("e", email).setParameter("u", username).executeUpdate());
        return new Officer(username, token, email);
    }

    /** A chair and a member of a complaints SK in force, both with an address. */
    private Officer[] complaintsTeam() {
        Officer chair = account("mail.chair", Set.of(Role.PETUGAS, Role.KETUA_TIM));
        Officer member = account("mail.member", Set.of(Role.PETUGAS));
        var today = decrees.today();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.COMPLAINTS, "SK-MAIL/" + chair.username(), today.minusDays(1),
                "Kepala Dinas (uji)", today.minusDays(1), today.plusYears(1),
                List.of(new DecreeAdmin.MemberRequest(chair.username(), TeamRole.CHAIR, null, null),
                        new DecreeAdmin.MemberRequest(member.username(), TeamRole.MEMBER, null, null))), null);
        return new Officer[] { chair, member };
    }

    private static Map<String, String> complaint(String reporterEmail, String language) {
        Map<String, Object> body = new HashMap<>(Fixtures.complaint());
        body.put("reporter", Map.of("name", "Rina Warga", "phone", "081234567890", "email", reporterEmail));
        var r = json().header("Accept-Language", language).body(body).post("/api/v1/reports/complaints").then()
                .statusCode(201).extract();
        return Map.of("number", r.path("registrationNumber"), "code", r.path("trackingCode"));
    }

    private static List<MimeMessage> to(String address) {
        return GreenMailSmtp.received().stream().filter(m -> {
            try {
                for (var a : m.getRecipients(Message.RecipientType.TO)) {
                    if (a.toString().equalsIgnoreCase(address)) {
                        return true;
                    }
                }
                return false;
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> subjects(String address) {
        return to(address).stream().map(MailOutboxTest::subject).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m);
    }

    private static void step(String token, String number, String to) {
        json().auth().oauth2(token).body(Map.of("to", to, "reason", "Langkah uji ke " + to, "message", "Pesan uji untuk " + to))
                .post("/api/v1/cases/" + number + "/transitions").then().statusCode(200).body("state", is(to));
    }

    private Duration shifted = Duration.ZERO;

    /**
     * Runs the sender until no mail after {@code before} waits, making waiting mails due at once between runs (the
     * backoff itself is shown by the outage test): whatever the SMTP server refused or dropped is retried. A GreenMail
     * server restarted on the same port now and then leaves a connection hanging; the attempt times out and is retried.
     */
    private void drain(long before) {
        for (int i = 0; i < 10; i++) {
            sender.runOnce();
            int pending = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "update mail_outbox set next_attempt_at = :now where id > :b and state = 'PENDING'")
                    .setParameter("now", clock.instant()).setParameter("b", before).executeUpdate());
            if (pending == 0) {
                return;
            }
        }
        fail("mails still waiting after 10 runs");
    }

    private long maxOutboxId() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from mail_outbox").getSingleResult()).longValue();
    }

    @Test
    void everyCaseMailGoesToTheRightPeopleWithNoContentAndInTheReportersLanguage() throws Exception {
        long before = maxOutboxId();
        Officer[] team = complaintsTeam();
        Officer chair = team[0];
        Officer member = team[1];
        String reporter = unique("rina") + "@warga.example.com";
        var c = complaint(reporter, "en");
        String n = c.get("number");

        drain(before);
        assertEquals(List.of("Laporan baru untuk tim Anda: " + n), subjects(chair.email()));
        assertEquals(List.of("Laporan baru untuk tim Anda: " + n), subjects(member.email()));
        assertEquals(List.of("Your report has been received: " + n), subjects(reporter));
        MimeMessage ack = to(reporter).get(0);
        assertTrue(body(ack).contains(n), "the registration number");
        assertTrue(body(ack).contains("https://portal.example.go.id/lacak"), "a link to the tracking page");
        MimeMessage newCase = to(member.email()).get(0);
        assertTrue(body(newCase).contains("https://portal.example.go.id/masuk?ke="), "a link to sign in");
        assertTrue(body(newCase).contains("Pengaduan Masyarakat"), "the channel");
        assertTrue(messageId(newCase).matches("<outbox-\\d+\\.\\d+@portal\\.example\\.go\\.id>"), messageId(newCase));
        for (MimeMessage m : GreenMailSmtp.received()) {
            String text = body(m) + subject(m);
            assertFalse(text.contains(c.get("code")), "never the tracking code");
            assertFalse(text.contains("Nomor antrean"), "never the report content");
            assertFalse(text.contains("Rina Warga") || text.contains("081234567890"), "never the reporter's identity");
        }

        // disposisi: "assigned to you" to the member only
        step(member.token(), n, "TERVERIFIKASI");
        json().auth().oauth2(chair.token()).body(Map.of("assignee", member.username(), "reason", "Ditangani anggota"))
                .post("/api/v1/cases/" + n + "/assignment").then().statusCode(200);
        step(member.token(), n, "DIPROSES");
        step(member.token(), n, "DITANGGAPI");
        drain(before);
        assertEquals(List.of("Laporan " + n + " didisposisikan kepada Anda"), subjects(member.email()).subList(1, 2));
        assertEquals(1, subjects(chair.email()).size(), "the chair assigned it: no mail to the chair");
        assertEquals("An answer to your report is available: " + n, subjects(reporter).get(1));

        // the reporter replies: to the assignee only
        json().body(Map.of("trackingCode", c.get("code"), "message", "Terima kasih, tetapi belum selesai."))
                .post("/api/v1/tracking/messages").then().statusCode(anyOf(is(200), is(201)));
        drain(before);
        assertEquals("Pelapor membalas: " + n, subjects(member.email()).get(2));
        assertEquals(1, subjects(chair.email()).size());

        step(member.token(), n, "DIPROSES");
        step(member.token(), n, "PERLU_DILENGKAPI");
        drain(before);
        assertEquals(List.of("Your report has been received: " + n, "An answer to your report is available: " + n,
                "We need more information: " + n), subjects(reporter));

        // deadline alerts left by the deadline scheduler: to the assignee, and to the team when no one is named
        long caseId = ((Number) em.createNativeQuery("select id from report_case where registration_number = :n")
                .setParameter("n", n).getSingleResult()).longValue();
        long memberId = ((Number) em.createNativeQuery("select id from account where username = :u")
                .setParameter("u", member.username()).getSingleResult()).longValue();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into case_alert (case_id, clock, kind, due_on, raised_at, recipient_account_id) "
                    + "values (:c, 'P2', 'DUE_SOON', current_date, now(), :a)").setParameter("c", caseId)
                    .setParameter("a", memberId).executeUpdate();
            em.createNativeQuery("insert into case_alert (case_id, clock, kind, due_on, raised_at, recipient_team) "
                    + "values (:c, 'P2', 'OVERDUE', current_date, now(), 'COMPLAINTS')").setParameter("c", caseId).executeUpdate();
        });
        MailSender.Run run = sender.runOnce();
        assertTrue(run.alerts() >= 2, run.toString());
        drain(before);
        assertTrue(subjects(member.email()).containsAll(List.of("Tenggat tinggal 1 hari kerja: " + n, "Tenggat terlewati: " + n)));
        assertEquals("Tenggat terlewati: " + n, subjects(chair.email()).get(1));
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from case_alert where case_id = :c and sent_at is null")
                .setParameter("c", caseId).getSingleResult()).longValue(), "alerts are marked sent");
        drain(before);
        assertEquals(2, subjects(chair.email()).size(), "an alert is mailed once");
    }

    @Test
    void anAnonymousReporterGetsNothingAndAdminsHearOnceAboutAnSkEndingSoon() throws Exception {
        Officer admin = account("mail.admin", Set.of(Role.ADMIN));
        Officer member = account("mail.wbs", Set.of(Role.PETUGAS));
        var today = decrees.today();
        String number = "SK-HABIS/" + member.username();
        decrees.create(new DecreeAdmin.DecreeRequest(TeamKind.WBS, number, today.minusMonths(11), "Kepala Dinas (uji)",
                today.minusMonths(11), today.plusDays(10),
                List.of(new DecreeAdmin.MemberRequest(member.username(), TeamRole.MEMBER, null, null))), null);
        long before = maxOutboxId();
        json().body(Fixtures.tip()).post("/api/v1/reports/whistleblowing").then().statusCode(201);
        drain(before);
        drain(before);
        List<String> adminMails = subjects(admin.email());
        assertEquals(1, adminMails.stream().filter(s -> s.equals("SK tim " + number + " berakhir dalam 30 hari")).count(), adminMails.toString());
        assertTrue(body(to(admin.email()).get(0)).contains(today.plusDays(10).toString()), "the end date");
        assertEquals(1, subjects(member.email()).stream().filter(s -> s.startsWith("Laporan baru untuk tim Anda: WBS-")).count());
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from mail_outbox where id > :b and recipient_address is not null")
                .setParameter("b", before).getSingleResult()).longValue(), "an anonymous tipster is never written to");
    }

    @Test
    void duringAnSmtpOutageNothingIsLostAndEachMailArrivesOnce() {
        Officer[] team = complaintsTeam();
        long before = maxOutboxId();
        GreenMailSmtp.stopServer();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            numbers.add(complaint(unique("outage") + "@warga.example.com", "id").get("number"));
        }
        MailSender.Run down = sender.runOnce();
        assertEquals(0, down.sent());
        assertTrue(down.retried() >= 12, "4 acknowledgements and 8 team mails wait: " + down);
        String admin = accounts.token(unique("mail.adm"), Set.of(Role.ADMIN), Set.of());
        given().auth().oauth2(admin).get("/api/v1/admin/mail?state=PENDING&limit=200").then().statusCode(200)
                .body("items.findAll { it.id > " + before + " }.size()", greaterThanOrEqualTo(12))
                .body("items.findAll { it.id > " + before + " }.lastError", everyItem(notNullValue()))
                .body("items.findAll { it.id > " + before + " }.lastError", everyItem(not(containsString("@"))));

        GreenMailSmtp.startServer();
        sender.runOnce(); // not due yet: the backoff holds them
        assertEquals(0, GreenMailSmtp.received().size());
        shifted = Duration.ofMinutes(5);
        clock.shift(shifted);
        drain(before);
        long rows = ((Number) em.createNativeQuery("select count(*) from mail_outbox where id > :b").setParameter("b", before)
                .getSingleResult()).longValue();
        long sent = ((Number) em.createNativeQuery("select count(*) from mail_outbox where id > :b and state = 'SENT'")
                .setParameter("b", before).getSingleResult()).longValue();
        assertEquals(rows, sent, "every mail of the outage was sent");
        Map<String, Long> byId = GreenMailSmtp.received().stream().collect(Collectors.groupingBy(MailOutboxTest::messageId,
                Collectors.counting()));
        assertTrue(byId.size() >= rows, byId.size() + " distinct mails for " + rows + " rows");
        assertEquals(Set.of(1L), Set.copyOf(byId.values()), "each Message-ID once");
        for (String n : numbers) {
            assertEquals(3, GreenMailSmtp.received().stream().filter(m -> subject(m).endsWith(n)).count(), n);
        }
        assertEquals(team.length, subjects(team[0].email()).size() / 2, "the chair got both of its new-case mails");
    }

    @Test
    void aMailFailsAfterTheLastAttemptIsAuditedAndCanBeSentAgain() throws Exception {
        String reporter = unique("gagal") + "@warga.example.com";
        GreenMailSmtp.stopServer();
        long before = maxOutboxId();
        String number = complaint(reporter, "id").get("number");
        long id = ((Number) em.createNativeQuery("select o.id from mail_outbox o join report_case c on c.id = o.case_id "
                + "where c.registration_number = :n and o.kind = 'ACKNOWLEDGEMENT'").setParameter("n", number)
                .getSingleResult()).longValue();
        int failed = 0;
        for (int i = 1; i <= 6; i++) {
            MailSender.Run run = sender.runOnce();
            failed += run.failed();
            assertEquals(i < 6 ? 0 : 1, ((Number) em.createNativeQuery("select count(*) from mail_outbox where id = :id "
                    + "and state = 'FAILED'").setParameter("id", id).getSingleResult()).intValue(), "FAILED after the 6th attempt");
            shifted = shifted.plusMinutes(15);
            clock.shift(shifted);
        }
        assertTrue(failed >= 1);
        assertEquals("FAILED", em.createNativeQuery("select state from mail_outbox where id = :id").setParameter("id", id)
                .getSingleResult());
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from audit_log where action = 'MAIL_FAILED' "
                + "and target_type = 'MAIL' and target_id = :id").setParameter("id", id).getSingleResult()).longValue());

        String admin = accounts.token(unique("mail.adm"), Set.of(Role.ADMIN), Set.of());
        given().auth().oauth2(admin).get("/api/v1/admin/mail?state=FAILED").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.kind", is("ACKNOWLEDGEMENT"))
                .body("items.find { it.id == " + id + " }.recipient", is("reporter"))
                .body("items.find { it.id == " + id + " }.caseNumber", is(number))
                .body("items.find { it.id == " + id + " }.attempts", is(6))
                .body("items.find { it.id == " + id + " }.lastError", not(containsString(reporter)));
        given().auth().oauth2(admin).get("/api/v1/admin/mail?state=NOPE").then().statusCode(400)
                .body("errors.field", hasItem("state"));
        String page = given().auth().oauth2(admin).get("/admin/surel?state=FAILED").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Kirim ulang") && page.contains(number), "the page lists it with its action");
        assertFalse(page.contains(reporter), "never the address");
        // a member of staff who is no admin sees nothing
        String officer = accounts.token(unique("mail.off"), Set.of(Role.PETUGAS), Set.of(Channel.ADU));
        given().auth().oauth2(officer).get("/api/v1/admin/mail").then().statusCode(403);

        GreenMailSmtp.startServer();
        json().auth().oauth2(admin).post("/api/v1/admin/mail/" + id + "/send-again").then().statusCode(200)
                .body("state", is("PENDING"));
        json().auth().oauth2(admin).post("/api/v1/admin/mail/" + id + "/send-again").then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        drain(id - 1);
        assertEquals(List.of("Laporan Anda telah diterima: " + number), subjects(reporter));
        assertEquals("SENT", em.createNativeQuery("select state from mail_outbox where id = :id").setParameter("id", id)
                .getSingleResult());
        assertTrue(before < id);
    }

    @Test
    void twoSendersRacingSendEachMailOnce() throws Exception {
        long before = maxOutboxId();
        int mails = 40;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < mails; i++) {
                outbox.toAddress(MailKind.SECOND_FACTOR_RESET, "race" + i + "@dinas.example.go.id", null, Locale.ENGLISH,
                        Map.of(), null);
            }
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MailSender.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return sender.runOnce();
                }));
            }
            start.countDown();
            int sent = 0;
            for (var f : runs) {
                sent += f.get().sent();
            }
            assertTrue(sent > 0, "sent " + sent);
        } finally {
            pool.shutdownNow();
        }
        drain(before); // anything the SMTP server dropped is retried
        var race = GreenMailSmtp.received().stream().filter(m -> subject(m).startsWith("The second factor")).toList();
        assertEquals(mails, race.size(), "each mail once, though two senders claimed side by side");
        assertEquals(mails, race.stream().map(MailOutboxTest::messageId).distinct().count());
        assertEquals((long) mails, ((Number) em.createNativeQuery("select count(*) from mail_outbox where id > :b and state = 'SENT'")
                .setParameter("b", before).getSingleResult()).longValue());
    }
}
