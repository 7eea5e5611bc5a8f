package id.integritas.portal.monev;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.integritas.portal.casefile.Channel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An evaluation meeting (rapat monev) of one channel's team: when, whether it was one of the periodic meetings the
 * work plan promises or an extra one, who took part, what was found and what was recommended.
 */
@Entity
@Table(name = "monev_meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    public Channel channel;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public boolean periodic;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false)
    public String findings;

    @Column(name = "created_by", nullable = false)
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<Participant> participants = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<Recommendation> recommendations = new ArrayList<>();

    @Version
    public int version;
}
