package id.integritas.portal.deadline;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One pause of a clock while the case waited for the reporter; {@link #resumedOn} is null while it lasts. */
@Entity
@Table(name = "case_deadline_pause")
public class CaseDeadlinePause extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public Long caseId;

    @Column(nullable = false, length = 4)
    public String clock;

    @Column(name = "paused_on", nullable = false)
    public LocalDate pausedOn;

    @Column(name = "resumed_on")
    public LocalDate resumedOn;
}
