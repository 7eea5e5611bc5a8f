package id.integritas.portal.casework;

import id.integritas.portal.casefile.EncryptionLabels;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.integritas.portal.account.Account;
import id.integritas.portal.audit.AuditLog;
import id.integritas.portal.casefile.CaseHistory;
import id.integritas.portal.casefile.CaseMessage;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.ReporterIdentity;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.crypto.DataCipher;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.team.CaseAccess;
import id.integritas.portal.tracking.TrackingService;

/**
 * The minimal officer side: an inbox, reading a case, the identity behind it (with a reason, audited), and
 * the message box. Officers see the cases of the channels of the SK teams they are members of today
 * ({@link CaseAccess}); administrators see the cases no team in force works ({@code /unassigned}).
 */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
@Tag(name = "Cases (officers)")
public class OfficerCasesApi {

    public record CaseSummary(String registrationNumber, String channel, String status, String publicStatus,
            String identityMode, Instant submittedAt) {
    }

    public record CaseDetail(CaseSummary summary, JsonNode content, int attachments, boolean hasIdentity) {
    }

    public record PageOf<T>(List<T> items, int page, int size, long total) {
    }

    public record MessageBody(String message) {
    }

    public record MessageOut(String from, Instant sentAt, String body) {
    }

    @Inject
    CaseHistory history;

    @Inject
    CurrentAccount current;

    @Inject
    DataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper mapper;

    @Inject
    TrackingService tracking;

    @Inject
    Clock clock;

    @Inject
    CaseAccess access;

    @GET
    @Operation(summary = "Inbox of the channels of the officer's SK teams in force today, newest first")
    public PageOf<CaseSummary> inbox(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        Account officer = current.account();
        int s = Math.max(1, Math.min(size, 100));
        int p = Math.max(0, page);
        List<CaseSummary> items = access.inbox(officer, p, s).stream().map(OfficerCasesApi::summary).toList();
        return new PageOf<>(items, p, s, access.countInbox(officer));
    }

    @GET
    @Path("/unassigned")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Cases of channels with no SK team in force today, newest first (administrators)")
    public PageOf<CaseSummary> unassigned(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int s = Math.max(1, Math.min(size, 100));
        int p = Math.max(0, page);
        var today = access.today();
        List<CaseSummary> items = access.unassigned(today, p, s).stream().map(OfficerCasesApi::summary).toList();
        return new PageOf<>(items, p, s, access.countUnassigned(today));
    }

    @GET
    @Path("/{registrationNumber}")
    @Transactional
    @Operation(summary = "A case with its decrypted content (the view is audited)")
    public CaseDetail read(@PathParam("registrationNumber") String number) {
        Account officer = current.account();
        ReportCase c = visible(officer, number);
        audit.record(officer.id, "CASE_CONTENT_VIEWED", "CASE", c.id, null);
        try {
            JsonNode content = mapper.readTree(cipher.decrypt(c.content, EncryptionLabels.CONTENT));
            boolean identity = history.identities.forCase(c.id) != null;
            return new CaseDetail(summary(c), content, tracking.attachmentsOf(c.id).size(), identity);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored content unreadable", e);
        }
    }

    @GET
    @Path("/{registrationNumber}/identity")
    @Transactional
    @Operation(summary = "The reporter's identity; a reason is required and the view is audited")
    public JsonNode identity(@PathParam("registrationNumber") String number, @QueryParam("reason") String reason) {
        Account officer = current.account();
        ReportCase c = visible(officer, number);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException(new FieldError("reason", "required"));
        }
        ReporterIdentity identity = history.identities.forCase(c.id);
        if (identity == null) {
            throw ApiProblemException.notFound();
        }
        audit.record(officer.id, "IDENTITY_VIEWED", "CASE", c.id, reason.strip());
        try {
            return mapper.readTree(cipher.decrypt(identity.data, EncryptionLabels.IDENTITY));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored identity unreadable", e);
        }
    }

    @GET
    @Path("/{registrationNumber}/messages")
    @Transactional
    public List<MessageOut> messages(@PathParam("registrationNumber") String number) {
        Account officer = current.account();
        ReportCase c = visible(officer, number);
        audit.record(officer.id, "MESSAGES_VIEWED", "CASE", c.id, null);
        return history.messages.of(c.id).stream()
                .map(m -> new MessageOut(m.author.name(), m.sentAt, cipher.decryptText(m.body, EncryptionLabels.MESSAGE)))
                .toList();
    }

    @POST
    @Path("/{registrationNumber}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Write to the reporter; they read it through their tracking code")
    @APIResponse(responseCode = "201", description = "Message stored")
    public Response post(@PathParam("registrationNumber") String number, MessageBody body) {
        Account officer = current.account();
        ReportCase c = visible(officer, number);
        String text = CaseMessage.checkedBody(body == null ? null : body.message());
        CaseMessage m = new CaseMessage();
        m.caseId = c.id;
        m.sentAt = clock.instant();
        m.author = CaseMessage.Author.OFFICER;
        m.officerAccountId = officer.id;
        m.body = cipher.encryptText(text, EncryptionLabels.MESSAGE);
        history.messages.persist(m);
        audit.record(officer.id, "MESSAGE_SENT", "CASE", c.id, null);
        return Response.status(201).entity(Map.of("sentAt", m.sentAt.toString())).build();
    }

    private ReportCase visible(Account officer, String number) {
        return access.visible(officer, number).orElseThrow(ApiProblemException::notFound);
    }

    static CaseSummary summary(ReportCase c) {
        return new CaseSummary(c.registrationNumber, c.channel.name(), c.status, c.publicStatus().name(),
                c.identityMode.name(), c.submittedAt);
    }
}
