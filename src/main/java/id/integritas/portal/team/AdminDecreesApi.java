package id.integritas.portal.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.system.web.IncomingFile;
import id.integritas.portal.system.web.UploadScratch;

@Path("/api/v1/admin/decrees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
public class AdminDecreesApi {

    public record MemberView(String username, TeamRole teamRole, LocalDate validFrom, LocalDate validUntil,
            boolean inForce) {
    }

    /** {@code scan}: the scanned decree (SHA-256 of the PDF as uploaded, size, when), null until one is uploaded. */
    public record DecreeView(long id, TeamKind teamKind, String channel, String number, LocalDate date,
            String signatory, LocalDate validFrom, LocalDate validUntil, boolean inForce, boolean expiresSoon,
            List<MemberView> members, DecreeScans.ScanInfo scan) {
    }

    public record DecreePage(List<DecreeView> items, int page, int size, long total) {
    }

    @Inject
    DecreeAdmin admin;

    @Inject
    JsonWebToken jwt;

    @Inject
    DecreeScans scans;

    @Inject
    UploadScratch scratch;

    @GET
    @Operation(summary = "Registered decrees (SK), newest period first, paged")
    public DecreePage list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, 100));
        return new DecreePage(views(admin.page(p, s)), p, s, admin.count());
    }

    @POST
    @Operation(summary = "Register a decree (SK) with its team members")
    @APIResponse(responseCode = "201", description = "Decree registered")
    public Response create(DecreeAdmin.DecreeRequest body) {
        Decree d = admin.create(body, actor());
        return Response.status(201).entity(views(List.of(admin.find(d.id))).get(0)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One decree with its members")
    public DecreeView get(@PathParam("id") long id) {
        return views(List.of(admin.find(id))).get(0);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Correct a decree or its members; access follows the new dates at once")
    public DecreeView put(@PathParam("id") long id, DecreeAdmin.DecreeRequest body) {
        admin.update(id, body, actor());
        return views(List.of(admin.find(id))).get(0);
    }

    @PUT
    @Path("/{id}/scan")
    @Consumes({ "application/pdf", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Upload the scanned decree (PDF only, within the upload limit); replaces the current scan")
    @APIResponse(responseCode = "200", description = "Scan stored; the decree with its scan's SHA-256 and size")
    @APIResponse(responseCode = "400", description = "Not a PDF (field 'scan', code 'pdf_only') or unreadable")
    @APIResponse(responseCode = "413", description = "Over the upload limit")
    public DecreeView putScan(@PathParam("id") long id, InputStream body) throws IOException {
        IncomingFile file = scratch.save("SK-" + id + ".pdf", body == null ? InputStream.nullInputStream() : body);
        scans.upload(id, file, actor());
        return views(List.of(admin.find(id))).get(0);
    }

    @GET
    @Path("/{id}/scan")
    @Produces("application/pdf")
    @Operation(summary = "Download the scanned decree: its cleaned copy, or with original=true the sealed original as uploaded (audited)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such decree, or no scan uploaded")
    public Response getScan(@PathParam("id") long id, @QueryParam("original") @DefaultValue("false") boolean original) {
        return scanResponse(scans.download(id, original, actor()));
    }

    /** The PDF as an attachment download (never rendered inline from the API). */
    static Response scanResponse(DecreeScans.Download d) {
        StreamingOutput body = out -> d.writer().write(out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private Long actor() {
        return Long.valueOf(jwt.getSubject());
    }

    private List<DecreeView> views(List<Decree> decrees) {
        LocalDate today = admin.today();
        Map<Long, DecreeScans.ScanInfo> scanInfos = scans.infos(decrees);
        Map<Long, String> names = admin.usernames(decrees.stream().flatMap(d -> d.members.stream())
                .map(m -> m.accountId).collect(Collectors.toSet()));
        return decrees.stream().map(d -> new DecreeView(d.id, d.teamKind, d.channel == null ? null : d.channel.name(),
                d.number, d.date, d.signatory, d.validFrom, d.validUntil, d.inForceOn(today),
                d.expiresWithin(today, DecreeAdmin.WARNING_DAYS),
                d.members.stream().map(m -> new MemberView(names.get(m.accountId), m.teamRole, m.validFrom,
                        m.validUntil, m.inForceOn(today))).toList(), scanInfos.get(d.id))).toList();
    }
}
