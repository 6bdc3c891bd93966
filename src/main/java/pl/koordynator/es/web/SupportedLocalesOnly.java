package pl.koordynator.es.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to a language the pages are written in. */
class SupportedLocalesOnly implements HandlerInterceptor {

    private static final Set<String> SUPPORTED = Set.of("pl", "en");

    private final LocaleChangeInterceptor change;

    SupportedLocalesOnly(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String lang = request.getParameter("lang");
        if (lang != null && SUPPORTED.contains(lang)) {
            return change.preHandle(request, response, handler);
        }
        return true;
    }
}
