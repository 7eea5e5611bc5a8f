package id.integritas.portal.casework.conflict;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.team.CaseAccess;

/**
 * The decision side of conflict-of-interest cases: the declarant's superior (who sees their subordinates'
 * declarations) or the CoI team chair decides; the CoI team verifies annual registers. Invisible cases answer 404.
 */
@Path("/api/v1/cases/{registrationNumber}/conflict-of-interest")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PEGAWAI", "PETUGAS", "KETUA_TIM", "PIMPINAN" })
@Tag(name = "Cases (officers)")
public class ConflictHandlingApi {

    public record DecisionOut(String analysis, String controlMeasure, String replacementOfficial, Instant decidedAt,
            Instant implementedAt) {
    }

    public record ConflictView(String registrationNumber, String kind, String status, java.util.List<String> allowedTransitions,
            boolean suspendedDecision, boolean mayDecide, DecisionOut decision) {
    }

    public record DecisionBody(String analysis, ControlMeasure controlMeasure, String replacementOfficial) {
    }

    public record ImplementationBody(String note) {
    }

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    ConflictHandling handling;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    @Operation(summary = "A conflict-of-interest case: state, whether the affected decision is suspended, and the decision (the view is audited)")
    public ConflictView read(@PathParam("registrationNumber") String number) {
        Account a = current.account();
        ReportCase c = visible(a, number);
        audit.record(a.id, "CONFLICT_DECISION_VIEWED", "CASE", c.id, null);
        return view(a, c);
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The superior's (or CoI chair's) analysis, control measure and replacement official (→ DIPUTUSKAN)")
    public ConflictView decide(@PathParam("registrationNumber") String number, DecisionBody body) {
        Account a = current.account();
        ReportCase c = visible(a, number);
        DecisionBody b = body == null ? new DecisionBody(null, null, null) : body;
        handling.decide(c, a, b.analysis(), b.controlMeasure(), b.replacementOfficial());
        return view(a, c);
    }

    @POST
    @Path("/implementation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Record that the control measure was carried out (→ DILAKSANAKAN)")
    public ConflictView implemented(@PathParam("registrationNumber") String number, ImplementationBody body) {
        Account a = current.account();
        ReportCase c = visible(a, number);
        handling.implemented(c, a, body == null ? null : body.note());
        return view(a, c);
    }

    @POST
    @Path("/register-verification")
    @Transactional
    @Operation(summary = "The CoI team verifies an annual interests register (TERISI → TERVERIFIKASI)")
    public ConflictView verify(@PathParam("registrationNumber") String number) {
        Account a = current.account();
        ReportCase c = visible(a, number);
        handling.verifyRegister(c, a, access.channelsInForce(a.id));
        return view(a, c);
    }

    private ReportCase visible(Account a, String number) {
        return access.visible(a, number).filter(c -> c.channel == Channel.BKP).orElseThrow(ApiProblemException::notFound);
    }

    private ConflictView view(Account a, ReportCase c) {
        ConflictDecision d = ConflictDecision.findById(c.id);
        DecisionOut out = d == null ? null : new DecisionOut(handling.decrypt(d.analysis), d.controlMeasure.name(),
                handling.decrypt(d.replacementOfficial), d.decidedAt, d.implementedAt);
        return new ConflictView(c.registrationNumber, c.conflictKind, c.status,
                c.workflowStatus().next().stream().sorted().toList(), ConflictHandling.suspended(c),
                ConflictHandling.isDeclaration(c) && handling.mayDecide(a, c), out);
    }
}
