package id.integritas.portal.system;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The reverse-proxy examples shipped in deploy/ keep the privacy promise (no client address, no user agent, no
 * query string in any log format), set the forwarded headers as the portal trusts them (replaced, not appended),
 * health-check readiness and limit bodies like the portal does. Plain parsing, no proxy needed.
 */
class ProxyConfigTest {

    static final Path HAPROXY = Path.of("deploy/haproxy/haproxy.cfg");
    static final Path NGINX = Path.of("deploy/nginx/portal.conf");

    /** HAProxy log variables that carry the client, its headers/cookies or the query string. */
    static final Pattern HAPROXY_FORBIDDEN = Pattern.compile(
            "%(\\{[^}]*})?(ci|cp|hr|hrl|hs|hsl|CC|CS|r|HU|HQ)(?![A-Za-z])|%\\[\\s*(src|req\\.hdr|hdr|req\\.fhdr|query|url|capture)");

    /** nginx variables that carry the client, its headers/cookies or the query string. */
    static final Pattern NGINX_FORBIDDEN = Pattern.compile("\\$(remote_addr|binary_remote_addr|realip_remote_addr|"
            + "remote_port|proxy_add_x_forwarded_for|http_[a-z_]+|cookie_[a-z_]+|request|request_uri|args|arg_[a-z_]+|"
            + "query_string|is_args|request_body)(?![a-z_])");

    /** Lines without comments (# to the end of the line, outside quotes is good enough for these files). */
    static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            int hash = line.indexOf('#');
            String code = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!code.isEmpty()) {
                out.add(code);
            }
        }
        return out;
    }

    static long maxBodyBytes() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            p.load(in);
        }
        String v = p.getProperty("quarkus.http.limits.max-body-size");
        assertTrue(v.endsWith("M"), "the portal's limit is in megabytes: " + v);
        return Long.parseLong(v.substring(0, v.length() - 1)) * 1024 * 1024;
    }

    @Test
    void haproxyLogsNoClientAddressUserAgentOrQuery() throws IOException {
        List<String> lines = lines(HAPROXY);
        List<String> formats = lines.stream().filter(l -> l.startsWith("log-format") || l.startsWith("error-log-format")).toList();
        assertFalse(formats.isEmpty(), "an explicit log-format (the built-in ones start with the client address)");
        for (String f : formats) {
            Matcher m = HAPROXY_FORBIDDEN.matcher(f);
            assertFalse(m.find(), "HAProxy log format must not log " + (m.hitEnd() ? "" : m.group()) + ": " + f);
        }
        for (String l : lines) {
            assertFalse(l.matches("option\\s+(httplog|tcplog|httpslog).*"), "built-in log formats have the client: " + l);
            assertFalse(l.startsWith("capture "), "no header or cookie captures: " + l);
            assertFalse(l.matches("log-format-sd.*"), "no structured-data log format: " + l);
        }
    }

    @Test
    void haproxyForwardsAsThePortalTrustsAndChecksReadiness() throws IOException {
        List<String> lines = lines(HAPROXY);
        assertTrue(lines.contains("http-request del-header X-Forwarded-For"), "the client's own X-Forwarded-For is dropped");
        assertTrue(lines.contains("option forwardfor"), "X-Forwarded-For set from the connection");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("http-request set-header X-Forwarded-Proto")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("http-request set-header X-Forwarded-Host")));
        assertTrue(lines.contains("http-check send meth GET uri /q/health/ready"));
        assertTrue(lines.contains("retry-on conn-failure"), "only requests never sent are retried (no POST twice)");
        String limit = "http-request deny deny_status 413 if { req.hdr_val(content-length) gt " + maxBodyBytes() + " }";
        assertTrue(lines.contains(limit), "the portal's body limit: " + limit);
        assertTrue(lines.stream().filter(l -> l.startsWith("server ")).allMatch(l -> l.endsWith(" check")), "every server is checked");
    }

    @Test
    void nginxLogsNoClientAddressUserAgentOrQuery() throws IOException {
        List<String> lines = lines(NGINX);
        List<String> formats = lines.stream().filter(l -> l.startsWith("log_format")).toList();
        assertEquals(1, formats.size());
        for (String f : formats) {
            Matcher m = NGINX_FORBIDDEN.matcher(f);
            assertFalse(m.find(), "nginx log format must not log " + (m.hitEnd() ? "" : m.group()) + ": " + f);
        }
        List<String> accessLogs = lines.stream().filter(l -> l.startsWith("access_log")).toList();
        assertFalse(accessLogs.isEmpty());
        for (String a : accessLogs) {
            assertTrue(a.endsWith(" portal_private;") || a.equals("access_log off;"), "the private format, never combined: " + a);
        }
        for (String e : lines.stream().filter(l -> l.startsWith("error_log")).toList()) {
            assertTrue(e.endsWith(" crit;"), "error lines below crit name the client: " + e);
        }
    }

    @Test
    void nginxForwardsAsThePortalTrustsAndLimitsBodies() throws IOException {
        List<String> lines = lines(NGINX);
        assertTrue(lines.contains("proxy_set_header X-Forwarded-For $remote_addr;"), "set, never appended to the client's");
        assertFalse(lines.stream().anyMatch(l -> l.contains("$proxy_add_x_forwarded_for")));
        assertTrue(lines.contains("proxy_set_header X-Forwarded-Proto https;"));
        assertTrue(lines.contains("proxy_set_header X-Forwarded-Host $host;"));
        assertTrue(lines.contains("client_max_body_size " + maxBodyBytes() / 1024 / 1024 + "m;"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("/q/health/ready")));
        assertTrue(lines.contains("proxy_next_upstream error timeout;"), "no retry after a request reached an instance");
    }
}
