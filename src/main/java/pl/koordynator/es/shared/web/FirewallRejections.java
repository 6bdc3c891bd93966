package pl.koordynator.es.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests Spring Security's firewall refuses (an address with {@code ;}, {@code //}, {@code %25}
 * or an encoded {@code ..}, a header with control characters) answer 400 like any other bad
 * input: a problem on the API instead of Spring Boot's own JSON, the error page on the pages.
 * Spring Security picks this bean up by its type (only while it is the only one).
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

    private final BadRequests badRequests;

    FirewallRejections(BadRequests badRequests) {
        this.badRequests = badRequests;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException rejected) throws IOException {
        // the firewall's reason quotes the offending header or address text: not logged
        log.info("Request refused by the firewall: {} {}", request.getMethod(),
                BadRequests.forLog(request.getRequestURI()));
        badRequests.answer(request, response, null);
    }
}
