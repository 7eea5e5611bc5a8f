package id.integritas.portal.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class HolidayRepository implements PanacheRepository<Holiday> {
}
