package id.integritas.portal.monev;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone at a monev meeting: an account, or a guest from outside the portal named in free text. */
@Entity
@Table(name = "monev_participant")
public class Participant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    public Meeting meeting;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "guest_name", length = 200)
    public String guestName;

    @Column(name = "guest_role", length = 200)
    public String guestRole;
}
