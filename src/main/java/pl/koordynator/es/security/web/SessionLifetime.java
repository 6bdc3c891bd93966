package pl.koordynator.es.security.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The absolute lifetime of a signed-in session, which Spring Session does not have (it only ends
 * idle sessions): the first page after signing in stamps the session, and a request after the
 * lifetime has passed ends it and sends the browser to {@code /login?expired}. Every page also
 * learns when its session will end, for the warning in {@code js/session.js}.
 * <p>
 * An interceptor of the page handlers rather than a servlet filter, so static files never load
 * the session from the database; the API (stateless, no session) is left out where it is registered.
 */
class SessionLifetime implements HandlerInterceptor {

    static final String SIGNED_IN_AT = "koordynator.signedInAt";
    /** How long before the end the page warns: time enough to read the message and press a button. */
    static final int WARNING_SECONDS = 120;

    /** What the page's script needs to warn before its session ends. */
    record SessionTimeout(long idleSeconds, long endsAt, int warnSeconds) {
    }

    private final Duration absoluteTimeout;
    private final Clock clock;

    SessionLifetime(Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        HttpSession session = signedInSession(request);
        if (session == null) {
            return true;
        }
        long now = clock.millis();
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt)) {
            session.setAttribute(SIGNED_IN_AT, now);
            return true;
        }
        if (now < signedInAt + absoluteTimeout.toMillis()) {
            return true;
        }
        session.invalidate();
        SecurityContextHolder.clearContext();
        String login = request.getContextPath() + "/login?expired";
        if (request.getHeader("HX-Request") != null) {
            // htmx would swap the login page into a fragment; this makes it load the whole page
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(login);
        }
        return false;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
            return;
        }
        HttpSession session = signedInSession(request);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt) {
            page.addObject("sessionTimeout", new SessionTimeout(session.getMaxInactiveInterval(),
                    signedInAt + absoluteTimeout.toMillis(), WARNING_SECONDS));
        }
    }

    private static HttpSession signedInSession(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return request.getSession(false);
    }
}
