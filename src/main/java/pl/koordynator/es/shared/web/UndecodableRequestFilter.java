package pl.koordynator.es.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Answers 400 to a request whose query or path parameters do not decode ({@code ?from=%ZZ},
 * {@code ?q=a%}, {@code ?q=%C3%28}, {@code ?=1}, more parameters than Tomcat takes,
 * {@code /x;a=%ZZ}) before anything reads them. Tomcat decodes the query when a parameter is
 * first read and throws then, wherever that is (a controller, an interceptor, a security
 * filter), which the API answered with 500 and a stack trace in the log.
 * <p>
 * Runs right after the character encoding and the request metrics, before the session and
 * Spring Security. Costs nothing on a good request: the parameters it reads here would be read
 * later anyway (the language interceptor reads {@code lang} on every request), and Tomcat
 * decodes them only once.
 */
@Component
class UndecodableRequestFilter implements Filter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UndecodableRequestFilter.class);

    private final BadRequests badRequests;

    UndecodableRequestFilter(BadRequests badRequests) {
        this.badRequests = badRequests;
    }

    @Override
    public int getOrder() {
        // after CharacterEncodingFilter (HIGHEST_PRECEDENCE) and the observation filter (+1), so the 400
        // is counted in http.server.requests; before Spring Session (+50) and everything else
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!carriesForm(request)) {
            try {
                // reading any parameter makes Tomcat decode the whole query now
                request.getParameter("lang");
            } catch (IllegalStateException undecodable) {
                log.info("Undecodable query: {} {}", request.getMethod(), BadRequests.forLog(request.getRequestURI()));
                badRequests.answer(request, response,
                        RawQuery.firstUndecodableParameter(request.getQueryString()).orElse(null));
                return;
            }
        }
        String uri = request.getRequestURI();
        if (uri != null && uri.indexOf(';') >= 0 && !decodes(uri)) {
            log.info("Undecodable path parameters: {} {}", request.getMethod(), BadRequests.forLog(uri));
            badRequests.answer(request, response, null);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (InvalidParameterException undecodable) {
            // a form's body, or the query of a form left alone above, read by a filter (CSRF): the
            // controllers' own reads end in ApiProblemHandler. Bodies over the size limits (413) are
            // left to whoever handles uploads.
            if (response.isCommitted() || undecodable.getErrorCode() != HttpStatus.BAD_REQUEST.value()) {
                throw undecodable;
            }
            log.info("Undecodable parameters: {} {}", request.getMethod(), BadRequests.forLog(uri));
            badRequests.answer(request, response, null);
        }
    }

    /**
     * A form or multipart body is left alone: Tomcat would parse it together with the query, and
     * uploads must reach Spring's multipart handling (size limits) unread.
     */
    private static boolean carriesForm(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        int start = 0;
        while (start < contentType.length() && contentType.charAt(start) == ' ') {
            start++;
        }
        return contentType.regionMatches(true, start, "multipart/", 0, 10)
                || contentType.regionMatches(true, start, "application/x-www-form-urlencoded", 0, 33);
    }

    /**
     * Tomcat checks the escapes of the path, not those of path parameters ({@code ;name=value}),
     * which Spring's path parsing then fails on before the firewall refuses the semicolon.
     */
    private static boolean decodes(String uri) {
        try {
            StringUtils.uriDecode(uri, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException badEscape) {
            return false;
        }
    }
}
