package id.integritas.portal.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.validation.CrossFieldRules;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.RequestValidator;

/** Opens the yearly register campaign (one per year); the opening is audited. */
@ApplicationScoped
public class CampaignAdmin {

    /** Reminder days left out take the configured defaults ({@code portal.campaigns.*}). */
    public record OpenRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull LocalDate dueOn,
            @Min(0) @Max(365) Integer remindDaysBefore, @Min(1) @Max(365) Integer remindDaysAfter)
            implements CrossFieldRules {

        @Override
        public List<FieldError> crossFieldErrors() {
            List<FieldError> errors = new ArrayList<>();
            if (year != null && dueOn != null && Math.abs(dueOn.getYear() - year) > 1) {
                errors.add(new FieldError("dueOn", "out_of_range"));
            }
            return errors;
        }
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

    @Inject
    PortalConfig config;

    @Transactional
    public RegisterCampaign open(OpenRequest r, Long actorId) {
        if (r == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        LocalDate today = officeDay.today();
        List<FieldError> errors = new ArrayList<>();
        if (r.dueOn() != null && r.dueOn().isBefore(today)) {
            errors.add(new FieldError("dueOn", "not_before_today"));
        }
        if (r.year() != null && byYear(r.year()).isPresent()) {
            errors.add(new FieldError("year", "taken"));
        }
        validator.check(r, errors);
        RegisterCampaign c = new RegisterCampaign();
        c.year = r.year().shortValue();
        c.openedOn = today;
        c.dueOn = r.dueOn();
        c.remindDaysBefore = r.remindDaysBefore() != null ? r.remindDaysBefore() : config.campaigns().remindDaysBefore();
        c.remindDaysAfter = r.remindDaysAfter() != null ? r.remindDaysAfter() : config.campaigns().remindDaysAfter();
        c.openedBy = actorId;
        c.openedAt = clock.instant();
        em.persist(c);
        em.flush();
        audit.record(actorId, "REGISTER_CAMPAIGN_OPENED", "register_campaign", c.id,
                "year=" + c.year + " due=" + c.dueOn + " remind=-" + c.remindDaysBefore + "/+" + c.remindDaysAfter);
        return c;
    }

    @Transactional
    public Optional<RegisterCampaign> byYear(int year) {
        return em.createQuery("from RegisterCampaign where year = :y", RegisterCampaign.class)
                .setParameter("y", (short) year).getResultStream().findFirst();
    }

    /** Campaigns, newest year first (there is one a year, so a short list). */
    @Transactional
    public List<RegisterCampaign> list() {
        return em.createQuery("from RegisterCampaign order by year desc", RegisterCampaign.class).setMaxResults(100)
                .getResultList();
    }
}
