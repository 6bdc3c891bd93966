package pl.koordynator.es.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import pl.koordynator.es.shared.ProblemWriter;

/**
 * The answer to a request the server cannot read (a query or path that does not decode, an
 * address the firewall refuses, a request line Tomcat rejects): 400 problem+json on the API,
 * the error page on the pages, as for any other bad input. Callers log such a request in one
 * line with its path only: the query may carry personal data (a searched name, an e-mail).
 */
@Component
class BadRequests {

    private static final int LOGGED_PATH_LENGTH = 200;

    private final ProblemWriter problems;
    private final MessageSource messages;
    // the page frame's resolver (cookie, Accept-Language on the API), looked up when first needed:
    // the filter and the valve that use this are built before the rest of the application
    private final ObjectProvider<LocaleResolver> locales;

    BadRequests(ProblemWriter problems, MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    /** 400: a problem naming {@code field} (when known) on the API, the container's error page otherwise. */
    void answer(HttpServletRequest request, HttpServletResponse response, String field) throws IOException {
        if (isApi(request)) {
            writeProblem(request, response, HttpStatus.BAD_REQUEST, field);
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field)
            throws IOException {
        Locale locale = locale(request);
        String detail = status == HttpStatus.BAD_REQUEST ? text("problem.badRequest", locale)
                : messages.getMessage("problem." + status.value(), null,
                        messages.getMessage("error.generic.text", new Object[] {status.value()}, locale), locale);
        Map<String, ?> errors = field == null ? Map.of() : Map.of("errors",
                List.of(Map.of("field", field, "message", text("problem.undecodable", locale))));
        // written before Spring Security's header filter could run
        response.setHeader("X-Content-Type-Options", "nosniff");
        problems.write(request, response, status, detail, errors);
    }

    Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = locales.getIfAvailable();
        return resolver == null ? request.getLocale() : resolver.resolveLocale(request);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The text of {@code key}, or of {@code fallbackKey} when there is none (error pages by status). */
    String textOr(String key, String fallbackKey, Locale locale, Object... fallbackArguments) {
        String text = messages.getMessage(key, null, null, locale);
        return text != null ? text : messages.getMessage(fallbackKey, fallbackArguments, locale);
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String contextPath = request.getContextPath();
        int start = contextPath == null ? 0 : contextPath.length();
        return uri != null && uri.startsWith("/api/", start);
    }

    /** A path fit for one log line: at most 200 printable ASCII characters. */
    static String forLog(String path) {
        if (path == null || path.isEmpty()) {
            return "(unknown path)";
        }
        int length = Math.min(path.length(), LOGGED_PATH_LENGTH);
        StringBuilder printable = new StringBuilder(length + 1);
        for (int i = 0; i < length; i++) {
            char c = path.charAt(i);
            printable.append(c > 0x20 && c < 0x7f ? c : '?');
        }
        return path.length() > length ? printable.append('…').toString() : printable.toString();
    }
}
