package pl.koordynator.es.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front: what the platform is, and the accessibility declaration required by law. */
@Controller
class HomePages {

    @GetMapping("/")
    String home() {
        return "web/home";
    }

    /** Required of Polish public bodies by the Act of 4 April 2019 on digital accessibility. */
    @GetMapping("/deklaracja-dostepnosci")
    String accessibilityDeclaration() {
        return "web/accessibility";
    }
}
