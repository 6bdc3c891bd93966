package pl.koordynator.es.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.Installation;

/** What the layout shows on every page: who is signed in and whether this is demo data. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final UserAccounts users;
    private final Installation installation;

    LayoutModel(UserAccounts users, Installation installation) {
        this.users = users;
        this.installation = installation;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("currentUser", users.current().orElse(null));
        model.addAttribute("demoInstallation", installation.demoData());
        String otherLanguage = "en".equals(locale.getLanguage()) ? "pl" : "en";
        model.addAttribute("otherLanguage", otherLanguage);
        model.addAttribute("otherLanguageUrl", PageLinks.language(request, otherLanguage));
        model.addAttribute("pageLinkBase", PageLinks.pageBase(request));
        model.addAttribute("section", PageLinks.section(request));
    }
}
