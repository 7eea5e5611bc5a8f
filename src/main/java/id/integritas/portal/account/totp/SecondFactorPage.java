package id.integritas.portal.account.totp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.integritas.portal.account.AccountStates;
import id.integritas.portal.account.RoleNavigation;
import id.integritas.portal.system.i18n.Texts;
import id.integritas.portal.system.validation.FieldError;
import id.integritas.portal.system.validation.InvalidInputException;
import id.integritas.portal.system.web.FormState;
import id.integritas.portal.system.web.Page;
import id.integritas.portal.system.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * /akun/verifikasi-dua-langkah: the QR code and the key to type in by hand, the form for the first code, then the
 * recovery codes, shown this once (the answer is not stored by the browser nor repeated by a redirect).
 */
@Path(RoleNavigation.SECOND_FACTOR)
@Authenticated
public class SecondFactorPage {

    @CheckedTemplate(basePath = "SecondFactorPage")
    static class Templates {
        static native TemplateInstance enrol(Page page, Texts t, FormState form, String secret, String qr);

        static native TemplateInstance recoveryCodes(Page page, Texts t, List<String> codes, String next);

        static native TemplateInstance enrolled(Page page, Texts t, long recoveryCodesLeft);
    }

    @Inject
    PageContext pages;

    @Inject
    SecondFactors factors;

    @Inject
    AccountStates states;

    @Inject
    JsonWebToken jwt;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show() {
        long id = Long.parseLong(jwt.getSubject());
        if (factors.enrolled(id)) {
            Page page = pages.signedInPage("secondFactor.title");
            return html(200, Templates.enrolled(page, page.t(), factors.recoveryCodesLeft(id)));
        }
        return html(200, enrolPage(id, FormState.empty()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(MultivaluedMap<String, String> form) {
        long id = Long.parseLong(jwt.getSubject());
        if (factors.enrolled(id)) {
            return Response.seeOther(java.net.URI.create(RoleNavigation.SECOND_FACTOR)).build();
        }
        List<FieldError> errors;
        if (!pages.validToken(form.getFirst("_csrf"), true)) {
            errors = List.of(new FieldError("_form", "form_expired"));
        } else {
            try {
                List<String> codes = factors.confirm(id, form.getFirst("code"));
                Set<String> roles = states.get(id).map(s -> s.effectiveRoles().stream().map(Enum::name)
                        .collect(Collectors.toSet())).orElse(Set.of());
                Page page = pages.signedInPage("secondFactor.codesTitle");
                return html(200, Templates.recoveryCodes(page, page.t(), codes, RoleNavigation.home(roles)));
            } catch (InvalidInputException e) {
                errors = e.errors();
            }
        }
        FormState state = FormState.failed(Map.of(), errors, pages.texts(), Map.of("code", "secondFactor.code"));
        return html(400, enrolPage(id, state));
    }

    private TemplateInstance enrolPage(long id, FormState form) {
        SecondFactors.Enrolment e = factors.pending(id).orElseGet(() -> factors.start(id));
        Page page = pages.signedInPage("secondFactor.title");
        return Templates.enrol(page, page.t(), form, grouped(e.secret()),
                EnrolmentQr.svg(e.otpauthUri(), page.t().get("secondFactor.qrLabel")));
    }

    /** The key in groups of four, as apps show it, easier to type. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }

    private static Response html(int status, TemplateInstance body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(body).build();
    }
}
