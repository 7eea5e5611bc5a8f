package id.integritas.portal.receipt;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import id.integritas.portal.system.PortalConfig;
import id.integritas.portal.system.i18n.OfficeTime;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The receipt shown once after a form submission, and the public receipt check. */
@Path("/tanda-terima")
@PermitAll
public class ReceiptPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(Page page, Texts t, boolean shown, ReceiptFlash.Shown receipt,
                String channelKey, String submittedAt, String receiptText, String receiptTextEncoded);

        static native TemplateInstance verify(Page page, Texts t, boolean checked, boolean valid, Receipt result);
    }

    @Inject
    PageContext pages;

    @Inject
    ReceiptFlash flash;

    @Inject
    ReceiptVerifier verifier;

    @Inject
    PortalConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@CookieParam(ReceiptFlash.COOKIE) String cookie) {
        Page page = pages.publicPage("receipt.title");
        Texts t = page.t();
        Optional<ReceiptFlash.Shown> shown = flash.read(cookie);
        TemplateInstance html;
        if (shown.isEmpty()) {
            html = Templates.receipt(page, t, false, null, null, null, null, null);
        } else {
            ReceiptFlash.Shown r = shown.get();
            String at = OfficeTime.format(r.submittedAt(), config.office().timeZone(), t);
            String text = t.get("receipt.textHeader") + "\n" + t.get("receipt.registrationNumber") + ": "
                    + r.registrationNumber() + "\n" + t.get("receipt.channel") + ": " + t.get("channel." + r.channel())
                    + "\n" + t.get("receipt.submittedAt") + ": " + at + " (" + r.submittedAt() + ")\n" + t.get("receipt.codeTitle")
                    + ": " + r.trackingCode() + "\n" + t.get("receipt.digest") + ": " + r.contentDigest() + "\n"
                    + t.get("receipt.signed") + ":\n" + r.token() + "\n";
            html = Templates.receipt(page, t, true, r, "channel." + r.channel(), at, text,
                    URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return Response.ok(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).cookie(flash.cleared())
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/periksa")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance verifyForm() {
        Page page = pages.publicPage("verify.title");
        return Templates.verify(page, page.t(), false, false, null);
    }

    @POST
    @Path("/periksa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance verify(MultivaluedMap<String, String> form) {
        Page page = pages.publicPage("verify.title");
        Optional<Receipt> result = pages.validToken(form.getFirst("_csrf"), false)
                ? verifier.verify(form.getFirst("receipt"))
                : Optional.empty();
        return Templates.verify(page, page.t(), true, result.isPresent(), result.orElse(null));
    }
}
