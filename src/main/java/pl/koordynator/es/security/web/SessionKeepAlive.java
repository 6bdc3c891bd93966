package pl.koordynator.es.security.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Przedłuż sesję" in the warning before an idle session ends. There is nothing to do here: a
 * signed-in request has already loaded the session, which records the access and so restarts
 * the idle timeout.
 */
@Controller
class SessionKeepAlive {

    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
