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

    /** The path of the current page (of the page that failed, on an error page), without the context path. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        return (original != null ? original.toString() : request.getRequestURI())
                .substring(request.getContextPath().length());
    }

    private static UriComponentsBuilder current(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        if (original != null) {
            return UriComponentsBuilder.fromPath(original.toString());
        }
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
