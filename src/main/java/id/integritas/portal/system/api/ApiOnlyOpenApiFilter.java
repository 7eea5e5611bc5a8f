package id.integritas.portal.system.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI document describes the JSON API only: the HTML pages (and with them the template engine, file
 * system and multipart types their signatures mention) are left out, and so is every schema no API operation
 * refers to. Runs once, at build time ({@link OpenApiFilter.RunStage#BUILD}): the stored document is already filtered
 * and no start runs the filter again (issue 10 §5; Quarkus still loads the stored document at start).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiOnlyOpenApiFilter implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream().filter(p -> !p.startsWith("/api/")).toList()
                .forEach(openAPI.getPaths()::removePathItem);
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Deque<Schema> todo = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> roots(op, todo)));
        Set<String> used = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null && s.getRef().startsWith(PREFIX)) {
                String name = s.getRef().substring(PREFIX.length());
                if (used.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            addAll(todo, s.getProperties() == null ? null : s.getProperties().values());
            addAll(todo, s.getAllOf());
            addAll(todo, s.getAnyOf());
            addAll(todo, s.getOneOf());
            addAll(todo, s.getPrefixItems());
            addAll(todo, java.util.Arrays.asList(s.getItems(), s.getNot(), s.getAdditionalPropertiesSchema()));
        }
        schemas.keySet().stream().filter(n -> !used.contains(n)).toList().forEach(openAPI.getComponents()::removeSchema);
    }

    private static void roots(Operation op, Deque<Schema> todo) {
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> {
                addAll(todo, java.util.Collections.singletonList(p.getSchema()));
                content(p.getContent(), todo);
            });
        }
        if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent(), todo);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent(), todo));
        }
    }

    private static void content(Content content, Deque<Schema> todo) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> addAll(todo, java.util.Collections.singletonList(m.getSchema())));
        }
    }

    private static void addAll(Deque<Schema> todo, java.util.Collection<Schema> schemas) {
        if (schemas != null) {
            schemas.stream().filter(java.util.Objects::nonNull).forEach(todo::push);
        }
    }
}
