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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @Inject
    InboxQuery inboxQuery;

    @GET
    @RolesAllowed({ "PETUGAS", "KETUA_TIM", "INSPEKTORAT" })
    @Transactional
    @Operation(summary = "Inbox: the cases the caller may see today (team.CaseAccess), filtered, sorted, keyset-paginated",
            description = "Filters combine (AND). Pages continue with `after` = the previous page's `next` and the same "
                    + "filters; counts of the open cases come with `counts=true`. Bad values answer 400 problem+json "
                    + "naming the field; a cursor not issued by this portal (or for another sort) is a bad `after`.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = InboxView.Page.class)))
    @APIResponse(responseCode = "400", description = "A filter value is not valid (problem+json with `errors[].field`)")
    public InboxView.Page inbox(
            @Parameter(description = "ADU, GRT, WBS or BKP") @QueryParam("channel") String channel,
            @Parameter(description = "Internal state; repeat for several") @QueryParam("state") List<String> state,
            @Parameter(description = "Service code (complaints)") @QueryParam("service") String service,
            @Parameter(description = "Category code (WBS)") @QueryParam("category") String category,
            @Parameter(description = "true: only cases assigned to the caller") @QueryParam("assignedToMe") String assignedToMe,
            @Parameter(description = "true: a running clock is past due (next due date before today)") @QueryParam("overdue") String overdue,
            @Parameter(description = "0-60: next due date within this many working days (holiday calendar)") @QueryParam("dueWithin") String dueWithin,
            @Parameter(description = "Team kind: COMPLAINTS, UPG, WBS, CONFLICT_OF_INTEREST (its channel, team route)") @QueryParam("team") String team,
            @Parameter(description = "age (default, newest first) or deadline (earliest first)") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("direction") String direction,
            @Parameter(description = "1-100, default 20") @QueryParam("limit") String limit,
            @Parameter(description = "The previous page's `next`") @QueryParam("after") String after,
            @Parameter(description = "true: include counts of the open cases (costs time proportional to them; ask once, not per page)") @QueryParam("counts") String counts) {
        InboxQuery.Filter filter = inboxQuery.parse(new InboxQuery.Request(channel, state, service, category, assignedToMe,
                overdue, dueWithin, team, sort, direction, limit, after, counts));
        return InboxView.of(inboxQuery.run(current.account(), filter));
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
