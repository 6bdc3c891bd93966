package pl.koordynator.es.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserChange;
import pl.koordynator.es.security.UserQuery;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.security.domain.UserAccountService;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PickedOrganisation;

/** Account administration for ROPS coordinators. */
@Controller
@RequestMapping("/admin/users")
class UserPages {

    private final UserAccountService users;
    private final AuditTrail audit;
    private final SmartValidator validator;

    UserPages(UserAccountService users, AuditTrail audit, SmartValidator validator) {
        this.users = users;
        this.audit = audit;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        UserQuery query = new UserQuery(text, role, enabled);
        model.addAttribute("query", query);
        PageOf<UserView> found = users.list(query, Paging.of(page, 25));
        model.addAttribute("users", found);
        model.addAttribute("organisationNames",
                users.organisationNames(found.items().stream().map(UserView::organisationId).toList()));
        model.addAttribute("roles", Role.values());
        return htmx != null ? "security/users :: results" : "security/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        model.addAttribute("roles", Role.values());
        return "security/user-new";
    }

    /** The suggestions of the form's organisation picker (static/js/combobox.js). */
    @GetMapping("/organisations")
    String organisations(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        model.addAttribute("options", users.organisationsNamed(text, 10));
        return "fragments/combobox :: options";
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        pickOrganisation(form, result);
        validator.validate(form.toNewUser(), result);
        if (!result.hasErrors()) {
            try {
                UserView created = users.create(form.toNewUser());
                redirect.addFlashAttribute("message", "user.created");
                return "redirect:/admin/users/" + created.id();
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException taken) {
                result.rejectValue("username", "user.usernameTaken");
            }
        }
        model.addAttribute("roles", Role.values());
        return "security/user-new";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserView user = users.get(id);
        model.addAttribute("form", withOrganisationName(UserForm.of(user)));
        return editPage(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        UserView user = users.get(id);
        pickOrganisation(form, result);
        UserChange change = form.toChange();
        validator.validate(change, result);
        if (!result.hasErrors()) {
            try {
                users.update(id, change);
                redirect.addFlashAttribute("message", "user.saved");
                return "redirect:/admin/users/" + id;
            } catch (InvalidInputException problems) {
                FormErrors.add(result, problems);
            } catch (ConflictException concurrent) {
                result.reject("problem.concurrentEdit");
            }
        }
        form.setUsername(user.username());
        return editPage(user, model);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
            RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("message", "user.passwordReset");
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException problems) {
            UserView user = users.get(id);
            model.addAttribute("form", withOrganisationName(UserForm.of(user)));
            model.addAttribute("passwordError", problems.problems().get(0).messageKey());
            return editPage(user, model);
        }
    }

    /** The picker's id, or the organisation its typed name stands for; a name that fits none is the field's error. */
    private void pickOrganisation(UserForm form, BindingResult result) {
        Long picked = users.pickedOrganisation(form.getOrganisationId(), form.getOrganisationName());
        if (picked != null && picked == PickedOrganisation.NO_MATCH) {
            result.rejectValue("organisationId", "user.organisation.noMatch");
            picked = null;
        }
        form.setOrganisationId(picked);
    }

    private UserForm withOrganisationName(UserForm form) {
        if (form.getOrganisationId() != null) {
            form.setOrganisationName(users.organisationNames(java.util.List.of(form.getOrganisationId()))
                    .get(form.getOrganisationId()));
        }
        return form;
    }

    private String editPage(UserView user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("history", audit.find(AuditQuery.forRecord("UserAccount", user.id()), new Paging(0, 10)));
        return "security/user-edit";
    }
}
