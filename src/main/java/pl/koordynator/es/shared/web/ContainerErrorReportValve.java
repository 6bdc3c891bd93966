package pl.koordynator.es.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.apache.tomcat.util.res.StringManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's error report, for the requests Tomcat refuses before the application sees them (a
 * request line or headers longer than {@code server.max-http-request-header-size}, a character
 * not allowed in an address, a broken escape or an encoded slash in the path): a problem on the
 * API, and for the rest a small page in the user's language (Polish unless chosen otherwise)
 * instead of Tomcat's English one. The page is written here, without templates or a session,
 * and links only the application's own style sheets.
 */
class ContainerErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrorReportValve.class);

    /** Tomcat's reason for a request line or headers over the limit, in the server's language like Tomcat's. */
    private static final String TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final String contextPath;
    private final Supplier<BadRequests> badRequests;

    ContainerErrorReportValve(String contextPath, Supplier<BadRequests> badRequests) {
        this.contextPath = contextPath;
        this.badRequests = badRequests;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own report: only an error nobody has answered yet, on a connection still open
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = path(request);
        if (status < 500) {
            log.info("Request refused by the server: {} {} ({}, {})", request.getMethod(), BadRequests.forLog(path),
                    status, throwable != null && TOO_LARGE.equals(throwable.getMessage())
                            ? "request line or headers too large" : "malformed address or headers");
        }
        HttpServletRequest addressed = new AddressOf(request, path == null ? "" : path, contextPath);
        try {
            if (path != null && path.startsWith(contextPath + "/api/")) {
                HttpStatus known = HttpStatus.resolve(status);
                badRequests.get().writeProblem(addressed, response, known == null ? HttpStatus.BAD_REQUEST : known,
                        null);
            } else {
                writePage(addressed, response, status);
            }
        } catch (IOException clientGone) {
            log.debug("Could not write the error report", clientGone);
        } catch (RuntimeException failure) {
            log.warn("Could not write the error report for {} {}: {}", request.getMethod(), BadRequests.forLog(path),
                    failure.toString());
        }
    }

    private void writePage(HttpServletRequest request, Response response, int status) throws IOException {
        BadRequests texts = badRequests.get();
        Locale locale = texts.locale(request);
        String title = HtmlUtils.htmlEscape(texts.textOr("error." + status + ".title", "error.title", locale));
        String text = HtmlUtils.htmlEscape(texts.textOr("error." + status + ".text", "error.generic.text", locale,
                status));
        String name = HtmlUtils.htmlEscape(texts.text("app.name", locale));
        String home = HtmlUtils.htmlEscape(texts.text("error.home", locale));
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.setHeader("Content-Language", locale.getLanguage());
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter writer = response.getReporter();
        if (writer == null) {
            return;
        }
        writer.write("""
                <!DOCTYPE html>
                <html lang="%1$s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s – %4$s</title>
                <link rel="icon" href="data:,">
                <link rel="stylesheet" href="%6$s/webjars/bootstrap/css/bootstrap.min.css">
                <link rel="stylesheet" href="%6$s/css/app.css">
                </head>
                <body>
                <header class="navbar navbar-dark bg-brand">
                <div class="container"><a class="navbar-brand fw-semibold" href="%6$s/">%4$s</a></div>
                </header>
                <main id="main" class="container py-4">
                <h1>%2$s</h1>
                <p>%3$s</p>
                <p><a href="%6$s/">%5$s</a></p>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), title, text, name, home, contextPath));
    }

    /**
     * The path of the request; for a request line Tomcat stopped reading (over the limit, or a
     * character not allowed) it never recorded one, so it is read from the start of the request
     * line still in Tomcat's input buffer. Null when even that is not there.
     */
    static String path(Request request) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.isEmpty()) {
            return uri;
        }
        if (!(request.getCoyoteRequest().getInputBuffer() instanceof ApplicationBufferHandler input)) {
            return null;
        }
        ByteBuffer buffer = input.getByteBuffer();
        return buffer == null || !buffer.hasArray() ? null
                : pathOfRequestLine(buffer.array(), buffer.arrayOffset(), buffer.arrayOffset() + buffer.limit());
    }

    /** {@code GET /api/v1/x?q=… HTTP/1.1} (or an absolute {@code http://host/api/v1/x}) → {@code /api/v1/x}. */
    static String pathOfRequestLine(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end && (bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        while (i < end && bytes[i] != ' ') {
            i++;
        }
        while (i < end && bytes[i] == ' ') {
            i++;
        }
        int target = i;
        while (i < end && bytes[i] != ' ' && bytes[i] != '?' && bytes[i] != '\r' && bytes[i] != '\n') {
            i++;
        }
        String path = new String(bytes, target, i - target, StandardCharsets.ISO_8859_1);
        int scheme = path.indexOf("://");
        if (scheme > 0 && !path.startsWith("/")) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        return path.startsWith("/") ? path : null;
    }

    /**
     * The request with the path worked out here, for the problem's {@code instance}, the API test
     * and the language (whose resolver reads the path).
     */
    private static final class AddressOf extends HttpServletRequestWrapper {

        private final String path;
        private final String contextPath;

        AddressOf(Request request, String path, String contextPath) {
            super(request);
            this.path = path;
            this.contextPath = contextPath;
        }

        @Override
        public String getRequestURI() {
            return path;
        }

        @Override
        public String getContextPath() {
            return contextPath;
        }
    }
}
