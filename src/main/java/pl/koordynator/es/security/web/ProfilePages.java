package pl.koordynator.es.security.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.security.domain.ApiTokenView;
import pl.koordynator.es.security.domain.TokenLifetime;
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
        List<ApiTokenView> mine = tokens.mine();
        model.addAttribute("tokens", mine);
        model.addAttribute("activeTokens", mine.stream().filter(ApiTokenView::active).count());
        model.addAttribute("lifetimes", TokenLifetime.values());
        if (!model.containsAttribute("lifetime")) {
            model.addAttribute("lifetime", TokenLifetime.DEFAULT.name());
        }
        return "security/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
            @RequestParam(defaultValue = "false") boolean revokeTokens, HttpSession session, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("revokeTokensChecked", revokeTokens);
        if (!newPassword.equals(repeatPassword)) {
            return profileWithError("repeatPassword", "password.mismatch", model);
        }
        UserAccountService.PasswordChanged changed;
        try {
            changed = users.changeOwnPassword(currentPassword, newPassword, revokeTokens, session.getId());
        } catch (InvalidInputException problems) {
            var problem = problems.problems().get(0);
            return profileWithError(problem.field(), problem.messageKey(), model);
        }
        redirect.addFlashAttribute("message", "profile.passwordChanged");
        redirect.addFlashAttribute("otherSessionsEnded", changed.otherSessionsEnded());
        redirect.addFlashAttribute("tokensRevoked", changed.tokensRevoked());
        redirect.addFlashAttribute("tokensStillActive", changed.tokensStillActive());
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String lifetime,
            Model model, RedirectAttributes redirect) {
        try {
            var created = tokens.create(name, lifetime);
            redirect.addFlashAttribute("newToken", created.secret());
            redirect.addFlashAttribute("message", "token.created");
        } catch (InvalidInputException problems) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.problems().forEach(problem -> errors.putIfAbsent(
                    "lifetime".equals(problem.field()) ? "tokenLifetime" : "tokenName", problem.messageKey()));
            model.addAttribute("tokenErrors", errors);
            model.addAttribute("tokenName", name);
            model.addAttribute("lifetime", lifetime);
            return profile(model);
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
