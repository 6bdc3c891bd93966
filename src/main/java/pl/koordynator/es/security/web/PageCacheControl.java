package pl.koordynator.es.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;

/**
 * Cache-Control of pages. A visitor's copy of a public page (home, register, map, events, sign-in) holds
 * nothing personal, so the browser may keep it for the back button and revalidate it ({@code private}:
 * it carries a CSRF token of its session, no shared cache may hand it to someone else). Everything else
 * (every page of a signed-in person, who sees their name in the menu; a registration opened by its
 * token) stays {@code no-store}, Spring Security's default. An answer that chose its own Cache-Control
 * (static files, the map layer) keeps it.
 */
final class PageCacheControl implements HeaderWriter {

    static final String PUBLIC_PAGE = "private, no-cache";

    private static final Pattern PUBLIC_PAGES = Pattern.compile(
            "/|/login|/deklaracja-dostepnosci|/organisations(/\\d+)?|/map(/.*)?|/events(/calendar|/\\d+)?|/needs(/\\d+)?"
            + "|/katalog(/oferty/\\d+|/mapa|/widzet|/widzet/instrukcja)?");

    private final HeaderWriter noStore = new CacheControlHeadersWriter();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HttpHeaders.CACHE_CONTROL) || response.getStatus() == HttpStatus.NOT_MODIFIED.value()) {
            return;
        }
        if (publicPage(request) && !signedIn()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_PAGE);
            return;
        }
        noStore.writeHeaders(request, response);
    }

    private static boolean publicPage(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && PUBLIC_PAGES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    private boolean signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !trust.isAnonymous(authentication) && authentication.isAuthenticated();
    }
}
