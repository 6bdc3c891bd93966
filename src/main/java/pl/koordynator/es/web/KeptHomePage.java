package pl.koordynator.es.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import pl.koordynator.es.shared.DataChanges;

/**
 * The home page as a visitor without an account gets it, kept per language while nothing it shows
 * can have changed: the same bytes for every visitor (no session, no CSRF token, no name), so the
 * page is rendered once and not on each of the hundreds of views a second a public campaign
 * brings. It is valid while the sum of every module's change counter ({@link DataChanges}) and
 * the minute are those it was rendered at: the modules' home sections come from their counted
 * tables, and the time-bound ones (the next events, the coming month) change with the minute at
 * most. A signed-in user, a request with a query ({@code ?lang=en}) or a session gets the page
 * rendered as before.
 */
class KeptHomePage extends OncePerRequestFilter {

    private record Key(String language, Instant minute) {
    }

    /** The answer as the page's own rendering gave it: its bytes and the headers the rendering set. */
    private record Kept(long version, byte[] body, Locale locale, String contentType,
            Map<String, List<String>> headers) {
    }

    private static final Set<String> LANGUAGES = Set.of("pl", "en");

    /** Headers given separately, or by the servlet container for each answer. */
    private static final Set<String> UNKEPT = Set.of("content-type", "content-length", "content-language", "date",
            "transfer-encoding");

    private final DataChanges changes;
    private final LocaleResolver locales;
    private final Clock clock;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    KeptHomePage(DataChanges changes, LocaleResolver locales, Clock clock) {
        this.changes = changes;
        this.locales = locales;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !request.getParameterMap().isEmpty()
                || !"/".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = locales.resolveLocale(request);
        if (!anonymous() || request.getSession(false) != null || !LANGUAGES.contains(locale.getLanguage())) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(locale.getLanguage(), clock.instant().truncatedTo(ChronoUnit.MINUTES));
        // read before rendering: a change committed meanwhile leaves this page under the older count
        long version = changes.version();
        Kept page = kept.get(key);
        if (page != null && page.version() == version) {
            response.setLocale(page.locale());
            response.setContentType(page.contentType());
            page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        Set<String> before = new HashSet<>(response.getHeaderNames());
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
                && request.getSession(false) == null) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : rendering.getHeaderNames()) {
                if (!before.contains(name) && !UNKEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.put(name, List.copyOf(rendering.getHeaders(name)));
                }
            }
            // a minute that has passed is never asked for again
            kept.keySet().removeIf(old -> old.minute().isBefore(key.minute()));
            kept.put(key, new Kept(version, rendering.getContentAsByteArray(), rendering.getLocale(),
                    rendering.getContentType(), headers));
        }
        rendering.copyBodyToResponse();
    }

    private static boolean anonymous() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null || caller instanceof AnonymousAuthenticationToken;
    }
}
