package id.integritas.portal.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.integritas.portal.casefile.Channel;

/** Gapless numbers per channel and year: the counter row is locked until the report's transaction commits. */
@ApplicationScoped
public class RegistrationNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Channel channel, int year) {
        Number n = (Number) em.createNativeQuery("""
                insert into registration_counter (channel, year, last_value) values (?1, ?2, 1)
                on conflict (channel, year) do update set last_value = registration_counter.last_value + 1
                returning last_value""").setParameter(1, channel.name()).setParameter(2, year).getSingleResult();
        return String.format("%s-%d-%06d", channel.name(), year, n.longValue());
    }
}
