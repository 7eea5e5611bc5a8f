package id.integritas.portal.account;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public List<Account> page(int page, int size) {
        return findAll(Sort.by("username")).page(Page.of(page, size)).list();
    }
}
