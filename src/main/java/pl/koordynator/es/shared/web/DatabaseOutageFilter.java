package pl.koordynator.es.shared.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A request that fails because the database cannot be reached gets 503 with {@code Retry-After}
 * instead of a 500 and a stack trace: problem+json on the API and for clients asking for JSON, a
 * short page otherwise. Much fails before a controller runs (Spring Session loads the session,
 * Spring Security the API token, the rate limits and sign-in counters are rows), so this filter
 * sits outside all of them, before Spring Session. The page is written here, in Polish or
 * English, without the layout: the layout's menu, the session and the error pages all need the
 * database.
 * <p>
 * Each such request is logged as one warning line: while PostgreSQL restarts every request fails,
 * and a stack trace each would bury the log.
 */
@Component
class DatabaseOutageFilter implements Filter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final BadRequests answers;

    DatabaseOutageFilter(BadRequests answers) {
        this.answers = answers;
    }

    @Override
    public int getOrder() {
        // after the undecodable request filter (+10), before Spring Session (+50) and Spring Security
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutages.isOutage(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable, answered 503: {} {}: {}", request.getMethod(),
                    BadRequests.forLog(request.getRequestURI()), DatabaseOutages.summary(failure));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // also drops a session cookie set before the failure: it names a session that was never stored
        response.reset();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutages.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsJson(request)) {
            answers.writeProblem(request, response, HttpStatus.SERVICE_UNAVAILABLE, null);
            return;
        }
        Locale locale = answers.locale(request);
        String language = "en".equals(locale.getLanguage()) ? "en" : "pl";
        String title = HtmlUtils.htmlEscape(answers.text("error.503.title", locale));
        String text = HtmlUtils.htmlEscape(answers.text("error.503.text", locale));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        PrintWriter page = response.getWriter();
        page.write("""
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                </main>
                </body>
                </html>
                """.formatted(language, title, title, text));
        page.flush();
    }

    /** The API, and whoever asks for JSON (a script calling a page's address, a JSON fetch). */
    static boolean wantsJson(HttpServletRequest request) {
        if (BadRequests.isApi(request)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return lower.contains("application/json") || lower.contains("+json");
    }
}
