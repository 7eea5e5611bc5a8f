package id.integritas.portal.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.integritas.portal.account.Role;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.reference.ReferenceLists;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.validation.RequestValidator;

/**
 * The two effective-dated routing tables administrators keep: escalation routes and the complaint map
 * service → handling unit. Rows are only added, never changed: a new row applies from its date (today or later),
 * and cases routed earlier keep what applied on their own day.
 */
@ApplicationScoped
public class RoutingAdmin {

    public record EscalationRouteRequest(
            @NotBlank @Pattern(regexp = "^[A-Z0-9_]{2,30}$", message = "format") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 30) String role,
            @NotNull LocalDate effectiveFrom) {
    }

    public record ServiceUnitRequest(@NotBlank @Size(max = 60) String serviceCode,
            @NotBlank @Size(max = 30) String unitCode, @NotNull LocalDate effectiveFrom) {
    }

    @Inject
    EntityManager em;

    @Inject
    RequestValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    OfficeDay officeDay;

    @Inject
    Clock clock;

    public LocalDate today() {
        return officeDay.today();
    }

    /** The escalation route in force on {@code day}: the latest row that started on or before it. */
    @Transactional
    public Optional<EscalationRoute> escalationRouteOn(LocalDate day) {
        return em.createQuery("from EscalationRoute r where r.effectiveFrom <= :day order by r.effectiveFrom desc",
                EscalationRoute.class).setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    /** The unit that handles complaints about {@code serviceCode} on {@code day}, if the map has one. */
    @Transactional
    public Optional<ServiceUnitRoute> serviceUnitOn(String serviceCode, LocalDate day) {
        if (serviceCode == null) {
            return Optional.empty();
        }
        return em.createQuery("from ServiceUnitRoute r where r.serviceCode = :s and r.effectiveFrom <= :day "
                + "order by r.effectiveFrom desc", ServiceUnitRoute.class).setParameter("s", serviceCode)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional
    public List<EscalationRoute> escalationRoutes(int page, int size) {
        return em.createQuery("from EscalationRoute r order by r.effectiveFrom desc, r.id desc", EscalationRoute.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Transactional
    public long countEscalationRoutes() {
        return em.createQuery("select count(r) from EscalationRoute r", Long.class).getSingleResult();
    }

    @Transactional
    public List<ServiceUnitRoute> serviceUnits(String serviceCode, int page, int size) {
        boolean all = serviceCode == null || serviceCode.isBlank();
        var q = em.createQuery("from ServiceUnitRoute r" + (all ? "" : " where r.serviceCode = :s")
                + " order by r.serviceCode, r.effectiveFrom desc, r.id desc", ServiceUnitRoute.class);
        if (!all) {
            q.setParameter("s", serviceCode.strip());
        }
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Transactional
    public long countServiceUnits(String serviceCode) {
        boolean all = serviceCode == null || serviceCode.isBlank();
        var q = em.createQuery("select count(r) from ServiceUnitRoute r" + (all ? "" : " where r.serviceCode = :s"), Long.class);
        if (!all) {
            q.setParameter("s", serviceCode.strip());
        }
        return q.getSingleResult();
    }

    @Transactional
    public EscalationRoute addEscalationRoute(EscalationRouteRequest r, Long actorId) {
        List<FieldError> errors = new ArrayList<>();
        if (r == null) {
            throw new InvalidInputException(new FieldError("code", "required"));
        }
        if (r.role() != null && !r.role().isBlank() && !isRole(r.role().strip())) {
            errors.add(new FieldError("role", "unknown_option"));
        }
        checkFrom(r.effectiveFrom(), errors);
        if (r.effectiveFrom() != null && em.createQuery("select count(r) from EscalationRoute r where r.effectiveFrom = :d",
                Long.class).setParameter("d", r.effectiveFrom()).getSingleResult() > 0) {
            errors.add(new FieldError("effectiveFrom", "taken"));
        }
        validator.check(r, errors); // adds the annotation checks and throws when anything is wrong
        EscalationRoute e = new EscalationRoute();
        e.code = r.code().strip();
        e.name = r.name().strip();
        e.role = r.role().strip();
        e.effectiveFrom = r.effectiveFrom();
        e.createdAt = clock.instant();
        e.createdBy = actorId;
        em.persist(e);
        audit.record(actorId, "ESCALATION_ROUTE_ADDED", "escalation_route", e.id,
                e.code + " role=" + e.role + " from=" + e.effectiveFrom);
        return e;
    }

    @Transactional
    public ServiceUnitRoute addServiceUnit(ServiceUnitRequest r, Long actorId) {
        List<FieldError> errors = new ArrayList<>();
        if (r == null) {
            throw new InvalidInputException(new FieldError("serviceCode", "required"));
        }
        if (r.serviceCode() != null && !r.serviceCode().isBlank() && ((Number) em.createNativeQuery(
                "select count(*) from reference_item where list_code = :l and code = :c").setParameter("l", ReferenceLists.SERVICE)
                .setParameter("c", r.serviceCode().strip()).getSingleResult()).longValue() == 0) {
            errors.add(new FieldError("serviceCode", "unknown_option"));
        }
        if (r.unitCode() != null && !r.unitCode().isBlank() && ((Number) em.createNativeQuery(
                "select count(*) from org_unit where code = :c and active").setParameter("c", r.unitCode().strip())
                .getSingleResult()).longValue() == 0) {
            errors.add(new FieldError("unitCode", "unknown_option"));
        }
        checkFrom(r.effectiveFrom(), errors);
        if (r.serviceCode() != null && r.effectiveFrom() != null && em.createQuery(
                "select count(r) from ServiceUnitRoute r where r.serviceCode = :s and r.effectiveFrom = :d", Long.class)
                .setParameter("s", r.serviceCode().strip()).setParameter("d", r.effectiveFrom()).getSingleResult() > 0) {
            errors.add(new FieldError("effectiveFrom", "taken"));
        }
        validator.check(r, errors);
        ServiceUnitRoute s = new ServiceUnitRoute();
        s.serviceCode = r.serviceCode().strip();
        s.unitCode = r.unitCode().strip();
        s.effectiveFrom = r.effectiveFrom();
        s.createdAt = clock.instant();
        s.createdBy = actorId;
        em.persist(s);
        audit.record(actorId, "SERVICE_UNIT_ADDED", "service_unit_route", s.id,
                s.serviceCode + " -> " + s.unitCode + " from=" + s.effectiveFrom);
        return s;
    }

    /** A new row starts today or later: what applied to cases already routed stays true. */
    private void checkFrom(LocalDate from, List<FieldError> errors) {
        if (from != null && from.isBefore(today())) {
            errors.add(new FieldError("effectiveFrom", "not_before_today"));
        }
    }

    private static boolean isRole(String name) {
        for (Role r : Role.values()) {
            if (r.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
