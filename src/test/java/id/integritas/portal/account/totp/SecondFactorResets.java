package id.integritas.portal.account.totp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Collects the reset events the portal fires (the mail outbox will observe the same event). */
@ApplicationScoped
public class SecondFactorResets {

    private final List<SecondFactorWasReset> seen = new CopyOnWriteArrayList<>();

    /** A method, not the field: the test holds a client proxy. */
    List<SecondFactorWasReset> seen() {
        return seen;
    }

    void on(@Observes SecondFactorWasReset event) {
        seen.add(event);
    }
}
