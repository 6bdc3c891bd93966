package pl.koordynator.es.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * A page's upload over the server's limit gets the page {@code error/413} in the reader's language,
 * naming the limit, instead of Tomcat's bare English one. Once Tomcat has refused the form, every
 * later look at its fields fails (first in the CSRF check, then in the error page's own request),
 * so the form is read here, first, and a refusal is shown through a request that has no form.
 * The API is left to {@code ApiProblemHandler}: nothing reads its uploads before authentication.
 */
class UploadTooLargePage extends OncePerRequestFilter {

    /** Request attributes the page {@code error/413} shows. */
    static final String LIMIT = "uploadLimit";
    static final String BACK = "uploadBack";

    private final UploadSettings uploads;

    UploadTooLargePage(UploadSettings uploads) {
        this.uploads = uploads;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")
                || request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            new StandardMultipartHttpServletRequest(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            request.setAttribute(LIMIT, Uploads.megabytes(uploads.largest()));
            request.setAttribute(BACK, back(request));
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher("/error").forward(new WithoutForm(request), response);
            return;
        } catch (MultipartException broken) {
            // a malformed form is answered as before, by whoever reads it next
        }
        chain.doFilter(request, response);
    }

    /** The page the form was on, when the browser says and it is one of ours. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (!request.getServerName().equalsIgnoreCase(uri.getHost()) || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return null;
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** The request as a plain GET without a body, so that the error page never touches the refused form. */
    private static final class WithoutForm extends HttpServletRequestWrapper {

        WithoutForm(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
