package pl.koordynator.es.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.koordynator.es.privacy.PrivacySettings;

/**
 * The public front: the region's key figures, the next events, recent needs and a small map, as
 * the modules contribute them; and the accessibility declaration required by law.
 */
@Controller
class HomePages {

    private final PrivacySettings privacy;
    private final Home home;

    HomePages(PrivacySettings privacy, Home home) {
        this.privacy = privacy;
        this.home = home;
    }

    @GetMapping("/")
    String home(Locale locale, Model model) {
        model.addAttribute("home", home.page(locale));
        return "web/home";
    }

    /**
     * Required of Polish public bodies by the Act of 4 April 2019 on digital accessibility; with
     * the information about personal data (GDPR art. 13), whose periods are the installation's own.
     */
    @GetMapping("/deklaracja-dostepnosci")
    String accessibilityDeclaration(Model model) {
        model.addAttribute("accessibilityNeedsDays", privacy.accessibilityNeeds().toDays());
        model.addAttribute("notificationBodiesDays", privacy.notificationBodies().toDays());
        model.addAttribute("importFilesDays", privacy.importFiles().toDays());
        return "web/accessibility";
    }
}
