package pl.koordynator.es.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import pl.koordynator.es.testing.RawHttp;

/**
 * HTTP/1.1 as the trusted proxy of the tests (127.0.0.2) sends it: each request carries its
 * client's address in X-Forwarded-For, so many anonymous visitors can be played from one machine
 * without one address's rate limit refusing them. The connection is opened first and the request
 * written later, so that requests released together reach the server together.
 */
final class ViaProxy {

    static final String PROXY = "127.0.0.2";

    private ViaProxy() {
    }

    /** Connects now; the returned call writes a JSON POST for the client {@code forwardedFor} and reads the answer. */
    static Callable<RawHttp.Answer> postJson(int port, String forwardedFor, String path, String json) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(PROXY, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.setSoTimeout(60_000);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        return () -> {
            try (socket) {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                return RawHttp.parse(socket.getInputStream().readAllBytes());
            }
        };
    }
}
