package id.integritas.portal.deadline;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One clock (P1 … K2) a case has started: when it started, when it is due (moved by pauses), whether it waits for the
 * reporter ({@link #pausedSince}) or has stopped, and when the scheduler raised its alerts.
 */
@Entity
@Table(name = "case_deadline")
@IdClass(CaseDeadline.Key.class)
public class CaseDeadline extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long caseId;
        public String clock;

        public Key() {
        }

        public Key(Long caseId, String clock) {
            this.caseId = caseId;
            this.clock = clock;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(clock, k.clock);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, clock);
        }
    }

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @Id
    @Column(length = 4)
    public String clock;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "paused_since")
    public LocalDate pausedSince;

    @Column(name = "stopped_on")
    public LocalDate stoppedOn;

    @Column(name = "due_soon_at")
    public Instant dueSoonAt;

    @Column(name = "overdue_at")
    public Instant overdueAt;

    public boolean running() {
        return stoppedOn == null && pausedSince == null;
    }

    public boolean stopped() {
        return stoppedOn != null;
    }

    public boolean paused() {
        return stoppedOn == null && pausedSince != null;
    }
}
