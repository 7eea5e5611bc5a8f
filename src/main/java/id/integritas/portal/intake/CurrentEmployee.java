package id.integritas.portal.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.AccountRepository;
import io.quarkus.security.ForbiddenException;

/** The signed-in account of an employee-only request. */
@RequestScoped
public class CurrentEmployee {

    @Inject
    JsonWebToken jwt;

    @Inject
    AccountRepository accounts;

    public Account account() {
        Account a = accounts.findById(Long.valueOf(jwt.getSubject()));
        if (a == null || !a.enabled) {
            throw new ForbiddenException();
        }
        return a;
    }
}
