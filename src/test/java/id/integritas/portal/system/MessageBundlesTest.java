package id.integritas.portal.system;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages have the same keys, and every literal key a template or class asks for exists. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyFormLabelExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (var labels : java.util.List.of(id.integritas.portal.casefile.FormLabels.COMPLAINT,
                id.integritas.portal.casefile.FormLabels.WHISTLEBLOWING, id.integritas.portal.casefile.FormLabels.GRATIFICATION,
                id.integritas.portal.casefile.FormLabels.CONFLICT)) {
            labels.values().stream().filter(k -> !keys.contains(k)).forEach(missing::add);
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern used = Pattern.compile("(?:t\\.get|texts\\(\\)\\.get|t\\.format|publicPage|signedInPage)\\([\"']([a-zA-Z][a-zA-Z0-9_.-]+)[\"']");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")), Files.walk(Path.of("src/main/java")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = used.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !keys.contains(key)) {
                        missing.add(key + " in " + f.getFileName());
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
