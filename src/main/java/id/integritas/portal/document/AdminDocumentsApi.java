package id.integritas.portal.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.web.IncomingFile;

/** Standard documents (SOP, pedoman, standar pelayanan, maklumat): administrators upload, officers read. */
@Path("/api/v1/admin/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminDocumentsApi {

    /** The multipart body of an upload, for the API document. */
    @Schema(name = "StandardDocumentUpload")
    public static class Upload {
        @Schema(description = "The title, at most 200 characters", required = true)
        public String title;
        @Schema(description = "SOP, PEDOMAN, STANDAR_PELAYANAN, MAKLUMAT or LAINNYA", required = true)
        public String kind;
        @Schema(description = "The channel it governs (ADU, GRT, WBS, BKP); absent for office-wide documents")
        public String channel;
        @Schema(description = "The day it takes effect (yyyy-mm-dd)", required = true)
        public String effectiveFrom;
        @Schema(description = "The id of the version this one replaces (kept, in force until this one takes effect)")
        public Long replaces;
        @Schema(description = "The PDF (by content), within the per-file upload limit", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary", required = true)
        public String file;
    }

    @Inject
    StandardDocuments documents;

    @Inject
    JsonWebToken jwt;

    @Inject
    PortalConfig config;

    @GET
    @RolesAllowed({ "ADMIN", "PETUGAS", "KETUA_TIM", "PIMPINAN", "PPID", "INSPEKTORAT" })
    @Operation(summary = "Standard documents, every version, newest effective date first (keyset pages: after = next)")
    @APIResponse(responseCode = "200", description = "A page of versions; replacedBy is null for the current one")
    public StandardDocuments.DocumentPage list(@QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("after") String after) {
        return documents.page(Math.max(1, Math.min(limit, 200)), after);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a standard document (PDF) with its title, kind, channel and effective date; optionally as the new version of an earlier one (audited)")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = Upload.class)))
    @APIResponse(responseCode = "201", description = "Stored; the version with the SHA-256 of the PDF as uploaded")
    @APIResponse(responseCode = "400", description = "Field errors (problem+json): file not a PDF (document_pdf_only), unknown kind, replaced version unknown or already replaced")
    @APIResponse(responseCode = "413", description = "Over the upload limit")
    public Response upload(@RestForm("title") String title, @RestForm("kind") String kind,
            @RestForm("channel") String channel, @RestForm("effectiveFrom") String effectiveFrom,
            @RestForm("replaces") String replaces, @RestForm("file") FileUpload file) {
        StandardDocuments.DocumentRequest r = DocumentForm.read(title, kind, channel, effectiveFrom, replaces);
        IncomingFile pdf = null;
        if (file != null && !(file.size() == 0 && (file.fileName() == null || file.fileName().isEmpty()))) {
            if (file.size() > config.uploads().maxFileBytes()) {
                throw ApiProblemException.tooLarge();
            }
            pdf = new IncomingFile(file.fileName(), file.uploadedFile(), file.size());
        }
        return Response.status(201).entity(documents.upload(r, pdf, Long.parseLong(jwt.getSubject()))).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "ADMIN", "PETUGAS", "KETUA_TIM", "PIMPINAN", "PPID", "INSPEKTORAT" })
    @Operation(summary = "One version of a standard document")
    @APIResponse(responseCode = "200", description = "The version")
    public StandardDocuments.DocumentView get(@PathParam("id") long id) {
        return documents.get(id);
    }

    @GET
    @Path("/{id}/file")
    @Produces("application/pdf")
    @RolesAllowed({ "ADMIN", "PETUGAS", "KETUA_TIM", "PIMPINAN", "PPID", "INSPEKTORAT" })
    @Operation(summary = "Download the document: its cleaned copy, or with original=true the PDF as uploaded")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such document")
    public Response file(@PathParam("id") long id, @QueryParam("original") @DefaultValue("false") boolean original) {
        return pdfResponse(documents.download(id, original));
    }

    static Response pdfResponse(StandardDocuments.Download d) {
        StreamingOutput body = out -> d.writer().write(out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
