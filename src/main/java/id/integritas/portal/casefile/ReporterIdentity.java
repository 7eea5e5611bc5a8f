package id.integritas.portal.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The reporter's identity, apart from the case and encrypted; no row at all for anonymous reports. */
@Entity
@Table(name = "reporter_identity")
public class ReporterIdentity extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public Long caseId;

    @Column(nullable = false)
    public byte[] data;
}
