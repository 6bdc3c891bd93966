package pl.koordynator.es.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.koordynator.es.privacy.PrivacySettings;

/** The public front: what the platform is, and the accessibility declaration required by law. */
@Controller
class HomePages {

    private final PrivacySettings privacy;

    HomePages(PrivacySettings privacy) {
        this.privacy = privacy;
    }

    @GetMapping("/")
    String home() {
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
