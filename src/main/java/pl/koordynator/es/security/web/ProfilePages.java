package pl.koordynator.es.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.security.domain.UserAccountService;
import pl.koordynator.es.shared.InvalidInputException;

/** Every user's own page: their password and personal API tokens. */
@Controller
class ProfilePages {

    private final UserAccountService users;
    private final ApiTokenService tokens;

    ProfilePages(UserAccountService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("me", users.current().flatMap(me -> users.find(me.id())).orElseThrow());
        model.addAttribute("tokens", tokens.mine());
        return "security/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
            Model model, RedirectAttributes redirect) {
        if (!newPassword.equals(repeatPassword)) {
            return profileWithError("repeatPassword", "password.mismatch", model);
        }
        try {
            users.changeOwnPassword(currentPassword, newPassword);
        } catch (InvalidInputException problems) {
            var problem = problems.problems().get(0);
            return profileWithError(problem.field(), problem.messageKey(), model);
        }
        redirect.addFlashAttribute("message", "profile.passwordChanged");
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        try {
            var created = tokens.create(name);
            redirect.addFlashAttribute("newToken", created.secret());
            redirect.addFlashAttribute("message", "token.created");
        } catch (InvalidInputException problems) {
            return profileWithError("tokenName", problems.problems().get(0).messageKey(), model);
        }
        return "redirect:/profile#tokens";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/profile#tokens";
    }

    private String profileWithError(String field, String messageKey, Model model) {
        model.addAttribute("errorField", field);
        model.addAttribute("errorKey", messageKey);
        return profile(model);
    }
}
