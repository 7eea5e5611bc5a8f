package id.integritas.portal.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import id.integritas.portal.system.api.Problem;
import id.integritas.portal.system.i18n.RequestLocale;
import id.integritas.portal.system.i18n.Texts;

/** 409 problem+json for a refused step, with {@code currentState} and {@code allowedTransitions} (also as {@code allowedStates}). */
public class StepRefusals {

    @Inject
    RequestLocale locale;

    @ServerExceptionMapper
    public Response refused(StepRefusedException e) {
        Texts t = locale.texts();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:portal-integritas:problem:illegal-transition");
        body.put("title", t.get("specifics.problem.illegalTransition.title"));
        body.put("status", 409);
        body.put("detail", t.format("specifics.problem.illegalTransition.detail", e.currentState(),
                e.allowedStates().isEmpty() ? "-" : String.join(", ", e.allowedStates())));
        body.put("currentState", e.currentState());
        body.put("allowedStates", e.allowedStates());
        body.put("allowedTransitions", e.allowedStates()); // the same name as the case API and the transitions 409
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
