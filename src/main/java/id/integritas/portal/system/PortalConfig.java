package id.integritas.portal.system;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The portal's own settings; every one is documented in docs/configuration.md. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    Office office();

    Crypto crypto();

    Uploads uploads();

    Tracking tracking();

    Session session();

    Bootstrap bootstrap();

    Intake intake();

    Privacy privacy();

    Password password();

    Deadlines deadlines();
    Audit audit();
    Teams teams();

    Retention retention();

    Campaigns campaigns();

    Mail mail();

    SecondFactor secondFactor();

    Statistics statistics();

    Publication publication();

    Metrics metrics();

    interface Office {
        @WithDefault("Dinas Kependudukan dan Pencatatan Sipil Kota Medan")
        String name();

        @WithDefault("Jl. Iskandar Muda No. 270, Medan")
        String address();

        @WithDefault("(061) 000000")
        String phone();

        @WithDefault("pengaduan@example.go.id")
        String email();

        /** Zone for registration years and dates shown to people. */
        @WithDefault("Asia/Jakarta")
        String timeZone();
    }

    interface Crypto {
        /** Data keys as {@code id:base64(32 bytes)}, comma-separated; the first one encrypts, all decrypt. */
        List<String> dataKeys();

        /** Base64 of 32 bytes: the HMAC key for tracking-code lookups. */
        String lookupKey();

        /** Base64 of 32 bytes: the HMAC key for form (CSRF) tokens. */
        String formKey();

        /** Base64 of a 32-byte Ed25519 seed: signs receipts. */
        String receiptKey();
    }

    interface Uploads {
        @WithDefault("10485760")
        @Min(1)
        long maxFileBytes();

        @WithDefault("5")
        @Min(1)
        int maxFiles();

        @WithDefault("image/jpeg,image/png,application/pdf")
        List<String> allowedTypes();

        /** Where multipart uploads and scratch copies go; one folder per instance, checked writable at start. */
        String directory();

        /** Images declaring more pixels (width x height) are refused before they are decoded. */
        @WithDefault("16000000")
        @Min(1)
        long maxImagePixels();

        /** Image re-encodings and PDF rewrites running at once on this instance (each may need ~3 bytes/pixel). */
        @WithDefault("1")
        @Min(1)
        int concurrentRewrites();
    }

    interface Tracking {
        /**
         * Lookups per client address and minute before 429; one allowance for all instances together (counted in
         * PostgreSQL under a keyed hash of the address, tracking.TrackingRateLimiter).
         */
        @WithDefault("10")
        @Min(1)
        int lookupsPerMinute();

        /** How often each instance deletes idle rate-limit rows (a Quarkus scheduler interval; {@code off}: never). */
        @WithDefault("1m")
        String forgetEvery();
    }

    interface Session {
        @WithDefault("PT30M")
        Duration lifetime();

        @WithDefault("portal_session")
        String cookieName();

        /** Off only in dev mode over plain http. */
        @WithDefault("true")
        boolean secureCookie();

        @WithDefault("https://portal-integritas.local")
        String issuer();

        /** Failed sign-ins from one source after which that source is paused for the account. */
        @WithDefault("5")
        @Min(1)
        int failuresBeforeThrottle();

        /** How long an account's roles, enabled flag and session version may be served from memory. */
        @WithDefault("PT3S")
        Duration accountCheckCache();
    }

    interface Bootstrap {
        /** {@code portal.bootstrap.admin.*}: the first administrator, created on an empty account table. */
        Admin admin();

        interface Admin {
            Optional<String> username();

            Optional<String> password();

            @WithDefault("Administrator")
            String displayName();
        }
    }

    interface Intake {
        /** Event dates (when something happened, a gift was received) before this are refused as typing errors. */
        @WithDefault("2000-01-01")
        java.time.LocalDate earliestEventDate();
    }

    interface Privacy {
        /** Years a case (content, identity, files) is kept after it is closed; stated on the privacy notice. */
        @WithDefault("5")
        int retentionYears();

        /** Where people send requests about their personal data; the office email when not set. */
        Optional<String> contactEmail();
    }

    interface Password {
        /** bcrypt cost (work factor) for new hashes; existing hashes keep theirs. */
        @WithDefault("11")
        @Min(4)
        @Max(31)
        int bcryptCost();
    }

    interface Deadlines {
        /**
         * How often each instance looks for clocks that are due soon or overdue and for cases to close automatically
         * (a Quarkus scheduler interval such as {@code 15m}; {@code off} disables the job). Read by the
         * {@code @Scheduled} expression; listed here so the setting is documented and checked.
         */
        @WithDefault("15m")
        String checkEvery();

        /** Clocks one instance claims per short transaction ({@code FOR UPDATE SKIP LOCKED}). */
        @WithDefault("50")
        @Min(1)
        @Max(1000)
        int batchSize();
    }

    interface Audit {
        /** When the audit chain head is written to the application log (Quartz cron; daily by default). */
        @WithDefault("0 5 0 * * ?")
        String headLogCron();
    }

    interface Teams {
        /**
         * How often the job runs that returns open cases of members whose SK membership ended to the chair's queue
         * (a Quarkus scheduler interval such as {@code 1h}; {@code off} disables it). It also runs right after every
         * SK change; several instances may run it at once.
         */
        @WithDefault("1h")
        String returnToChairEvery();
    }

    interface Retention {
        /**
         * How often each instance applies the retention rules (a Quarkus scheduler interval such as {@code 6h};
         * {@code off} disables the job; administrators can still start a run through the API). Several instances
         * may run at once: each case is claimed with {@code FOR UPDATE SKIP LOCKED}.
         */
        @WithDefault("6h")
        String runEvery();

        /** At most this many cases destroyed or purged by one run (the rest wait for the next run). */
        @WithDefault("1000")
        @Min(1)
        @Max(100000)
        int maxPerRun();
    }

    interface Campaigns {
        /**
         * How often each instance raises the due reminders of the conflict-of-interest register campaign (a Quarkus
         * scheduler interval such as {@code 1h}; {@code off} disables it). Each reminder is raised once per person.
         */
        @WithDefault("1h")
        String reminderCheckEvery();

        /** Days before the due date the first reminder goes out, when the administrator opening a campaign gives none. */
        @WithDefault("7")
        @Min(0)
        @Max(365)
        int remindDaysBefore();

        /** Days after the due date the late reminder goes out, when the administrator gives none. */
        @WithDefault("1")
        @Min(1)
        @Max(365)
        int remindDaysAfter();
    }

    interface Mail {
        /** The portal's public address; every link in a mail starts with it, and its host ends each Message-ID. */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** How often each instance sends due mails (a Quarkus scheduler interval such as {@code 30s}; {@code off}: never). */
        @WithDefault("30s")
        String sendEvery();

        /** Mails one instance claims per short transaction ({@code FOR UPDATE SKIP LOCKED}). */
        @WithDefault("20")
        @Min(1)
        @Max(500)
        int batchSize();

        /** Attempts after which a mail is FAILED (shown to administrators, audited) instead of retried. */
        @WithDefault("10")
        @Min(1)
        int maxAttempts();

        /** Wait after the first failed attempt; doubled after each further one, up to {@link #retryMax()}. */
        @WithDefault("PT1M")
        Duration retryBase();

        @WithDefault("PT2H")
        Duration retryMax();

        /** How long a claimed mail is left to its sender before another instance may try it (a crash mid-send). */
        @WithDefault("PT5M")
        Duration lease();

        /** How long one mail may take to hand over to the SMTP server before the attempt counts as failed. */
        @WithDefault("PT1M")
        Duration sendTimeout();
    }

    interface SecondFactor {
        /**
         * Roles whose holders must sign in with a second factor (TOTP or a recovery code). An account holding any
         * of them that has not enrolled yet can only enrol after its password. Names of {@code account.Role}.
         */
        @WithDefault("PETUGAS,KETUA_TIM,INSPEKTORAT,PIMPINAN,PPID,ADMIN")
        List<String> requiredRoles();

        /** The issuer shown in authenticator apps next to the username. */
        @WithDefault("Portal Integritas")
        String issuer();
    }

    interface Statistics {
        /**
         * When last month's internal reports are prepared (Quartz cron; 01:00 on the 1st by default; {@code off}
         * disables it). Idempotent: several instances may run it, the first stores each channel's report.
         */
        @WithDefault("0 0 1 1 * ?")
        String prepareCron();

        /** At most this many registration numbers in a month's overdue list (the count is always whole). */
        @WithDefault("1000")
        int overdueListLimit();
    }

    interface Publication {
        /**
         * Public monthly summary: in the WBS and gratification tables a count with 0 &lt; value &lt; this is hidden
         * (shown as "&lt;3"), with complementary suppression (publication.Suppression). Zero is shown.
         */
        @WithDefault("3")
        @Min(1)
        @Max(100)
        int suppressionThreshold();
    }

    /** Operational figures on /q/metrics (metrics.OperationalFigures, docs/operations.md "Metrics"). */
    interface Metrics {
        /**
         * How often the outbox backlog and the overdue cases per channel are recounted (two indexed queries); a scrape
         * reads the last count and never queries the database. {@code off} disables it (tests refresh by hand).
         */
        @WithDefault("1m")
        String refreshEvery();
    }
}
