package id.integritas.portal.system;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The manifests checked in under deploy/kubernetes are what quarkus-kubernetes generates from this build's settings
 * (after package: target/kubernetes/kubernetes.yml). Compared as YAML documents, environment and port lists in name order
 * (the extension does not promise their order: the container ports came out 8080, 9000 in one build and 9000, 8080
 * in the next). When it fails: deploy/kubernetes/regenerate.sh, then commit.
 */
class KubernetesManifestsIT {

    @Test
    void checkedInManifestsEqualTheGeneratedOnes() throws Exception {
        Path generated = Path.of("target/kubernetes/kubernetes.yml");
        assertTrue(Files.exists(generated), "run after package");
        assertEquals(normalised(generated), normalised(DeploymentFilesTest.K8S),
                "deploy/kubernetes/kubernetes.yml is stale: run deploy/kubernetes/regenerate.sh and commit it");
    }

    @SuppressWarnings("unchecked")
    static Object normalised(Path file) throws Exception {
        List<Map<String, Object>> docs = DeploymentFilesTest.documents(file);
        docs.sort(Comparator.comparing(d -> d.get("kind") + "/" + ((Map<String, Object>) d.get("metadata")).get("name")));
        return sortEnv(docs);
    }

    @SuppressWarnings("unchecked")
    private static Object sortEnv(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            m.replaceAll((k, v) -> sortEnv(v));
            for (String unordered : List.of("env", "ports")) {
                if (m.get(unordered) instanceof List<?> items) {
                    ((List<Map<String, Object>>) items).sort(Comparator.comparing(e -> String.valueOf(e.get("name"))));
                }
            }
            return m;
        }
        if (node instanceof List<?> list) {
            ((List<Object>) list).replaceAll(KubernetesManifestsIT::sortEnv);
        }
        return node;
    }
}
