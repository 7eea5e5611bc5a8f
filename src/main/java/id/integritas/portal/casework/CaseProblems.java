package id.integritas.portal.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.integritas.portal.casefile.PrivacyChangeRefusedException;
import id.integritas.portal.casefile.TransitionRefusedException;
import id.integritas.portal.system.api.Problem;
import id.integritas.portal.system.i18n.RequestLocale;
import id.integritas.portal.system.i18n.Texts;

/**
 * 409 problem+json for the domain's refusals, for every resource that works cases (the generic transitions and the
 * channel-specific steps alike): a step this actor may not take now, or a privacy change that would lower it.
 */
public class CaseProblems {

    @Inject
    RequestLocale locale;

    @ServerExceptionMapper
    public Response refused(TransitionRefusedException e) {
        Texts t = locale.texts();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "urn:portal-integritas:problem:illegal-transition");
        p.put("title", t.get("problem.illegal-transition.title"));
        p.put("status", 409);
        p.put("detail", t.get("problem.illegal-transition.detail"));
        p.put("currentState", e.currentState());
        p.put("allowedTransitions", e.allowedTransitions());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    @ServerExceptionMapper
    public Response privacyRefused(PrivacyChangeRefusedException e) {
        Texts t = locale.texts();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "urn:portal-integritas:problem:privacy-lowering");
        p.put("title", t.get("problem.privacy-lowering.title"));
        p.put("status", 409);
        p.put("detail", t.get("problem.privacy-lowering.detail"));
        p.put("identityMode", e.current().name());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(p).build();
    }

}
