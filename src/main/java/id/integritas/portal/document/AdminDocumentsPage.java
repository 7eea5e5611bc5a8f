package id.integritas.portal.document;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Option;
import id.integritas.portal.system.web.Options;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import id.integritas.portal.system.web.SubmittedForm;
import id.integritas.portal.system.web.UploadScratch;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** /admin/dokumen: the standard documents (SOP, pedoman, ...): officers read and download, administrators upload. */
@Path("/admin/dokumen")
public class AdminDocumentsPage {

    static final int PAGE_SIZE = 20;

    @io.quarkus.qute.TemplateData
    public record Row(long id, String title, String kind, String channel, java.time.LocalDate effectiveFrom,
            Long replaces, Long replacedBy, String size, String sha256) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance documents(Page page, Texts t, List<Row> rows, String next, boolean admin,
                List<Option> kinds, List<Option> channels, FormState form, String notice, long maxMb);
    }

    @Inject
    PageContext pages;

    @Inject
    StandardDocuments documents;

    @Inject
    JsonWebToken jwt;

    @Inject
    SecurityIdentity identity;

    @Inject
    UploadScratch scratch;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ "ADMIN", "PETUGAS", "KETUA_TIM", "PIMPINAN", "PPID", "INSPEKTORAT" })
    public TemplateInstance get(@QueryParam("setelah") String after, @QueryParam("tersimpan") Long stored) {
        return render(after, FormState.empty(), stored == null ? null : pages.texts().get("document.stored"));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("ADMIN")
    public Response post(MultipartFormDataInput input) {
        SubmittedForm form = SubmittedForm.from(input, config.uploads().maxFileBytes(), scratch);
        if (form.fileTooLarge()) {
            return refused(form, List.of(new FieldError(StandardDocuments.FILE_FIELD, "scan_too_large", List.of(maxMb()))), 413);
        }
        if (!pages.validToken(form.token(), true)) {
            return refused(form, List.of(new FieldError("_form", "form_expired")), 400);
        }
        List<FieldError> textErrors = form.textErrors();
        if (!textErrors.isEmpty()) {
            return refused(form, textErrors, 400);
        }
        try {
            StandardDocuments.DocumentRequest r = DocumentForm.read(form.field("title"), form.field("kind"),
                    form.field("channel"), form.field("effectiveFrom"), form.field("replaces"));
            StandardDocuments.DocumentView d = documents.upload(r, form.files().isEmpty() ? null : form.files().get(0),
                    Long.parseLong(jwt.getSubject()));
            return Response.seeOther(URI.create("/admin/dokumen?tersimpan=" + d.id())).build();
        } catch (InvalidInputException e) {
            return refused(form, e.errors(), 400);
        } catch (ApiProblemException e) {
            if (e.status() == 413) {
                return refused(form, List.of(new FieldError(StandardDocuments.FILE_FIELD, "scan_too_large", List.of(maxMb()))), 413);
            }
            throw e;
        }
    }

    /** The document's cleaned copy; {@code asli=1}: the PDF as uploaded. */
    @GET
    @Path("{id}/berkas")
    @Produces("application/pdf")
    @RolesAllowed({ "ADMIN", "PETUGAS", "KETUA_TIM", "PIMPINAN", "PPID", "INSPEKTORAT" })
    public Response download(@PathParam("id") long id, @QueryParam("asli") @DefaultValue("0") int original) {
        return AdminDocumentsApi.pdfResponse(documents.download(id, original == 1));
    }

    private Response refused(SubmittedForm submitted, List<FieldError> errors, int status) {
        Map<String, List<String>> values = new HashMap<>(submitted.fields());
        FormState state = FormState.failed(values, errors, pages.texts(), labels());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(render(null, state, null))
                .build();
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", "document.title");
        m.put("kind", "document.kind");
        m.put("channel", "document.channel");
        m.put("effectiveFrom", "document.effectiveFrom");
        m.put("replaces", "document.replaces");
        m.put(StandardDocuments.FILE_FIELD, "document.file");
        return m;
    }

    private long maxMb() {
        return config.uploads().maxFileBytes() / (1024 * 1024);
    }

    private TemplateInstance render(String after, FormState form, String notice) {
        Page page = pages.signedInPage("document.pageTitle");
        Texts t = page.t();
        StandardDocuments.DocumentPage found = documents.page(PAGE_SIZE, after);
        List<Row> rows = found.items().stream().map(d -> new Row(d.id(), d.title(), t.get("document.kind." + d.kind().name()),
                d.channel() == null ? t.get("document.allChannels") : t.get("channel." + d.channel().name()),
                d.effectiveFrom(), d.replaces(), d.replacedBy(), Math.max(1, (d.sizeBytes() + 1023) / 1024) + " KB",
                d.sha256())).toList();
        return Templates.documents(page, t, rows, found.next(), identity.hasRole("ADMIN"),
                Options.of(DocumentKind.values(), t, "document.kind."), Options.of(Channel.values(), t, "channel."), form,
                notice, maxMb());
    }
}
