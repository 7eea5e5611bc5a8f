package id.integritas.portal.campaign;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The yearly conflict-of-interest register campaign (domain.md §2.4): every employee files the annual interests
 * register for {@code year} by {@code dueOn}. Employees who have not are reminded {@code remindDaysBefore} days
 * before the due date and again {@code remindDaysAfter} days after it.
 */
@Entity
@Table(name = "register_campaign")
@io.quarkus.qute.TemplateData
public class RegisterCampaign extends PanacheEntityBase {

    /** Reminder kinds, each raised at most once per person and campaign. */
    public static final String BEFORE_DUE = "SEBELUM_TENGGAT";
    public static final String AFTER_DUE = "SETELAH_TENGGAT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public short year;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "remind_days_before", nullable = false)
    public int remindDaysBefore;

    @Column(name = "remind_days_after", nullable = false)
    public int remindDaysAfter;

    @Column(name = "opened_by", nullable = false)
    public Long openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Version
    public int version;

    /** The reminder due on {@code today}, if any: before the due date (from N days ahead), or after it (until year end). */
    public String reminderDue(LocalDate today) {
        if (today.isBefore(openedOn)) {
            return null;
        }
        if (!today.isAfter(dueOn) && !today.isBefore(dueOn.minusDays(remindDaysBefore))) {
            return BEFORE_DUE;
        }
        if (!today.isBefore(dueOn.plusDays(remindDaysAfter)) && today.getYear() <= Math.max(year, dueOn.getYear())) {
            return AFTER_DUE;
        }
        return null;
    }
}
