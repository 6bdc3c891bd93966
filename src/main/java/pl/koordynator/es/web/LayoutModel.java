package pl.koordynator.es.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.Installation;

/**
 * What the layout shows on every page: who is signed in, whether this is demo data, the
 * language switch and the main menu. Added only when a page is rendered, so API calls,
 * redirects and htmx fragments without a view pay nothing for it.
 */
class LayoutModel implements HandlerInterceptor {

    private final UserAccounts users;
    private final Installation installation;
    private final Navigation navigation;

    LayoutModel(UserAccounts users, Installation installation, Navigation navigation) {
        this.users = users;
        this.installation = installation;
        this.navigation = navigation;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        page.addObject("currentUser", users.current().orElse(null));
        page.addObject("demoInstallation", installation.demoData());
        Locale locale = RequestContextUtils.getLocale(request);
        String language = locale.getLanguage();
        String otherLanguage = "en".equals(language) ? "pl" : "en";
        page.addObject("otherLanguage", otherLanguage);
        page.addObject("otherLanguageUrl", PageLinks.language(request, otherLanguage));
        page.addObject("pageLinkBase", PageLinks.pageBase(request));
        // an htmx fragment ("registry/list :: rows") has no layout around it
        if (page.getViewName() == null || !page.getViewName().contains("::")) {
            page.addObject("menu", navigation.menu(request, locale));
        }
    }
}
