package id.integritas.portal.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import io.restassured.http.ContentType;

/**
 * The tests' authenticator app: signs in through the real API and pages, enrolling a second factor (through the
 * real enrolment API) where the account's roles require one, and making its codes with java-otp as a phone would.
 * It keeps the last time step it used per account, since the portal refuses a step twice.
 */
public class AuthenticatorApp {

    /** What the helper knows of an account's second factor, as the person's authenticator app would. */
    private static final class Enrolled {
        final byte[] secret;
        final Deque<String> recoveryCodes;
        long lastStep;

        Enrolled(byte[] secret, List<String> recoveryCodes, long lastStep) {
            this.secret = secret;
            this.recoveryCodes = new ArrayDeque<>(recoveryCodes);
            this.lastStep = lastStep;
        }
    }

    private final Map<String, Enrolled> enrolled = new ConcurrentHashMap<>();

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private final LongSupplier currentStep;

    /** @param clock the portal's time as the tests see it (an app's clock that runs with the server's) */
    public AuthenticatorApp(Supplier<Instant> clock) {
        this.currentStep = () -> Math.floorDiv(clock.get().getEpochSecond(), 30);
    }

    /**
     * Signs in through the real API as a person would: with a code from the app when the account has a second
     * factor, and enrolling one first (through the real enrolment API) when its roles require it.
     */
    public synchronized String signIn(String username, String password) {
        var first = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then().extract();
        if (first.statusCode() == 401 && "urn:portal-integritas:problem:second-factor-required".equals(first.path("type"))) {
            return given().contentType(ContentType.JSON)
                    .body(Map.of("username", username, "password", password, "totp", code(username)))
                    .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
        }
        assertEquals(200, first.statusCode(), first.asString());
        String token = first.path("accessToken");
        if (Boolean.TRUE.equals(first.path("secondFactorEnrolmentRequired"))) {
            enrol(username, token);
        }
        return token;
    }

    /**
     * Signs in through /masuk as a browser would, answering the second step with a code when the page asks for one.
     * Returns where the portal sends the person (the Location of the final 303).
     */
    public synchronized String signInPage(String username, String password, String csrf) {
        var first = given().redirects().follow(false).formParam("_csrf", csrf).formParam("username", username)
                .formParam("password", password).post("/masuk").then().extract();
        if (first.statusCode() == 303) {
            return first.header("Location");
        }
        assertEquals(200, first.statusCode(), "the code step");
        Matcher step = Pattern.compile("name=\"_step\" value=\"([^\"]+)\"")
                .matcher(first.asString());
        assertTrue(step.find(), "the code step carries its ticket");
        return given().redirects().follow(false).formParam("_csrf", Fixtures.tokenFrom(first.asString()))
                .formParam("_step", step.group(1)).formParam("code", code(username)).post("/masuk").then().statusCode(303)
                .extract().header("Location");
    }

    /** Enrols the session's account through the real API; the same session gains its roles once confirmed. */
    public synchronized List<String> enrol(String username, String token) {
        String key = given().auth().oauth2(token).post("/api/v1/auth/totp").then().statusCode(200).extract().path("secret");
        byte[] secret = new Base32().decode(key);
        long step = step();
        List<String> recovery = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", code(secret, step))).post("/api/v1/auth/totp/confirm").then().statusCode(200)
                .extract().path("recoveryCodes");
        enrolled.put(username, new Enrolled(secret, recovery, step));
        return recovery;
    }

    /**
     * A code the portal will accept for the account now: the next time step not used yet within the drift the
     * portal allows (the one before, now, the one after), else one of its recovery codes.
     */
    public synchronized String code(String username) {
        Enrolled e = enrolled.get(username);
        if (e == null) {
            throw new IllegalStateException(username + " has no second factor known to the tests");
        }
        long now = step();
        long next = Math.max(now - 1, e.lastStep + 1);
        if (next <= now + 1) {
            e.lastStep = next;
            return code(e.secret, next);
        }
        if (!e.recoveryCodes.isEmpty()) {
            return e.recoveryCodes.pop();
        }
        // As a person would: wait for the app's next code.
        while (step() + 1 <= e.lastStep) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ie);
            }
        }
        e.lastStep++;
        return code(e.secret, e.lastStep);
    }

    public boolean hasSecondFactor(String username) {
        return enrolled.containsKey(username);
    }

    /** The current code without spending it (for tests of replay and of wrong codes). */
    public synchronized String codeAt(String username, long step) {
        return code(enrolled.get(username).secret, step);
    }

    /** The code of a Base32 secret (as an app shows it) at a time step, for tests that enrol by themselves. */
    public String codeForSecret(String base32, long step) {
        return code(new Base32().decode(base32), step);
    }

    public long step() {
        return currentStep.getAsLong();
    }

    /** Forgets what the helper knew (after an administrator reset the account's second factor). */
    public synchronized void forgetSecondFactor(String username) {
        enrolled.remove(username);
    }

    private String code(byte[] secret, long step) {
        try {
            return totp.generateOneTimePasswordString(new SecretKeySpec(secret, totp.getAlgorithm()),
                    Instant.ofEpochSecond(step * 30), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

}
