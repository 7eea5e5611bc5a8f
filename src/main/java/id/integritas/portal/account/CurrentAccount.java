package id.integritas.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.AccountRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;

/** The signed-in account of an employee-only request. */
@RequestScoped
public class CurrentAccount {

    @Inject
    JsonWebToken jwt;

    @Inject
    AccountRepository accounts;

    /** Read in a short transaction of its own, so no connection stays held for the rest of the request. */
    public Account account() {
        Account a = QuarkusTransaction.joiningExisting().call(() -> accounts.findById(Long.valueOf(jwt.getSubject())));
        if (a == null || !a.enabled) {
            throw new ForbiddenException();
        }
        return a;
    }
}
