package pl.koordynator.es.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import pl.koordynator.es.shared.ProblemWriter;

/** Enforces {@link RateLimited} before the handler runs. */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimits limits;
    private final ClientKeys clients;
    private final ProblemWriter problems;
    private final MessageSource messages;

    RateLimitInterceptor(RateLimits limits, ClientKeys clients, ProblemWriter problems, MessageSource messages) {
        this.limits = limits;
        this.clients = clients;
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        RateLimited limited = handler instanceof HandlerMethod method ? method.getMethodAnnotation(RateLimited.class)
                : null;
        if (limited == null) {
            return true;
        }
        RateLimits.Decision decision = limits.take(limited.value(), clients.of(request));
        if (decision.allowed()) {
            return true;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("problem.429",
                    new Object[] {decision.retryAfterSeconds()}, LocaleContextHolder.getLocale()));
        } else {
            request.setAttribute("retryAfter", decision.retryAfterSeconds());
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
        return false;
    }
}
