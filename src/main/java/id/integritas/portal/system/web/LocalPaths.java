package id.integritas.portal.system.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Return paths ("go back to where you were") are followed only when they stay on this site, so no page of the
 * portal is an open redirect.
 */
public final class LocalPaths {

    public static final String SIGN_IN = "/masuk";
    public static final String SIGN_OUT = "/keluar";
    /** The query parameter that carries a return path. */
    public static final String RETURN_TO = "ke";

    private static final String URI_CHARS = "-._~!$&'()*+,;=:@/?%";

    private LocalPaths() {
    }

    /**
     * {@code path} when it is a local path ({@code /x...}): never a scheme, a host ({@code //evil}), a backslash
     * trick, a control character or anything a URI cannot hold unencoded; otherwise null.
     */
    public static String safe(String path) {
        if (path == null || path.isEmpty() || path.length() > 512 || path.charAt(0) != '/') {
            return null;
        }
        if (path.startsWith("//") || path.startsWith("/\\")) {
            return null;
        }
        for (char c : path.toCharArray()) {
            if (URI_CHARS.indexOf(c) < 0 && !Character.isLetterOrDigit(c) || c > 0x7e) {
                return null; // only what a URI may hold as it is, so the redirect itself cannot fail
            }
        }
        return path;
    }

    /** A path the sign-in page may send a person back to: local, and not the sign-in or sign-out page itself. */
    public static String afterSignIn(String path) {
        String local = safe(path);
        return local == null || local.startsWith(SIGN_IN) || local.startsWith(SIGN_OUT) ? null : local;
    }

    /** The request's path and query, as a local path. */
    public static String of(URI requested) {
        return requested == null ? null
                : requested.getRawPath() + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery());
    }

    /** The sign-in page, returning to {@code requested} afterwards when that is a page it may return to. */
    public static URI signInFor(URI requested) {
        String local = afterSignIn(of(requested));
        return URI.create(local == null ? SIGN_IN : SIGN_IN + "?" + RETURN_TO + "=" + URLEncoder.encode(local, StandardCharsets.UTF_8));
    }
}
