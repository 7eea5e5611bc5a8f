package id.integritas.portal.account;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Per account: how many sources are paused for it right now (someone is guessing its password). */
    public Map<Long, Long> pausedSources(Collection<Long> accountIds, Instant now) {
        Map<Long, Long> result = new HashMap<>();
        if (accountIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select account_id, count(*) from sign_in_throttle
                where account_id in (?1) and paused_until > ?2 group by account_id""")
                .setParameter(1, accountIds).setParameter(2, now).getResultList();
        rows.forEach(r -> result.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return result;
    }

    /** Usernames by account id (one query), e.g. of superiors shown beside accounts. */
    public Map<Long, String> usernames(Collection<Long> accountIds) {
        Map<Long, String> result = new HashMap<>();
        if (!accountIds.isEmpty()) {
            list("id in ?1", accountIds).forEach(a -> result.put(a.id, a.username));
        }
        return result;
    }

    /** The active organisation units (org_unit), code to name, by code. */
    public Map<String, String> activeUnits() {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select code, name from org_unit where active order by code").getResultList();
        rows.forEach(r -> result.put((String) r[0], (String) r[1]));
        return result;
    }
}
