package pl.koordynator.es.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a page's CSRF token is kept: in the session of whoever has one (everyone signed in), in a
 * cookie of a visitor who has none. A visitor's form (an event's registration, the login page)
 * then needs no session: with the token in the session, every view of an event page wrote a new
 * session row to PostgreSQL, hundreds a second under a campaign, for visitors who never post.
 * The cookie is the double-submit pattern: a cross-site page can neither read it nor set the form
 * field to match. Whoever has a session (everyone signed in) is asked for the session's token
 * only, never the cookie's.
 */
final class VisitorCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    /** @param https whether the installation is reached over https: the cookie is then never sent in clear */
    VisitorCsrfTokens(boolean https) {
        cookies.setCookieName("CSRF");
        cookies.setCookiePath("/");
        cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax").secure(https));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            sessions.saveToken(null, request, response);
            if (cookies.loadToken(request) != null) {
                cookies.saveToken(null, request, response);
            }
        } else if (request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    /** Never the cookie's token when there is a session: a cookie could have been set by someone else. */
    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? sessions.loadToken(request) : cookies.loadToken(request);
    }
}
