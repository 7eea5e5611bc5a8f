package id.integritas.portal.intake;

import id.integritas.portal.receipt.Acknowledgement;

import id.integritas.portal.account.CurrentAccount;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.Account;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.intake.complaint.ComplaintIntake;
import id.integritas.portal.intake.complaint.ComplaintRequest;
import id.integritas.portal.intake.conflict.ConflictIntake;
import id.integritas.portal.intake.conflict.ConflictRequest;
import id.integritas.portal.intake.gratification.GratificationIntake;
import id.integritas.portal.intake.gratification.GratificationRequest;
import id.integritas.portal.intake.whistleblowing.WhistleblowingIntake;
import id.integritas.portal.intake.whistleblowing.WhistleblowingRequest;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.i18n.RequestLocale;

@Path("/api/v1/reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Filing a report on one of the four channels")
public class ReportsApi {

    @Inject
    ComplaintIntake complaints;

    @Inject
    WhistleblowingIntake whistleblowing;

    @Inject
    GratificationIntake gratifications;

    @Inject
    ConflictIntake conflicts;

    @Inject
    CurrentAccount employee;

    @Inject
    RequestLocale locale;

    @POST
    @Path("/complaints")
    @PermitAll
    @Operation(summary = "File a public-service complaint (pengaduan); no sign-in")
    @APIResponse(responseCode = "201", description = "Stored; the tracking code is shown only in this answer", content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    public Response complaint(ComplaintRequest request) {
        ComplaintRequest r = required(request);
        Acknowledgement ack = complaints.submit(r, List.of(), List.of(), IntakeMedium.API);
        return created(ack, contactNotices(r.identityMode() == null ? ComplaintIntake.DEFAULT_MODE : r.identityMode(),
                r.reporter()));
    }

    @POST
    @Path("/whistleblowing")
    @PermitAll
    @Operation(summary = "Send a whistleblowing tip (WBS); anonymous by default, no sign-in")
    @APIResponse(responseCode = "201", description = "Stored; the tracking code is shown only in this answer", content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    public Response whistleblowing(WhistleblowingRequest request) {
        WhistleblowingRequest r = required(request);
        Acknowledgement ack = whistleblowing.submit(r, List.of(), List.of(), IntakeMedium.API);
        return created(ack, contactNotices(r.identityMode() == null ? WhistleblowingIntake.DEFAULT_MODE : r.identityMode(),
                r.reporter()));
    }

    @POST
    @Path("/gratifications")
    @RolesAllowed("PEGAWAI")
    @Operation(summary = "Report a gift received or refused (laporan gratifikasi); employee token")
    @APIResponse(responseCode = "201", description = "Stored; the tracking code is shown only in this answer", content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    public Response gratification(GratificationRequest request) {
        Account a = employee.account();
        GratificationRequest r = required(request);
        return created(gratifications.submit(r.withReporter(EmployeeIdentity.withAccount(r.reporter(), a)), List.of(),
                List.of(), IntakeMedium.API));
    }

    @POST
    @Path("/conflicts-of-interest")
    @RolesAllowed("PEGAWAI")
    @Operation(summary = "File the annual interests register or a conflict-of-interest declaration; employee token")
    @APIResponse(responseCode = "201", description = "Stored; the tracking code is shown only in this answer", content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    public Response conflict(ConflictRequest request) {
        Account a = employee.account();
        ConflictRequest r = required(request);
        return created(conflicts.submit(r.withDeclarant(EmployeeIdentity.withAccount(r.declarant(), a)), List.of(),
                List.of(), IntakeMedium.API));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        return body;
    }

    private List<SubmissionResponse.Notice> contactNotices(IdentityMode mode, ReporterContact contact) {
        return IdentityRules.unreachable(mode, contact)
                ? List.of(new SubmissionResponse.Notice("no_contact", locale.texts().get("notice.no_contact")))
                : List.of();
    }

    private static Response created(Acknowledgement a) {
        return created(a, List.of());
    }

    private static Response created(Acknowledgement a, List<SubmissionResponse.Notice> notices) {
        return Response.status(Response.Status.CREATED).entity(SubmissionResponse.of(a, notices)).build();
    }
}
