package pl.koordynator.es.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the current page's filters: the base of pagination links and the language
 * switch, handed to the layout ready-made because Thymeleaf evaluates link attributes in a
 * restricted mode that allows no method calls with arguments.
 */
final class PageLinks {

    private PageLinks() {
    }

    /** The current address with its filters and an empty {@code page=} at the end. */
    static String pageBase(HttpServletRequest request) {
        String link = current(request).replaceQueryParam("page").build().toUriString();
        return link + (link.contains("?") ? "&" : "?") + "page=";
    }

    static String language(HttpServletRequest request, String language) {
        return current(request).replaceQueryParam("page").replaceQueryParam("lang", language).build().toUriString();
    }

    /** The first two path segments of the current page ({@code /admin/users}), to mark its menu entry. */
    static String section(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = (original != null ? original.toString() : request.getRequestURI())
                .substring(request.getContextPath().length());
        String[] segments = path.split("/");
        if (segments.length > 2 && segments[1].equals("admin")) {
            return "/admin/" + segments[2];
        }
        return segments.length > 1 ? "/" + segments[1] : "/";
    }

    private static UriComponentsBuilder current(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        if (original != null) {
            return UriComponentsBuilder.fromPath(original.toString());
        }
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
