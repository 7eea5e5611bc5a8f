package io.quarkus.smallrye.openapi.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;

/**
 * Portal Integritas (issue 10 §5, docs/performance.md "Start-up against bare Quarkus"): the OpenAPI document that
 * {@code /q/openapi} serves is prepared at its first request instead of at every start.
 * <p>
 * quarkus-smallrye-openapi stores the document at build time (already filtered: {@code ApiOnlyOpenApiFilter} runs at
 * BUILD) and, at runtime init, parses it and serialises it to JSON and YAML whether anyone asks for it or not:
 * ~600 classes (SmallRye OpenAPI's model and I/O, SnakeYAML, Jandex) and ~0.3 s of each start, with no option to
 * turn that off. This alternative of the extension's own bean records what the extension asks it to prepare and
 * does exactly that, with the extension's code, when the document is first requested; the bytes served are the same.
 * <p>
 * It must live in the extension's package: {@code prepareDocument} is package-private. {@code @Override} makes the
 * build fail if a Quarkus upgrade changes either method, instead of silently preparing at start again. It is built
 * into the packaged application only ({@code prod} build profile), where one class loader loads the extension and the
 * application; dev mode and {@code @QuarkusTest} load them with two, where a package-private method can be neither
 * overridden nor its field injected, so they keep the extension's own bean. {@code ProdStartupIT} checks that the
 * packaged jar serves the document.
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable // looked up with Arc.container().select(OpenApiDocumentService.class) only, never injected
@IfBuildProfile("prod")
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    /** Documents recorded at start and not prepared yet, by document name. */
    private final Map<String, Runnable> pending = new LinkedHashMap<>();

    @Override
    void prepareDocument(AutoSecurityFilter autoSecurityFilter, Map<OpenApiFilter.RunStage, List<String>> filters,
            String documentName) {
        ClassLoader startLoader = Thread.currentThread().getContextClassLoader();
        synchronized (pending) {
            pending.put(documentName, () -> {
                Thread thread = Thread.currentThread();
                ClassLoader before = thread.getContextClassLoader();
                thread.setContextClassLoader(startLoader);
                try {
                    super.prepareDocument(autoSecurityFilter, filters, documentName);
                } finally {
                    thread.setContextClassLoader(before);
                }
            });
        }
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        synchronized (pending) {
            Runnable prepare = pending.remove(documentName);
            if (prepare != null) {
                prepare.run();
            }
        }
        return super.getDocument(documentName, format);
    }
}
