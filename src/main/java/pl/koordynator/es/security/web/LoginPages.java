package pl.koordynator.es.security.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginPages {

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String throttled, Model model,
            CsrfToken csrf) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/panel";
        }
        // a visitor's token lives in a cookie, which must be set before the page streams out
        csrf.getToken();
        // the wait comes back in the address after a refused attempt; only its digits are shown
        if (throttled != null) {
            model.addAttribute("retryAfter", throttled.matches("\\d{1,6}") ? throttled : "60");
        }
        return "security/login";
    }
}
