package id.integritas.portal.support;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** HTTP below the clients' politeness: a POST that only declares its size, to see what the server answers to it. */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * Sends only the headers of a JSON POST declaring {@code length} bytes (plus the body "{}" when the length is 2)
     * and returns what the server answers, up to the end of a JSON body.
     */
    public static String postDeclaring(String host, int port, String path, long length, int timeoutMillis) throws Exception {
        return send(host, port, "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: "
                + length + "\r\n\r\n" + (length == 2 ? "{}" : ""), timeoutMillis);
    }

    /** Sends {@code request} as it is (request line, headers, perhaps a body) and returns the answer, as above. */
    public static String send(String host, int port, String request, int timeoutMillis) throws Exception {
        try (Socket s = new Socket(host, port)) {
            s.setSoTimeout(timeoutMillis);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            StringBuilder sb = new StringBuilder();
            int n;
            try {
                while ((n = in.read(buf)) > 0) {
                    sb.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    if (sb.indexOf("\r\n\r\n") > 0 && sb.indexOf("}") > 0) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                return sb.isEmpty() ? "(no answer within " + timeoutMillis / 1000 + " s)" : sb.toString();
            }
            return sb.toString();
        }
    }
}
